import { randomBytes } from "node:crypto";
import type { Prisma } from "../lib/generated/prisma/client";
import { prescribeStepDown, secondsToMs, type Prescription } from "../lib/pacing";
import { hashPassword } from "../lib/security/password";
import { testDb } from "./db-fixtures";
import { PASSWORD } from "./fixtures";

export { PASSWORD };

/**
 * Factories for the browser tests' worlds, written straight to the database (e2e/db-fixtures.ts)
 * where a flow is not what the spec is about: people, squads, athletes, 5K marks and sessions
 * with or without a logged result. Every name and email carries a random tag, so specs never
 * meet each other's rows. Passwords are PASSWORD (e2e/fixtures.ts) unless a user has none.
 */
export const tag = () => randomBytes(4).toString("hex");

const DAY_MS = 86_400_000;
/** A calendar day, "YYYY-MM-DD", `offset` days from today (UTC). */
export const dayFromToday = (offset = 0) =>
  new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
/** A calendar day as the database stores it: UTC midnight. */
export const dbDate = (day: string) => new Date(`${day}T00:00:00Z`);

// Argon2 on purpose slow: hash the shared password once per worker.
let hashed: Promise<string> | undefined;
const passwordHash = () => (hashed ??= hashPassword(PASSWORD));

export type TestUser = { id: string; email: string; name: string };

/** A user; `signIn: false` leaves them without a password (only a session cookie gets in). */
export async function createUser(
  label: string,
  role: "COACH" | "ATHLETE",
  { signIn = true, domain = "e2e.test" } = {},
): Promise<TestUser> {
  const t = tag();
  const user = await testDb().user.create({
    data: {
      email: `${label.toLowerCase()}-${t}@${domain}`,
      name: `${label} ${t}`,
      role,
      ...(signIn ? { passwordHash: await passwordHash() } : {}),
    },
    select: { id: true, email: true, name: true },
  });
  return { id: user.id, email: user.email!, name: user.name };
}

/**
 * A squad with a head coach and athletes: each athlete a profile, with a login when `user` is
 * given (then also a member), without one otherwise. Returns the squad and its athletes' ids.
 */
export async function createSquad({
  coach,
  name = `Squad ${tag()}`,
  athletes = [],
}: {
  coach?: TestUser;
  name?: string;
  athletes?: { name: string; user?: TestUser }[];
}) {
  const squad = await testDb().squad.create({
    data: {
      name,
      memberships: {
        create: [
          ...(coach ? [{ userId: coach.id, role: "HEAD_COACH" as const }] : []),
          ...athletes.flatMap((a) =>
            a.user ? [{ userId: a.user.id, role: "ATHLETE" as const }] : [],
          ),
        ],
      },
    },
    select: { id: true, name: true },
  });
  const athleteIds: string[] = [];
  for (const a of athletes) athleteIds.push(await addAthlete(squad.id, a.name, a.user?.id));
  return { ...squad, athleteIds };
}

/** An athlete profile in a squad (with a login when `userId` is given); returns its id. */
export async function addAthlete(squadId: string, name: string, userId?: string, id?: string) {
  const athlete = await testDb().athleteProfile.create({
    data: { ...(id ? { id } : {}), squadId, name, userId: userId ?? null },
    select: { id: true },
  });
  return athlete.id;
}

/** A 5K mark for an athlete on a day (a race unless said otherwise). */
export async function addMark(
  athleteId: string,
  fiveKSeconds: number,
  day: string,
  {
    source = "RACE",
    createdById,
  }: { source?: "RACE" | "RECALIBRATION"; createdById?: string } = {},
) {
  await testDb().fiveKMark.create({
    data: { athleteId, timeMs: secondsToMs(fiveKSeconds), date: dbDate(day), source, createdById },
  });
}

/** A lap as the database stores it. */
export type LapRow = {
  kind: "REP" | "RECOVERY";
  repIndex: number;
  lapIndex: number;
  timeMs: number;
};

/** Rep `repIndex`'s laps, in seconds. */
export const repLaps = (repIndex: number, seconds: number[]): LapRow[] =>
  seconds.map((s, lapIndex) => ({ kind: "REP", repIndex, lapIndex, timeMs: secondsToMs(s) }));

/** The recovery jog after rep `repIndex`, in seconds. */
export const jogLap = (repIndex: number, seconds: number): LapRow => ({
  kind: "RECOVERY",
  repIndex,
  lapIndex: 0,
  timeMs: secondsToMs(seconds),
});

/** Every rep lap of a prescription `shift` seconds off its target (-3 fast, +3 slow, 0 even). */
export const shiftedLaps = (targets: Prescription, shift: number, late = 0): LapRow[] =>
  targets.reps.flatMap((rep, repIndex) =>
    rep.lapSeconds.map((lap, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      timeMs: secondsToMs(lap + shift + (lapIndex >= 2 || repIndex >= 2 ? late : 0)),
    })),
  );

export type TestResult = {
  status?: "COMPLETED" | "PARTIAL" | "ABANDONED";
  laps: LapRow[];
  effort?: number;
  loggedById?: string;
  recalibrationDecision?: "DISMISSED" | null;
};

/**
 * A metric step-down assigned to an athlete on a day, targets frozen from `fiveKSeconds` as the
 * assign action freezes them, with a logged result when one is given. Returns the assignment id.
 */
export async function createSession({
  athleteId,
  squadId,
  day = dayFromToday(),
  fiveKSeconds = 1200,
  createdById,
  result,
}: {
  athleteId: string;
  /** The athlete's squad; looked up when not given. */
  squadId?: string;
  day?: string;
  fiveKSeconds?: number;
  createdById?: string;
  result?: TestResult;
}): Promise<string> {
  const squad =
    squadId ??
    (
      await testDb().athleteProfile.findUniqueOrThrow({
        where: { id: athleteId },
        select: { squadId: true },
      })
    ).squadId;
  const data: Prisma.AssignmentUncheckedCreateInput = {
    squadId: squad,
    athleteId,
    templateId: "builtin-metric",
    date: dbDate(day),
    units: "METRIC",
    fiveKMs: secondsToMs(fiveKSeconds),
    targets: prescribeStepDown({ fiveKSeconds, units: "metric" }),
    createdById: createdById ?? null,
  };
  if (result) {
    data.result = {
      create: {
        idempotencyKey: `e2e${randomBytes(10).toString("hex")}`,
        status: result.status ?? "COMPLETED",
        effort: result.effort ?? null,
        loggedById: result.loggedById ?? null,
        recalibrationDecision: result.recalibrationDecision ?? null,
        laps: { create: result.laps },
      },
    };
  }
  const { id } = await testDb().assignment.create({ data, select: { id: true } });
  return id;
}

/** The targets a 5K time gives, as createSession freezes them. */
export const metricTargets = (fiveKSeconds: number) =>
  prescribeStepDown({ fiveKSeconds, units: "metric" });

/** The id at the end of a page's URL (/squads/<id>, /athletes/<id>). */
export const lastSegment = (url: string) => new URL(url).pathname.split("/").pop()!;
