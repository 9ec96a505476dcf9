import { randomBytes } from "node:crypto";
import { testDb } from "./db-fixtures";
import { prescribeStepDown, secondsToMs } from "../lib/pacing";

/**
 * The triage's world, straight in the database: six athletes on a 20:00 5K, each tripping one
 * rule (or none): one missed the last session, one ran the 1200 too fast twice, one faded late
 * in two of three, one has a 5K suggestion waiting, one's 5K mark is five months old, one is fine.
 */
export const TRIAGE_ATHLETES = {
  away: "Ada Away",
  fast: "Ben Fast",
  fader: "Cleo Fade",
  even: "Dan Even",
  quick: "Eve Quick",
  stale: "Fin Stale",
} as const;

const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });
const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const utc = (date: string) => new Date(`${date}T00:00:00Z`);

type Run = { shift?: number[]; fade?: boolean; decided?: boolean };

/** Rep i's laps `shift[i]` s off target; with `fade`, the 1600's last lap four seconds slow. */
const laps = ({ shift = [0, 0, 0, 0], fade = false }: Run) =>
  TARGETS.reps.flatMap((rep, repIndex) =>
    rep.lapSeconds.map((lap, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      timeMs: secondsToMs(
        lap + (shift[repIndex] ?? 0) + (fade && repIndex === 0 && lapIndex === 3 ? 4 : 0),
      ),
    })),
  );

export async function seedTriage(squadUrl: string) {
  const db = testDb();
  const squadId = new URL(squadUrl).pathname.split("/").at(-1)!;
  const ids: Record<string, string> = {};
  const athlete = async (name: string, markDaysAgo = 10) => {
    const { id } = await db.athleteProfile.create({ data: { squadId, name } });
    await db.fiveKMark.create({
      data: { athleteId: id, timeMs: 1_200_000, date: utc(day(-markDaysAgo)), source: "RACE" },
    });
    ids[name] = id;
    return id;
  };
  const session = async (athleteId: string, date: string, run?: Run) => {
    const { id } = await db.assignment.create({
      data: {
        squadId,
        athleteId,
        templateId: "builtin-metric",
        date: utc(date),
        units: "METRIC",
        fiveKMs: 1_200_000,
        targets: TARGETS,
      },
    });
    if (run)
      await db.sessionResult.create({
        data: {
          assignmentId: id,
          idempotencyKey: `e2e${randomBytes(10).toString("hex")}`,
          status: "COMPLETED",
          recalibrationDecision: run.decided === false ? null : "DISMISSED",
          laps: { create: laps(run) },
        },
      });
    return id;
  };
  const away = await athlete(TRIAGE_ATHLETES.away);
  await session(away, day(-14), {});
  ids.missedSession = await session(away, day(-7));
  const fast = await athlete(TRIAGE_ATHLETES.fast);
  await session(fast, day(-14), { shift: [0, -1.5, 0, 0] });
  ids.fastSession = await session(fast, day(-7), { shift: [0, -1.5, 0, 0] });
  const fader = await athlete(TRIAGE_ATHLETES.fader);
  await session(fader, day(-21), { fade: true });
  await session(fader, day(-14), {});
  ids.fadeSession = await session(fader, day(-7), { fade: true });
  const even = await athlete(TRIAGE_ATHLETES.even);
  await session(even, day(-14), {});
  await session(even, day(-7), {});
  const quick = await athlete(TRIAGE_ATHLETES.quick);
  ids.quickSession = await session(quick, day(-7), {
    shift: [-1, -1, -0.5, -0.5],
    decided: false,
  });
  const stale = await athlete(TRIAGE_ATHLETES.stale, 150);
  await session(stale, day(-7), {});
  return { squadId, ids };
}
