import {
  addMark,
  createSession,
  dayFromToday,
  jogLap,
  metricTargets,
  shiftedLaps,
} from "./factories";

const DAY_MS = 86_400_000;
const isoDay = (t: number) => new Date(t).toISOString().slice(0, 10);

/**
 * Ten weekly step-downs for an athlete, ending last week, straight in the database: a 20:00 race
 * mark before the first, laps that start a little slow and fade late and get steadily closer to
 * target, and a 19:40 recalibration after the sixth session (later sessions use it). Returns the
 * session dates, oldest first, and their assignment ids.
 */
export async function seedProgress(athleteId: string) {
  const lastWeek = Date.parse(dayFromToday(-7));
  const dates = Array.from({ length: 10 }, (_, i) => isoDay(lastWeek - (9 - i) * 7 * DAY_MS));
  await addMark(athleteId, 1200, isoDay(Date.parse(dates[0]!) - 20 * DAY_MS));
  await addMark(athleteId, 1180, isoDay(Date.parse(dates[5]!) + 2 * DAY_MS), {
    source: "RECALIBRATION",
  });
  const ids: string[] = [];
  for (const [i, day] of dates.entries()) {
    const fiveKSeconds = i > 5 ? 1180 : 1200;
    const targets = metricTargets(fiveKSeconds);
    // Slow by 3.6 s a lap at first, 0.45 s less each week; the late laps fade on top of that.
    const slow = Math.max(0, 3.6 - i * 0.45);
    const jog = targets.recovery.targetSeconds * (1.2 - i * 0.02);
    const laps = [...shiftedLaps(targets, slow, slow / 2), ...[0, 1, 2].map((r) => jogLap(r, jog))];
    ids.push(await createSession({ athleteId, day, fiveKSeconds, result: { effort: 7, laps } }));
  }
  return { dates, ids };
}
