import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/database/client";
import { prescribeStepDown, secondsToMs } from "../lib/pacing";
import { hashPassword } from "../lib/security/password";
import { PASSWORD } from "./fixtures";

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const dbDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

const rep = (repIndex: number, laps: number[]) =>
  laps.map((s, lapIndex) => ({ kind: "REP" as const, repIndex, lapIndex, timeMs: secondsToMs(s) }));
const jog = (repIndex: number, seconds: number) => ({
  kind: "RECOVERY" as const,
  repIndex,
  lapIndex: 0,
  timeMs: secondsToMs(seconds),
});

/**
 * Test-only: a squad with a coach and an athlete who can sign in (password PASSWORD), a 20:00 5K
 * session logged a week ago (the 1600 fades on its last lap, the second jog is much too slow) and
 * one assigned a week ahead. Written straight to the database: logging is another spec's business.
 */
export async function seedChartWorld() {
  const db = createPrismaClient(process.env.DATABASE_URL ?? "");
  const tag = randomBytes(4).toString("hex");
  const passwordHash = await hashPassword(PASSWORD);
  try {
    const [coach, athlete] = await Promise.all([
      db.user.create({
        data: {
          email: `chart-coach-${tag}@e2e.test`,
          name: `Coach ${tag}`,
          role: "COACH",
          passwordHash,
        },
      }),
      db.user.create({
        data: {
          email: `chart-athlete-${tag}@e2e.test`,
          name: `Runner ${tag}`,
          role: "ATHLETE",
          passwordHash,
        },
      }),
    ]);
    const squad = await db.squad.create({
      data: {
        name: `Chart squad ${tag}`,
        memberships: {
          create: [
            { userId: coach.id, role: "HEAD_COACH" },
            { userId: athlete.id, role: "ATHLETE" },
          ],
        },
        athletes: { create: { userId: athlete.id, name: athlete.name } },
      },
      include: { athletes: { select: { id: true } } },
    });
    const athleteId = squad.athletes[0]!.id;
    const targets = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });
    const assignment = (date: string) => ({
      squadId: squad.id,
      athleteId,
      templateId: "builtin-metric",
      date: dbDate(date),
      units: "METRIC" as const,
      fiveKMs: 1_200_000,
      targets,
      createdById: coach.id,
    });
    await db.fiveKMark.create({
      data: { athleteId, timeMs: 1_200_000, date: dbDate(day(-30)), source: "RACE" },
    });
    const logged = await db.assignment.create({ data: assignment(day(-7)), select: { id: true } });
    const upcoming = await db.assignment.create({ data: assignment(day(7)), select: { id: true } });
    await db.sessionResult.create({
      data: {
        assignmentId: logged.id,
        idempotencyKey: `chart-${tag}`,
        status: "COMPLETED",
        effort: 8,
        loggedById: athlete.id,
        laps: {
          create: [
            ...rep(0, [96, 95.8, 96.4, 99.1]),
            jog(0, 193),
            ...rep(1, [94.1, 94.5, 94]),
            jog(1, 231),
            ...rep(2, [93, 92.6]),
            jog(2, 195),
            ...rep(3, [87.9]),
          ],
        },
      },
    });
    return {
      coachEmail: coach.email!,
      athleteEmail: athlete.email!,
      squadName: squad.name,
      loggedId: logged.id,
      upcomingId: upcoming.id,
      upcomingDate: day(7),
    };
  } finally {
    await db.$disconnect();
  }
}
