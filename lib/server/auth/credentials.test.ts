import { randomBytes } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type * as PasswordModule from "@/lib/security/password";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { hashPassword } from "@/lib/security/password";
import { verifyCredentials } from "./credentials";
import type { CookieToSet } from "./device-cookie";

// Counts the password checks really made (each is an Argon2 verification a guesser would want).
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@/lib/security/password", async (importOriginal) => {
  const actual = await importOriginal<typeof PasswordModule>();
  return {
    ...actual,
    verifyPassword: (hash: string, password: string) => {
      checks.count += 1;
      return actual.verifyPassword(hash, password);
    },
  };
});

const db = testDb();
afterAll(() => db.$disconnect());
beforeEach(() => {
  checks.count = 0;
});

const PASSWORD = "the owner's long passphrase";
const someAddress = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;

async function owner() {
  const email = uniqueEmail("owner");
  await db.user.create({
    data: { email, name: "Owner", role: "COACH", passwordHash: await hashPassword(PASSWORD) },
  });
  return email;
}

/** One sign-in attempt as the browser sends it: its address, cookies, and what it typed. */
async function attempt(
  email: string,
  password: string,
  from: { address?: string; cookie?: string } = {},
) {
  const set: CookieToSet[] = [];
  const headers = { "x-forwarded-for": from.address ?? someAddress(), cookie: from.cookie };
  try {
    const user = await verifyCredentials({ email, password }, headers, (c) => void set.push(c));
    return { user, error: undefined, set };
  } catch (error) {
    return { user: undefined, error: (error as Error).message, set };
  }
}

const cookieHeader = (c: CookieToSet) => `other=1; ${c.name}=${c.value}`;

describe("sign-in limits", () => {
  it("80 parallel wrong guesses from many addresses get at most 20 password checks", async () => {
    const email = await owner();
    const results = await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        attempt(email, `guess ${i}`, { address: `203.0.113.${i}` }),
      ),
    );
    expect(checks.count).toBeLessThanOrEqual(20);
    expect(
      results.filter((r) => r.error?.startsWith("Too many attempts")).length,
    ).toBeGreaterThanOrEqual(60);
    expect(results.every((r) => r.user === undefined)).toBe(true);
  });

  it("80 parallel wrong guesses from one address get at most 5", async () => {
    const email = await owner();
    await Promise.all(
      Array.from({ length: 80 }, (_, i) =>
        attempt(email, `guess ${i}`, { address: "203.0.113.200" }),
      ),
    );
    expect(checks.count).toBeLessThanOrEqual(5);
  });

  it("right passwords do not use up the account's attempts", async () => {
    const email = await owner();
    for (let i = 0; i < 25; i++) {
      expect((await attempt(email, PASSWORD)).user?.email).toBe(email);
    }
  });

  it("after 20 bad guesses from elsewhere the owner's browser still gets in; others are slowed", async () => {
    const email = await owner();
    const first = await attempt(email, PASSWORD, { address: "192.0.2.10" });
    const device = first.set[0]!;
    expect(device.options).toMatchObject({ httpOnly: true, sameSite: "lax", secure: false });

    for (let i = 0; i < 25; i++) await attempt(email, `guess ${i}`);
    // Without the device cookie, even the right password waits (as a guesser would).
    const stranger = await attempt(email, PASSWORD, { address: "192.0.2.10" });
    expect(stranger.error).toMatch(/^Too many attempts\. Try again in \d+ s\.$/);
    // With it, from any address, the owner is in, and gets a fresh device cookie.
    const back = await attempt(email, PASSWORD, {
      address: "192.0.2.99",
      cookie: cookieHeader(device),
    });
    expect(back.user?.email).toBe(email);
    expect(back.set).toHaveLength(1);
  });

  it("a device cookie has its own small limit, and works only for its own account", async () => {
    const email = await owner();
    const other = await owner();
    const device = (await attempt(email, PASSWORD)).set[0]!;
    const cookie = cookieHeader(device);
    for (let i = 0; i < 5; i++) await attempt(email, `guess ${i}`, { cookie });
    expect((await attempt(email, PASSWORD, { cookie })).error).toMatch(/^Too many attempts/);

    // For another account the cookie is ignored: that attempt is limited per address and email.
    checks.count = 0;
    const address = "192.0.2.50";
    for (let i = 0; i < 6; i++) await attempt(other, `guess ${i}`, { address, cookie });
    expect(checks.count).toBe(5);
  });

  it("a forged or altered device cookie counts for nothing", async () => {
    const email = await owner();
    const device = (await attempt(email, PASSWORD)).set[0]!;
    const [nonce] = device.value.split(".");
    const forged = `${device.name}=${nonce}.${"A".repeat(43)}`;
    for (let i = 0; i < 25; i++) await attempt(email, `guess ${i}`);
    expect((await attempt(email, PASSWORD, { cookie: forged })).error).toMatch(
      /^Too many attempts/,
    );
    const swapped = `${device.name}=x${device.value}`;
    expect((await attempt(email, PASSWORD, { cookie: swapped })).error).toMatch(
      /^Too many attempts/,
    );
  });

  it("a wrong password and an unknown email are answered alike", async () => {
    const email = await owner();
    const wrong = await attempt(email, "not it");
    const unknown = await attempt(uniqueEmail("nobody"), "not it");
    expect(wrong.error).toBe("That email and password do not match an account.");
    expect(unknown.error).toBe(wrong.error);
    expect(wrong.set).toEqual([]);
  });
});
