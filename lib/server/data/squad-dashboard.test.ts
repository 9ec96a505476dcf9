import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { prescribeStepDown, secondsToMs } from "@/lib/pacing";
import { countStatements } from "@/lib/server/testing/statement-counter";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { getSquadDashboard } from "./squad-dashboard";

const db = testDb();

// The read goes through lib/server/db's client: count the SQL statements it sends.
const statements = countStatements();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);
const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

/** A session on a day, with laps when `lap` is given (every rep lap at that many seconds). */
async function session(
  world: World,
  athleteId: string,
  date: string,
  lap?: number,
  decision?: "ACCEPTED" | "DISMISSED",
) {
  const { id } = await db.assignment.create({
    data: {
      squadId: world.a.id,
      athleteId,
      templateId: "builtin-metric",
      date: new Date(`${date}T00:00:00Z`),
      units: "METRIC",
      fiveKMs: 1_200_000,
      targets: TARGETS,
    },
  });
  if (lap === undefined) return id;
  const laps = TARGETS.reps.flatMap((rep, repIndex) =>
    rep.lapSeconds.map((_, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      // Later reps step down as prescribed, shifted by the same per-lap difference as rep 1.
      timeMs: secondsToMs(rep.lapSeconds[0]! + (lap - 96)),
    })),
  );
  await db.sessionResult.create({
    data: {
      assignmentId: id,
      idempotencyKey: `k${id}`,
      status: "COMPLETED",
      recalibrationDecision: decision ?? null,
      laps: { create: laps },
    },
  });
  return id;
}

async function athlete(world: World, name: string) {
  const { id } = await db.athleteProfile.create({ data: { squadId: world.a.id, name } });
  return id;
}

describe("getSquadDashboard", () => {
  it("shows the latest session day: times, deltas, laps, who has not logged, what is next", async () => {
    const world = await buildWorld(db);
    const decided = await athlete(world, "a decided athlete");
    const fast = await session(world, world.a.teammateId, day(-10), 93);
    const slow = await session(world, world.a.athleteId, day(-10), 99);
    await session(world, world.a.loginlessAthleteId, day(-10));
    await session(world, decided, day(-10), 93, "DISMISSED");
    await session(world, world.a.teammateId, day(5));
    await session(world, world.a.loginlessAthleteId, day(5));
    await session(world, world.a.teammateId, day(12));

    const board = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(board?.date).toBe(day(-10));
    expect(board?.squad).toMatchObject({ id: world.a.id, units: "METRIC" });
    expect(board?.sessionDates).toEqual([day(12), day(5), day(-10), "2026-03-31", "2026-03-03"]);
    expect(board?.rows.map((r) => [r.athlete.name, r.status])).toEqual([
      ["a athlete", "logged"],
      ["a decided athlete", "logged"],
      ["a no-login athlete", "missed"],
      ["a teammate", "logged"],
    ]);
    const teammate = board?.rows.find((r) => r.assignmentId === fast);
    expect(teammate?.reps[0]).toMatchObject({ actual: 372, delta: -12, verdict: "too-fast" });
    expect(teammate?.reps[0]).toHaveProperty("laps.2", { target: 96, actual: 93, delta: -3 });
    const slowRow = board?.rows.find((r) => r.assignmentId === slow);
    expect(slowRow?.reps[0]).toMatchObject({ actual: 396, delta: 12, verdict: "too-slow" });
    expect(board?.notLogged.map((a) => a.name)).toEqual(["a no-login athlete"]);
    expect(board?.upcoming).toEqual([
      { date: day(5), count: 2, names: ["a no-login athlete", "a teammate"] },
      { date: day(12), count: 1, names: ["a teammate"] },
    ]);
    // Undecided faster and slower suggestions only; the dismissed one has had its answer.
    expect(board?.recalibrations.map((r) => [r.assignmentId, r.kind]).sort()).toEqual(
      [
        [fast, "faster"],
        [slow, "slower"],
      ].sort(),
    );
    const faster = board?.recalibrations.find((r) => r.kind === "faster");
    expect(faster).toMatchObject({ date: day(-10), currentFiveKSeconds: 1200 });
    expect(faster?.suggestedFiveKSeconds).toBeLessThan(1200);
  });

  it("shows a chosen date, its logged result without laps, and nothing waiting", async () => {
    const world = await buildWorld(db);
    const board = await getSquadDashboard(world.viewers.coach, world.a.id, "2026-03-03");
    expect(board?.rows).toHaveLength(1);
    expect(board?.rows[0]).toMatchObject({ status: "logged", result: "COMPLETED" });
    expect(board?.rows[0]?.reps.map((r) => r.verdict)).toEqual(Array(4).fill("not-run"));
    expect(board?.notLogged).toEqual([]);
    expect(board?.recalibrations).toEqual([]);
  });

  it("defaults to the world's latest day, and answers an empty squad and an empty date", async () => {
    const world = await buildWorld(db);
    const board = await getSquadDashboard(world.viewers.assistantCoach, world.a.id);
    expect(board?.date).toBe("2026-03-31");
    expect(board?.rows.map((r) => r.status)).toEqual(["missed"]);
    const empty = await getSquadDashboard(world.viewers.coach, world.a.id, "2026-01-01");
    expect(empty).toMatchObject({ date: "2026-01-01", rows: [], notLogged: [] });
    await db.assignment.deleteMany({ where: { squadId: world.a.id } });
    const none = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(none).toMatchObject({ date: null, rows: [], sessionDates: [], upcoming: [] });
  });

  it("is for the squad's current coaches only", async () => {
    const world = await buildWorld(db);
    for (const persona of [
      "self",
      "sameSquadAthlete",
      "otherSquadAthlete",
      "otherCoach",
      "removedCoach",
      "pendingInvitee",
    ] as const) {
      expect(await getSquadDashboard(world.viewers[persona], world.a.id), persona).toBeNull();
    }
    expect(await getSquadDashboard(null, world.a.id)).toBeNull();
    expect(await getSquadDashboard(world.viewers.coach, "missing")).toBeNull();
  });

  it("makes the same few round trips whatever the squad's size and history", async () => {
    const world = await buildWorld(db);
    await getSquadDashboard(world.viewers.coach, world.a.id);
    statements.count = 0;
    await getSquadDashboard(world.viewers.coach, world.a.id);
    const small = statements.count;
    for (let week = 1; week <= 8; week++) {
      for (const id of [world.a.athleteId, world.a.teammateId, world.a.loginlessAthleteId]) {
        // Lap times no other test here uses: these sessions have not been reviewed before.
        await session(world, id, day(-7 * week), 101 + (week % 3));
      }
    }
    statements.count = 0;
    const board = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(board?.rows).toHaveLength(3);
    // The coach's role (authorization), one statement, then the sessions not reviewed yet...
    expect(statements.count).toBe(3);
    // ...which a second look, with nothing changed, no longer reads.
    statements.count = 0;
    await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(statements.count).toBe(small);
    expect(small).toBe(2);
  });

  it("shows a corrected lap at once, though the session was analysed before", async () => {
    const world = await buildWorld(db);
    const id = await session(world, world.a.teammateId, day(-1), 96);
    const before = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(before?.rows[0]?.reps[0]).toMatchObject({ actual: 384, verdict: "on-target" });
    // A correction of the first lap, 6 s slower (lapsPacked follows by the trigger on Lap).
    await db.lap.updateMany({
      where: { result: { assignmentId: id }, kind: "REP", repIndex: 0, lapIndex: 0 },
      data: { timeMs: 102_000 },
    });
    const after = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(after?.rows[0]?.reps[0]).toMatchObject({ actual: 390, delta: 6, verdict: "too-slow" });
    expect(after?.rows[0]?.reps[0]).toHaveProperty("laps.0.actual", 102);
    // So does a changed status: abandoned after the first rep.
    await db.sessionResult.update({ where: { assignmentId: id }, data: { status: "ABANDONED" } });
    const abandoned = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(abandoned?.rows[0]?.result).toBe("ABANDONED");
  });
});
