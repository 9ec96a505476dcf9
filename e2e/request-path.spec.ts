import { randomBytes, randomUUID } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "./test";
import { encode } from "next-auth/jwt";
import { env } from "../lib/env";
import { prescribeStepDown } from "../lib/pacing";
import { testDb } from "./db-fixtures";

/**
 * One action per group through the whole request path a browser takes: a next-auth session
 * cookie (a JWT signed with the run's AUTH_SECRET), a multipart body encoded as React encodes a
 * form action's arguments, Next's server-action entry point (origin check, body decoding), then
 * the app's session-version check, form parsing, authorization and the write. The authorization
 * matrix calls actions directly; this proves that what it calls is what a request reaches.
 * Each case asserts what the database shows: the write happened, or nothing changed.
 */

// The worker's one client (e2e/db-fixtures.ts), closed by e2e/test.ts when the worker ends.
const db = testDb();

const COOKIE = "next-auth.session-token"; // next-auth's name for it over plain http
const tag = () => randomBytes(4).toString("hex");
const DATE = "2026-03-03";
/** What the app answers when there is no signed-in user, or the object is not theirs. */
const NOT_FOUND = "Not found: it does not exist, or you do not have access to it.";

type Person = { id: string; email: string; sv: number };

async function person(label: string, role: "COACH" | "ATHLETE"): Promise<Person> {
  const email = `${label}-${tag()}@request-path.test`;
  const user = await db.user.create({
    data: { email, name: label, role },
    select: { id: true, sessionVersion: true },
  });
  return { id: user.id, email, sv: user.sessionVersion };
}

/** A squad with a head coach and an athlete with a login, a 5K mark and one open session. */
async function squad(label: string) {
  const coach = await person(`${label}-coach`, "COACH");
  const athlete = await person(`${label}-athlete`, "ATHLETE");
  const s = await db.squad.create({ data: { name: `Request path ${label} ${tag()}` } });
  await db.membership.createMany({
    data: [
      { squadId: s.id, userId: coach.id, role: "HEAD_COACH" },
      { squadId: s.id, userId: athlete.id, role: "ATHLETE" },
    ],
  });
  const profile = await db.athleteProfile.create({
    data: { squadId: s.id, userId: athlete.id, name: `${label} athlete` },
  });
  await db.fiveKMark.create({
    data: { athleteId: profile.id, timeMs: 1_200_000, date: new Date(DATE), source: "RACE" },
  });
  const assignment = await db.assignment.create({
    data: {
      squadId: s.id,
      athleteId: profile.id,
      templateId: "builtin-metric",
      date: new Date(DATE),
      units: "METRIC",
      fiveKMs: 1_200_000,
      targets: prescribeStepDown({ fiveKSeconds: 1200, units: "metric" }),
      createdById: coach.id,
    },
  });
  return { id: s.id, coach, athlete, athleteId: profile.id, assignmentId: assignment.id };
}

type Squad = Awaited<ReturnType<typeof squad>>;

/** The cookie a browser signed in as `who` holds: the JWT with the session version it carried. */
async function sessionCookie(who: Person, sv = who.sv) {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run through `npm test -- --e2e`");
  return encode({ token: { sub: who.id, email: who.email, sv }, secret });
}

type Manifest = {
  node: Record<string, { exportedName?: string; filename?: string; workers: object }>;
};

/** The action's id and a page that serves it, from the build's server-reference manifest. */
function endpoint(exportedName: string, ids: Squad): { id: string; page: string } {
  const file = path.join(env().NEXT_DIST_DIR, "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  const id =
    Object.entries(manifest.node).find(([, e]) => e.exportedName === exportedName)?.[0] ??
    idFromClientChunks(exportedName);
  const entry = id ? manifest.node[id] : undefined;
  if (!id || !entry) throw new Error(`${exportedName} is not in ${file}`);
  const worker = Object.keys(entry.workers)[0]!;
  // "app/(app)/squads/[squadId]/page" -> "/squads/<id>"
  const page = worker
    .replace(/^app/, "")
    .replace(/\/page$/, "")
    .replace(/\/\([^/]+\)/g, "")
    .replace("[squadId]", ids.id)
    .replace("[athleteId]", ids.athleteId)
    .replace(/\[(sessionId|assignmentId)\]/, ids.assignmentId)
    .replace(/\[[^\]]+\]/g, "x");
  return { id, page: page || "/" };
}

/** Where the manifest names no export: the client's `createServerReference("<id>", …, "<name>")`. */
function idFromClientChunks(exportedName: string): string | undefined {
  const dir = path.join(env().NEXT_DIST_DIR, "static", "chunks");
  const pattern = new RegExp(`"([0-9a-f]{40,})",[^"]{0,200}"${exportedName}"\\)`);
  for (const file of readdirSync(dir, { recursive: true, encoding: "utf8" })) {
    if (!file.endsWith(".js")) continue;
    const match = pattern.exec(readFileSync(path.join(dir, file), "utf8"));
    if (match) return match[1];
  }
  return undefined;
}

/**
 * POSTs a form action as React's client does for `useActionState` + `<form action>`: the
 * arguments (previous state, the form) as a multipart reply, the form's fields prefixed with its
 * part number, the `Next-Action` header naming the action, the browser's Origin and cookie.
 */
async function submit(
  request: APIRequestContext,
  exportedName: string,
  ids: Squad,
  cookie: string,
  fields: Record<string, string | string[]>,
) {
  const { id, page } = endpoint(exportedName, ids);
  const form = new FormData();
  for (const [key, value] of Object.entries(fields))
    for (const v of [value].flat()) form.append(`_1_${key}`, v);
  // Last, as React sends it: the server builds the form from the parts that came before.
  form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
  const origin = new URL(page, test.info().project.use.baseURL).origin;
  const response = await request.post(page, {
    headers: {
      "Next-Action": id,
      Accept: "text/x-component",
      Origin: origin,
      // next-auth names it by whether it takes the request for HTTPS; a browser holds the one set.
      Cookie: `${COOKIE}=${cookie}; __Secure-${COOKIE}=${cookie}`,
    },
    multipart: form,
    maxRedirects: 0,
  });
  const body = await response.text();
  expect(response.status(), body).toBeLessThan(500);
  return body; // the flight payload, with the action's answer as one of its rows
}

/** A whole 4-3-2-1 for the 20:00 athlete, as typed into the log form. */
const SESSION = {
  status: "COMPLETED",
  effort: "7",
  reps: ["96 96 95 96", "94 94 94", "1:33 3:06", "88"],
};

type Case = {
  group: string;
  action: string;
  /** Who submits, and the fields; `b` is another squad, for inputs aimed outside one's own. */
  as: (a: Squad) => Person;
  fields: (a: Squad, b: Squad) => Record<string, string | string[]>;
  /** The same person's input aimed at squad B's objects, or mixing A's and B's ids. */
  tampered?: (a: Squad, b: Squad) => Record<string, string | string[]>;
  /** What the write changes, read back from the database. */
  effect: (a: Squad, b: Squad) => Promise<unknown>;
};

const CASES: Case[] = [
  {
    group: "account",
    action: "updateAccount",
    as: (a) => a.athlete,
    fields: () => ({ name: `Renamed ${tag()}`, units: "IMPERIAL", timeZone: "Europe/London" }),
    effect: (a) => db.user.findUnique({ where: { id: a.athlete.id }, select: { name: true } }),
  },
  {
    group: "squads",
    action: "updateSquad",
    as: (a) => a.coach,
    fields: (a) => ({ squadId: a.id, name: `Renamed ${tag()}`, units: "METRIC" }),
    tampered: (_a, b) => ({ squadId: b.id, name: `Taken ${tag()}`, units: "METRIC" }),
    effect: async (a, b) => db.squad.findMany({ where: { id: { in: [a.id, b.id] } } }),
  },
  {
    group: "invitations",
    action: "createInvitation",
    as: (a) => a.coach,
    fields: (a) => ({ squadId: a.id, role: "ATHLETE", expiresInDays: "7" }),
    tampered: (_a, b) => ({ squadId: b.id, role: "ATHLETE", expiresInDays: "7" }),
    effect: (a, b) => db.invitation.count({ where: { squadId: { in: [a.id, b.id] } } }),
  },
  {
    group: "athletes and marks",
    action: "addMark",
    as: (a) => a.athlete,
    fields: (a) => ({ athleteId: a.athleteId, time: "19:40", date: DATE, source: "RACE" }),
    tampered: (_a, b) => ({ athleteId: b.athleteId, time: "19:40", date: DATE, source: "RACE" }),
    effect: (a, b) =>
      db.fiveKMark.count({ where: { athleteId: { in: [a.athleteId, b.athleteId] } } }),
  },
  {
    group: "assignments",
    action: "assignSession",
    as: (a) => a.coach,
    fields: (a) => ({
      squadId: a.id,
      athleteIds: [a.athleteId],
      date: "2027-01-05",
      units: "METRIC",
      acknowledge: "1",
    }),
    // A's squad with B's athlete, beside A's own: nothing may be assigned.
    tampered: (a, b) => ({
      squadId: a.id,
      athleteIds: [a.athleteId, b.athleteId],
      date: "2027-01-12",
      units: "METRIC",
      acknowledge: "1",
    }),
    effect: (a, b) => db.assignment.count({ where: { squadId: { in: [a.id, b.id] } } }),
  },
  {
    group: "results",
    action: "logResult",
    as: (a) => a.athlete,
    fields: (a) => ({ assignmentId: a.assignmentId, idempotencyKey: randomUUID(), ...SESSION }),
    tampered: (_a, b) => ({
      assignmentId: b.assignmentId,
      idempotencyKey: randomUUID(),
      ...SESSION,
    }),
    effect: (a, b) =>
      db.sessionResult.findMany({
        where: { assignmentId: { in: [a.assignmentId, b.assignmentId] } },
        include: { laps: true },
      }),
  },
];

test.describe("actions through the real request path", () => {
  for (const c of CASES) {
    test(`${c.group}: ${c.action} needs a current session and stays inside the squad`, async ({
      request,
    }) => {
      const [a, b] = [await squad("a"), await squad("b")];
      const who = c.as(a);
      const state = async () => JSON.stringify(await c.effect(a, b));

      // Signed out everywhere since the cookie was made: refused, nothing written.
      const stale = await sessionCookie(who);
      await db.user.update({ where: { id: who.id }, data: { sessionVersion: { increment: 1 } } });
      who.sv += 1;
      const before = await state();
      expect(await submit(request, c.action, a, stale, c.fields(a, b))).toContain(NOT_FOUND);
      expect(await state(), "a stale session version wrote").toBe(before);

      // No cookie at all: refused too.
      expect(await submit(request, c.action, a, "", c.fields(a, b))).toContain(NOT_FOUND);
      expect(await state(), "no session wrote").toBe(before);

      // The current session: the write goes through.
      const current = await sessionCookie(who);
      if (c.tampered) {
        await submit(request, c.action, a, current, c.tampered(a, b));
        expect(await state(), "an input aimed outside the squad wrote").toBe(before);
      }
      expect(await submit(request, c.action, a, current, c.fields(a, b))).toContain('"ok":true');
      expect(await state(), "the current session's write did not happen").not.toBe(before);
    });
  }
});
