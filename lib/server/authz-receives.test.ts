import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import type { Viewer } from "@/lib/server/auth/session";
import { getAthleteHome } from "@/lib/server/data/athlete-home";
import { getAthleteProgress } from "@/lib/server/data/athlete-progress";
import { listAthleteSessions } from "@/lib/server/data/athlete-sessions";
import { getAthlete } from "@/lib/server/data/athletes";
import { getSquadCalendar, getSquadSheet, listUpcoming } from "@/lib/server/data/schedule";
import { getSession } from "@/lib/server/data/sessions";
import { getStopwatchSessions, listStopwatchDates } from "@/lib/server/data/stopwatch";
import { getSquad, listMySquads } from "@/lib/server/data/squads";
import { coach, theAthlete } from "@/lib/server/testing/rules";
import {
  buildWorld,
  PERSONAS,
  squadOf,
  viewerOf,
  type PersonaName,
  type SquadFixture,
  type Target,
  type World,
} from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

/**
 * The matrix asks whether a persona gets an object; this asks what they get. Every read behind a
 * page an athlete sees runs as every persona, and what comes back is walked whole:
 * - nobody but a squad's coaches receives a coach's email address;
 * - nobody but the athlete and their coaches receives the athlete's result notes, mark notes or
 *   idempotency keys (no `notes`/`idempotencyKey` with a value anywhere, nor the strings);
 * - with results private (the default), an athlete receives no other athlete's ids at all: not
 *   their profile, marks, sessions or results.
 */
type Read = (viewer: Viewer | null, s: SquadFixture) => Promise<unknown>;

const RANGE = { from: "2026-01-01", to: "2026-04-30" };

/** Reads of one squad's objects, run against squad A and squad B. */
const SQUAD_READS: Record<string, Read> = {
  getSquad: (v, s) => getSquad(v, s.id),
  "getAthlete (the athlete)": (v, s) => getAthlete(v, s.athleteId),
  "getAthlete (a teammate)": (v, s) => getAthlete(v, s.teammateId),
  "getAthlete (no login)": (v, s) => getAthlete(v, s.loginlessAthleteId),
  listAthleteSessions: (v, s) => listAthleteSessions(v, s.athleteId),
  getAthleteProgress: (v, s) => getAthleteProgress(v, s.athleteId, RANGE),
  "getSession (logged)": (v, s) => getSession(v, s.assignmentId),
  "getSession (open)": (v, s) => getSession(v, s.openAssignmentId),
  getSquadCalendar: (v, s) => getSquadCalendar(v, s.id, RANGE),
  "getSquadSheet (logged day)": (v, s) => getSquadSheet(v, s.id, "2026-03-03"),
  "getSquadSheet (open day)": (v, s) => getSquadSheet(v, s.id, "2026-03-31"),
  getStopwatchSessions: (v, s) => getStopwatchSessions(v, s.id, "2026-03-31"),
  listStopwatchDates: (v, s) => listStopwatchDates(v, s.id, "2026-03-31"),
};

/** Reads of the viewer's own things, across every squad they are in. */
const VIEWER_READS: Record<string, (viewer: Viewer | null) => Promise<unknown>> = {
  listMySquads: (v) => (v ? listMySquads(v) : Promise.resolve(null)),
  getAthleteHome: (v) => getAthleteHome(v),
  listUpcoming: (v) => listUpcoming(v, { from: "2026-01-01" }),
};

const PRIVATE_KEYS = new Set(["notes", "note", "idempotencyKey"]);

/** Keys meant for the coach that carry a value, anywhere in `value`, as paths. */
function privateKeys(value: unknown, path = "$"): string[] {
  if (value === null || typeof value !== "object" || value instanceof Date) return [];
  return Object.entries(value).flatMap(([key, v]) => [
    ...(PRIVATE_KEYS.has(key) && v !== null && v !== undefined ? [`${path}.${key}`] : []),
    ...privateKeys(v, `${path}.${key}`),
  ]);
}

/** The athlete profile a persona has in a squad, if any: their own, which they may receive. */
function ownProfile(w: World, persona: PersonaName, t: Target): string | null {
  if (t === "same")
    return (
      { self: w.a.athleteId, sameSquadAthlete: w.a.teammateId, bothSquads: w.bothSquadsAthleteId }[
        persona as string
      ] ?? null
    );
  return persona === "otherSquadAthlete" ? w.b.athleteId : null;
}

/** What `persona` must not find in what a read of squad `t` gave them. */
function problems(w: World, persona: PersonaName, t: Target, value: unknown): string[] {
  if (value === null || value === undefined || coach(persona, t)) return [];
  const text = JSON.stringify(value);
  const s = squadOf(w, t);
  const own = viewerOf(w, persona)?.email;
  const found: string[] = w.coachEmails
    .filter((email) => email !== own && text.includes(email))
    .map((email) => `a coach's email (${email.split("-")[0]}…)`);
  if (!theAthlete(persona, t)) {
    const secrets = { "result notes": s.resultNotes, "mark note": s.markNote };
    for (const [what, secret] of Object.entries(secrets))
      if (text.includes(secret)) found.push(what);
    if (text.includes(s.idempotencyKey)) found.push("the idempotency key");
    found.push(...privateKeys(value).map((path) => `a value at ${path}`));
  }
  if (!w.sharing) {
    const mine = ownProfile(w, persona, t);
    const others = {
      "another athlete's profile": [
        s.athleteId,
        s.teammateId,
        s.loginlessAthleteId,
        s.formerAthleteId,
        w.bothSquadsAthleteId,
        w.removedAthleteId,
      ].filter((id) => id !== mine),
      "another athlete's session": theAthlete(persona, t)
        ? []
        : [s.assignmentId, s.openAssignmentId, s.resultId, s.markId],
    };
    for (const [what, ids] of Object.entries(others))
      if (ids.some((id) => text.includes(id))) found.push(what);
  }
  return found;
}

const TARGETS: Target[] = ["same", "other"];
const label = (t: Target) => (t === "same" ? "A" : "B");

async function receivedProblems(sharing: boolean): Promise<string[]> {
  const w = await buildWorld(db, { sharing });
  const out: string[] = [];
  // Reads write nothing: one persona's reads run side by side.
  for (const persona of PERSONAS) {
    const viewer = viewerOf(w, persona);
    const squadReads = TARGETS.flatMap((t) =>
      Object.entries(SQUAD_READS).map(async ([name, read]) =>
        problems(w, persona, t, await read(viewer, squadOf(w, t))).map(
          (problem) => `${name} of squad ${label(t)} as ${persona}: ${problem}`,
        ),
      ),
    );
    const viewerReads = Object.entries(VIEWER_READS).map(async ([name, read]) => {
      const value = await read(viewer);
      return TARGETS.flatMap((t) =>
        problems(w, persona, t, value).map(
          (problem) => `${name} as ${persona} (squad ${label(t)}): ${problem}`,
        ),
      );
    });
    out.push(...(await Promise.all([...squadReads, ...viewerReads])).flat());
  }
  return out;
}

describe("what each persona receives", () => {
  it("with results private: only their own sessions, no notes, keys or coaches' emails", async () => {
    const found = await receivedProblems(false);
    expect(found, found.join("\n")).toEqual([]);
  }, 180_000);

  it("with results shared: teammates' sessions, still no notes, keys or coaches' emails", async () => {
    const found = await receivedProblems(true);
    expect(found, found.join("\n")).toEqual([]);
  }, 180_000);

  it("gives the athlete and their coaches what is meant for them (the checks can see it)", async () => {
    const w = await buildWorld(db);
    for (const who of [w.viewers.self, w.viewers.coach, w.viewers.assistantCoach]) {
      const session = JSON.stringify(await getSession(who, w.a.assignmentId));
      expect(session, who.name).toContain(w.a.resultNotes);
      expect(session, who.name).toContain(w.a.idempotencyKey);
      expect(JSON.stringify(await getAthlete(who, w.a.athleteId)), who.name).toContain(
        w.a.markNote,
      );
    }
    // Coaches see each other's addresses on the squad page.
    const squad = JSON.stringify(await getSquad(w.viewers.assistantCoach, w.a.id));
    expect(squad).toContain(w.viewers.coach.email);
  });
});
