import { randomBytes } from "node:crypto";
import { testDb } from "./db-fixtures";
import { addAthlete, addMark, createSession, dayFromToday, lastSegment } from "./factories";

/**
 * Test-only shortcuts for the stopwatch spec: athletes, their 5K marks and today's sessions go
 * straight into the database (the assignment screens are another spec's business), and results
 * are read back from it to prove each one was stored exactly once.
 */

/**
 * Kept for specs that call it in afterAll. It closes nothing: the worker's one client is shared by
 * every spec the worker runs, and e2e/test.ts closes it when the worker ends.
 */
export const disconnect = (): Promise<void> => Promise.resolve();

/** Today in UTC: a new account's time zone, so it is the page's default date. */
export const todayUtc = () => dayFromToday();

export async function seedSessions(
  squadUrl: string,
  coachEmail: string,
  athletes: { name: string; fiveKSeconds: number }[],
) {
  const squadId = lastSegment(squadUrl);
  const coach = await testDb().user.findUniqueOrThrow({
    where: { email: coachEmail },
    select: { id: true },
  });
  const sessions = [];
  for (const athlete of athletes) {
    const id = await addAthlete(
      squadId,
      athlete.name,
      undefined,
      `e2e${randomBytes(10).toString("hex")}`,
    );
    const assignmentId = await assignToday(squadId, id, athlete.fiveKSeconds, coach.id);
    sessions.push({ ...athlete, assignmentId });
  }
  return { squadId, sessions };
}

/** A 5K mark and today's session, targets frozen as assign-session would freeze them. */
async function assignToday(squadId: string, athleteId: string, fiveKSeconds: number, by: string) {
  await addMark(athleteId, fiveKSeconds, todayUtc(), { createdById: by });
  return createSession({ athleteId, squadId, fiveKSeconds, day: todayUtc(), createdById: by });
}

/** Today's session for an athlete who joined with their own login (found by email). */
export async function assignTodayTo(squadId: string, email: string, fiveKSeconds: number) {
  const profile = await testDb().athleteProfile.findFirstOrThrow({
    where: { squadId, user: { email } },
    select: { id: true, userId: true },
  });
  const assignmentId = await assignToday(squadId, profile.id, fiveKSeconds, profile.userId!);
  return { assignmentId, userId: profile.userId! };
}

export async function loggedBy(assignmentId: string) {
  const result = await testDb().sessionResult.findUnique({
    where: { assignmentId },
    select: { loggedById: true },
  });
  return result?.loggedById ?? null;
}

/** Every stored result of these sessions, with its lap counts. */
export async function storedResults(assignmentIds: string[]) {
  const rows = await testDb().sessionResult.findMany({
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
