import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { prescribeStepDown, secondsToMs } from "@/lib/pacing";
import { buildWorld, viewerOf, type PersonaName, type World } from "@/lib/server/testing/world";
import { loadTriage } from "./triage";

const db = testDb();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const utc = (date: string) => new Date(`${date}T00:00:00Z`);
const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

type Run = { shift?: number[]; fade?: boolean; decided?: boolean };

/** A session on a day; with `run`, logged: rep i's laps shift[i] s off target, maybe a fade. */
async function session(world: World, athleteId: string, date: string, run?: Run) {
  const shift = run?.shift ?? [0, 0, 0, 0];
  const laps = TARGETS.reps.flatMap((rep, repIndex) =>
    rep.lapSeconds.map((lap, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      timeMs: secondsToMs(
        lap + (shift[repIndex] ?? 0) + (run?.fade && repIndex === 0 && lapIndex === 3 ? 4 : 0),
      ),
    })),
  );
  const { id } = await db.assignment.create({
    data: {
      squadId: world.a.id,
      athleteId,
      templateId: "builtin-metric",
      date: utc(date),
      units: "METRIC",
      fiveKMs: 1_200_000,
      targets: TARGETS,
      result: run
        ? {
            create: {
              idempotencyKey: `triage-${athleteId}-${date}`,
              status: "COMPLETED",
              recalibrationDecision: run.decided === false ? null : "DISMISSED",
              laps: { create: laps },
            },
          }
        : undefined,
    },
  });
  return id;
}

async function athlete(world: World, name: string, markDaysAgo: number | null = 10) {
  const { id } = await db.athleteProfile.create({ data: { squadId: world.a.id, name } });
  if (markDaysAgo !== null)
    await db.fiveKMark.create({
      data: { athleteId: id, timeMs: 1_200_000, date: utc(day(-markDaysAgo)), source: "RACE" },
    });
  return id;
}

/** A squad whose every athlete trips exactly one rule, and one who trips none. */
async function seed(world: World) {
  const away = await athlete(world, "Ada Away");
  await session(world, away, day(-14), {});
  const missed = await session(world, away, day(-7));
  const fast = await athlete(world, "Ben Fast");
  await session(world, fast, day(-14), { shift: [0, -1.5, 0, 0] });
  const fastLatest = await session(world, fast, day(-7), { shift: [0, -1.5, 0, 0] });
  const fader = await athlete(world, "Cleo Fade");
  await session(world, fader, day(-21), { fade: true });
  await session(world, fader, day(-14), {});
  const fadeLatest = await session(world, fader, day(-7), { fade: true });
  const even = await athlete(world, "Dan Even");
  await session(world, even, day(-14), {});
  await session(world, even, day(-7), {});
  const quick = await athlete(world, "Eve Quick");
  const quickLatest = await session(world, quick, day(-7), {
    shift: [-1, -1, -0.5, -0.5],
    decided: false,
  });
  const stale = await athlete(world, "Fin Stale", 100);
  await session(world, stale, day(-7), {});
  // A removed athlete's troubles are no one's business on the coach's home any more.
  const gone = await athlete(world, "Gil Gone", null);
  await session(world, gone, day(-7));
  await db.athleteProfile.update({ where: { id: gone }, data: { removedAt: new Date() } });
  return { missed, fastLatest, fadeLatest, quickLatest, stale };
}

describe("loadTriage", () => {
  it("names the right athletes, each line linked to what it names", async () => {
    const world = await buildWorld(db);
    const ids = await seed(world);
    const triage = await loadTriage(world.viewers.coach, world.a.id);
    // The world's own athletes are named too (their marks are old): this looks at the seeded ones.
    const seeded = /^(Ada|Ben|Cleo|Dan|Eve|Fin|Gil) /;
    expect(
      triage?.lines
        .filter((l) => seeded.test(l.athlete.name))
        .map((l) => [l.kind, l.athlete.name, l.what, l.assignmentId ?? null]),
    ).toEqual([
      ["missed", "Ada Away", "missed the last session", ids.missed],
      ["off-target", "Ben Fast", "rep 2 (1200) too fast in the last two sessions", ids.fastLatest],
      ["fading", "Cleo Fade", "faded late in 2 of the last 3 sessions", ids.fadeLatest],
      [
        "suggestion",
        "Eve Quick",
        "a faster 5K is suggested (Riegel 1.06), waiting for your answer",
        ids.quickLatest,
      ],
      ["stale-mark", "Fin Stale", "has no 5K mark newer than 12 weeks", null],
    ]);
    expect(triage?.lines.find((l) => l.kind === "missed")?.date).toBe(day(-7));
    expect(triage?.lines.some((l) => l.athlete.name === "Gil Gone")).toBe(false);
    // The world's athlete has had no mark since March.
    const stale = triage?.lines.filter((l) => l.kind === "stale-mark");
    expect(stale?.map((l) => l.athlete.id)).toContain(world.a.athleteId);
  });

  it("reads suggestions with the squad's prediction model", async () => {
    const world = await buildWorld(db);
    await seed(world);
    await db.squad.update({ where: { id: world.a.id }, data: { predictionModel: "DANIELS" } });
    const triage = await loadTriage(world.viewers.coach, world.a.id);
    expect(triage?.lines.find((l) => l.kind === "suggestion")?.what).toBe(
      "a faster 5K is suggested (Daniels VDOT), waiting for your answer",
    );
  });

  it.each<[PersonaName, boolean]>([
    ["anonymous", false],
    ["self", false],
    ["sameSquadAthlete", false],
    ["otherSquadAthlete", false],
    ["coach", true],
    ["assistantCoach", true],
    ["otherCoach", false],
    ["removedCoach", false],
    ["bothSquads", false],
  ])("%s gets the squad's triage: %s", async (persona, allowed) => {
    const world = await buildWorld(db);
    expect((await loadTriage(viewerOf(world, persona), world.a.id)) !== null).toBe(allowed);
    expect(await loadTriage(world.viewers.coach, "no-such-squad")).toBeNull();
  });
});
