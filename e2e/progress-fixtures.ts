import { createPrismaClient } from "../lib/database/client";
import { prescribeStepDown, secondsToMs } from "../lib/pacing";

const DAY_MS = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);
const utc = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * Ten weekly step-downs for an athlete, ending last week, straight in the database: a 20:00 race
 * mark before the first, laps that start a little slow and fade late and get steadily closer to
 * target, and a 19:40 recalibration after the sixth session (later sessions use it). Returns the
 * session dates, oldest first, and their assignment ids.
 */
export async function seedProgress(athleteId: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const { squadId } = await db.athleteProfile.findUniqueOrThrow({
      where: { id: athleteId },
      select: { squadId: true },
    });
    const lastWeek = Date.now() - 7 * DAY_MS;
    const dates = Array.from({ length: 10 }, (_, i) => isoDay(lastWeek - (9 - i) * 7 * DAY_MS));
    const recalibrationDay = isoDay(Date.parse(dates[5]!) + 2 * DAY_MS);
    await db.fiveKMark.createMany({
      data: [
        {
          athleteId,
          timeMs: 1_200_000,
          date: utc(isoDay(Date.parse(dates[0]!) - 20 * DAY_MS)),
          source: "RACE",
        },
        { athleteId, timeMs: 1_180_000, date: utc(recalibrationDay), source: "RECALIBRATION" },
      ],
    });
    const ids: string[] = [];
    for (const [i, date] of dates.entries()) {
      const fiveKSeconds = i > 5 ? 1180 : 1200;
      const targets = prescribeStepDown({ fiveKSeconds, units: "metric" });
      // Slow by 3.6 s a lap at first, 0.9 s less each week; the late laps fade on top of that.
      const slow = Math.max(0, 3.6 - i * 0.45);
      const laps = targets.reps.flatMap((rep, repIndex) =>
        rep.lapSeconds.map((target, lapIndex) => ({
          kind: "REP" as const,
          repIndex,
          lapIndex,
          timeMs: secondsToMs(target + slow + (lapIndex >= 2 || repIndex >= 2 ? slow / 2 : 0)),
        })),
      );
      const recoveries = [0, 1, 2].map((repIndex) => ({
        kind: "RECOVERY" as const,
        repIndex,
        lapIndex: 0,
        timeMs: secondsToMs(targets.recovery.targetSeconds * (1.2 - i * 0.02)),
      }));
      const { id } = await db.assignment.create({
        data: {
          squadId,
          athleteId,
          templateId: "builtin-metric",
          date: utc(date),
          units: "METRIC",
          fiveKMs: secondsToMs(fiveKSeconds),
          targets,
          result: {
            create: {
              idempotencyKey: crypto.randomUUID(),
              status: "COMPLETED",
              effort: 7,
              laps: { create: [...laps, ...recoveries] },
            },
          },
        },
        select: { id: true },
      });
      ids.push(id);
    }
    return { dates, ids };
  } finally {
    await db.$disconnect();
  }
}
