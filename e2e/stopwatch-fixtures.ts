import { randomBytes } from "node:crypto";
import { createPrismaClient, type Db } from "../lib/database/client";
import { prescribeStepDown } from "../lib/pacing";

/**
 * Test-only shortcuts for the stopwatch spec: athletes, their 5K marks and today's sessions go
 * straight into the database (the assignment screens are another spec's business), and results
 * are read back from it to prove each one was stored exactly once.
 */
let client: Db | undefined;
const db = () => (client ??= createPrismaClient(process.env.DATABASE_URL ?? ""));

export const disconnect = () => client?.$disconnect();

/** Today in UTC: a new account's time zone, so it is the page's default date. */
export const todayUtc = () => new Date().toISOString().slice(0, 10);

export async function seedSessions(
  squadUrl: string,
  coachEmail: string,
  athletes: { name: string; fiveKSeconds: number }[],
) {
  const squadId = new URL(squadUrl).pathname.split("/").at(-1)!;
  const coach = await db().user.findUniqueOrThrow({
    where: { email: coachEmail },
    select: { id: true },
  });
  const sessions = [];
  for (const athlete of athletes) {
    const id = `e2e${randomBytes(10).toString("hex")}`;
    await db().athleteProfile.create({ data: { id, squadId, name: athlete.name } });
    const assignmentId = await assignToday(squadId, id, athlete.fiveKSeconds, coach.id);
    sessions.push({ ...athlete, assignmentId });
  }
  return { squadId, sessions };
}

/** A 5K mark and today's session, targets frozen as assign-session would freeze them. */
async function assignToday(squadId: string, athleteId: string, fiveKSeconds: number, by: string) {
  const date = new Date(`${todayUtc()}T00:00:00Z`);
  const timeMs = fiveKSeconds * 1000;
  await db().fiveKMark.create({
    data: { athleteId, timeMs, date, source: "RACE", createdById: by },
  });
  const assignment = await db().assignment.create({
    data: {
      squadId,
      athleteId,
      templateId: "builtin-metric",
      date,
      units: "METRIC",
      fiveKMs: timeMs,
      targets: prescribeStepDown({ fiveKSeconds, units: "metric" }),
      createdById: by,
    },
    select: { id: true },
  });
  return assignment.id;
}

/** Today's session for an athlete who joined with their own login (found by email). */
export async function assignTodayTo(squadId: string, email: string, fiveKSeconds: number) {
  const profile = await db().athleteProfile.findFirstOrThrow({
    where: { squadId, user: { email } },
    select: { id: true, userId: true },
  });
  const assignmentId = await assignToday(squadId, profile.id, fiveKSeconds, profile.userId!);
  return { assignmentId, userId: profile.userId! };
}

export async function loggedBy(assignmentId: string) {
  const result = await db().sessionResult.findUnique({
    where: { assignmentId },
    select: { loggedById: true },
  });
  return result?.loggedById ?? null;
}

/** Every stored result of these sessions, with its lap counts. */
export async function storedResults(assignmentIds: string[]) {
  const rows = await db().sessionResult.findMany({
    where: { assignmentId: { in: assignmentIds } },
    select: { assignmentId: true, status: true, laps: { select: { kind: true } } },
  });
  return rows.map((r) => ({
    assignmentId: r.assignmentId,
    status: r.status,
    repLaps: r.laps.filter((l) => l.kind === "REP").length,
    recoveryLaps: r.laps.filter((l) => l.kind === "RECOVERY").length,
  }));
}
