import { getServerSession } from "next-auth";
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { env } from "@/lib/env";
import { authOptions } from "./options";

const db = testDb();
afterAll(() => db.$disconnect());

const COOKIE = "next-auth.session-token";

/**
 * What GET /api/auth/session answers for a browser holding this session cookie. next-auth's
 * pages-API form of getServerSession runs the same session route (core/routes/session.js) as the
 * app route does, without needing Next's request scope; its Set-Cookie headers are collected.
 */
async function sessionEndpoint(token: string) {
  const setCookies: string[] = [];
  const res = {
    getHeader: () => setCookies,
    setHeader: (name: string, value: string | string[]) => {
      if (name.toLowerCase() === "set-cookie")
        setCookies.splice(0, setCookies.length, ...[value].flat());
    },
  };
  const headers = {
    host: "localhost:3000",
    "x-forwarded-proto": "http",
    cookie: `${COOKIE}=${token}`,
  };
  const req = { headers, cookies: { [COOKIE]: token } };
  // @ts-expect-error next-auth types this form for Next's pages-API objects; it uses only these.
  const body: unknown = await getServerSession(req, res, authOptions);
  const sessionCookies = setCookies.filter((c) => c.startsWith(`${COOKIE}=`));
  return { body, sessionCookies };
}

async function signedInUser() {
  const email = uniqueEmail("session");
  const user = await db.user.create({
    data: { email, name: "Session Owner", role: "COACH" },
    select: { id: true, name: true, email: true, sessionVersion: true },
  });
  const token = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sv: user.sessionVersion },
    secret: env().AUTH_SECRET!,
  });
  return { user, token };
}

describe("the session endpoint checks the session version", () => {
  it("answers a current session with the user and a refreshed cookie", async () => {
    const { user, token } = await signedInUser();
    const { body, sessionCookies } = await sessionEndpoint(token);
    expect(body).toMatchObject({ user: { name: user.name, email: user.email }, userId: user.id });
    expect(sessionCookies).toHaveLength(1);
    expect(sessionCookies[0]).not.toMatch(new RegExp(`^${COOKIE}=;`));
  });

  it("after sign-out everywhere it answers no user and clears the cookie instead of renewing it", async () => {
    const { user, token } = await signedInUser();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    const { body, sessionCookies } = await sessionEndpoint(token);
    expect(body).toBeNull();
    expect(sessionCookies).toHaveLength(1);
    expect(sessionCookies[0]).toMatch(new RegExp(`^${COOKIE}=;.*Max-Age=0`, "i"));
  });

  it("a deleted user's session ends too", async () => {
    const { user, token } = await signedInUser();
    await db.user.delete({ where: { id: user.id } });
    expect((await sessionEndpoint(token)).body).toBeNull();
  });
});

describe("while the database is down", () => {
  it("keeps the session cookie: a restart of PostgreSQL signs nobody out", async () => {
    const { user, token } = await signedInUser();
    const held = globalThis as unknown as { stepdownDb?: unknown };
    const kept = held.stepdownDb;
    const down = createPrismaClient("postgresql://nobody@127.0.0.1:1/none");
    held.stepdownDb = down;
    try {
      const { body, sessionCookies } = await sessionEndpoint(token);
      expect(body).toMatchObject({ userId: user.id });
      expect(sessionCookies.every((c) => !/Max-Age=0/i.test(c))).toBe(true);
    } finally {
      held.stepdownDb = kept;
      await down.$disconnect();
    }
    // Back up: the version is checked again, and a session ended meanwhile stays ended.
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect((await sessionEndpoint(token)).body).toBeNull();
  });
});
