import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "./testing";

const db = testDb();
let assignmentId: string;

beforeAll(async () => {
  const coach = await db.user.create({
    data: { email: uniqueEmail("coach"), name: "C", role: "COACH" },
  });
  const squad = await db.squad.create({ data: { name: "Schema squad" } });
  const athlete = await db.athleteProfile.create({
    data: { squadId: squad.id, name: "No-login kid" },
  });
  const assignment = await db.assignment.create({
    data: {
      squadId: squad.id,
      athleteId: athlete.id,
      templateId: "builtin-metric",
      date: new Date("2026-03-03"),
      units: "METRIC",
      fiveKMs: 1_200_000,
      targets: {},
      createdById: coach.id,
    },
  });
  assignmentId = assignment.id;
});

afterAll(() => db.$disconnect());

describe("the database keeps the data sane", () => {
  it("ships the built-in metric and imperial templates with the default offsets", async () => {
    const templates = await db.workoutTemplate.findMany({
      where: { squadId: null },
      orderBy: { id: "asc" },
    });
    expect(templates.map((t) => [t.id, t.units, t.lapMeters])).toEqual([
      ["builtin-imperial", "IMPERIAL", 402.336],
      ["builtin-metric", "METRIC", 400],
    ]);
    expect(templates[0]?.offsets).toEqual({
      rep2: [6, 5],
      rep3: [7, 5],
      rep4: [10, 5],
      recoveryFactor: 2,
    });
  });

  it("stores one result per idempotency key, however often it is sent", async () => {
    const key = randomUUID();
    await db.sessionResult.create({
      data: { assignmentId, idempotencyKey: key, status: "COMPLETED" },
    });
    await expect(
      db.sessionResult.create({ data: { assignmentId, idempotencyKey: key, status: "COMPLETED" } }),
    ).rejects.toMatchObject({ code: "P2002" });
    expect(await db.sessionResult.count({ where: { idempotencyKey: key } })).toBe(1);
  });

  it("refuses a lap of zero or negative time and a rep index outside 0-3", async () => {
    const result = await db.sessionResult.findUniqueOrThrow({ where: { assignmentId } });
    await expect(
      db.lap.create({
        data: { resultId: result.id, kind: "REP", repIndex: 0, lapIndex: 0, timeMs: 0 },
      }),
    ).rejects.toThrow(/Lap_timeMs_check/);
    await expect(
      db.lap.create({
        data: { resultId: result.id, kind: "REP", repIndex: 4, lapIndex: 0, timeMs: 90_000 },
      }),
    ).rejects.toThrow(/Lap_repIndex_check/);
    expect(await db.lap.count({ where: { resultId: result.id } })).toBe(0);
  });

  it("refuses an effort outside 1-10 and a 5K mark of no time", async () => {
    const athlete = await db.athleteProfile.findFirstOrThrow({ where: { name: "No-login kid" } });
    await expect(
      db.fiveKMark.create({
        data: { athleteId: athlete.id, timeMs: -5, date: new Date(), source: "RACE" },
      }),
    ).rejects.toThrow(/FiveKMark_timeMs_check/);
    await expect(
      db.sessionResult.update({ where: { assignmentId }, data: { effort: 11 } }),
    ).rejects.toThrow(/SessionResult_effort_check/);
  });

  it("keeps each result's rep totals as its laps are written, changed and deleted", async () => {
    const result = await db.sessionResult.findUniqueOrThrow({ where: { assignmentId } });
    const totals = async () =>
      db.sessionResult.findUniqueOrThrow({
        where: { id: result.id },
        select: { repMs: true, repLaps: true },
      });
    const lap = (kind: "REP" | "RECOVERY", repIndex: number, lapIndex: number, timeMs: number) =>
      ({ resultId: result.id, kind, repIndex, lapIndex, timeMs }) as const;
    // Rep 1 whole, a recovery (not a rep), rep 3 with one lap of two: rep 2 has none.
    await db.lap.createMany({
      data: [
        lap("REP", 0, 0, 80_000),
        lap("REP", 0, 1, 81_000),
        lap("RECOVERY", 0, 0, 140_000),
        lap("REP", 2, 0, 79_500),
      ],
    });
    expect(await totals()).toEqual({ repMs: [161_000, 0, 79_500], repLaps: [2, 0, 1] });
    // Every lap, four numbers each, reps before recoveries, in order.
    const { lapsPacked } = await db.sessionResult.findUniqueOrThrow({
      where: { id: result.id },
      select: { lapsPacked: true },
    });
    expect(lapsPacked).toEqual([
      0, 0, 0, 80_000, 0, 0, 1, 81_000, 0, 2, 0, 79_500, 1, 0, 0, 140_000,
    ]);
    await db.lap.updateMany({
      where: { resultId: result.id, kind: "REP", repIndex: 0, lapIndex: 1 },
      data: { timeMs: 82_000 },
    });
    expect((await totals()).repMs).toEqual([162_000, 0, 79_500]);
    await db.lap.deleteMany({ where: { resultId: result.id, repIndex: 2 } });
    expect(await totals()).toEqual({ repMs: [162_000], repLaps: [2] });
    await db.lap.deleteMany({ where: { resultId: result.id } });
    expect(await totals()).toEqual({ repMs: [], repLaps: [] });
    expect(
      (await db.sessionResult.findUniqueOrThrow({ where: { id: result.id } })).lapsPacked,
    ).toEqual([]);
  });

  it("keeps each result's session (athlete, workout, day, rep targets) as its assignment's", async () => {
    const session = async () =>
      db.sessionResult.findUniqueOrThrow({
        where: { assignmentId },
        select: {
          sessionAthleteId: true,
          sessionTemplateId: true,
          sessionDate: true,
          repTargetMs: true,
          repPlannedLaps: true,
        },
      });
    const assignment = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    // Taken when the result is made (this assignment's targets have no reps).
    expect(await session()).toEqual({
      sessionAthleteId: assignment.athleteId,
      sessionTemplateId: "builtin-metric",
      sessionDate: new Date("2026-03-03"),
      repTargetMs: [],
      repPlannedLaps: [],
    });
    // Moved to another day and given targets: the result follows.
    await db.assignment.update({
      where: { id: assignmentId },
      data: {
        date: new Date("2026-03-04"),
        targets: {
          reps: [
            { laps: 4, targetSeconds: 288.5 },
            { laps: 3, targetSeconds: 210 },
          ],
        },
      },
    });
    expect(await session()).toMatchObject({
      sessionDate: new Date("2026-03-04"),
      repTargetMs: [288_500, 210_000],
      repPlannedLaps: [4, 3],
    });
    await db.assignment.update({
      where: { id: assignmentId },
      data: { date: new Date("2026-03-03"), targets: {} },
    });
    expect(await session()).toMatchObject({ sessionDate: new Date("2026-03-03"), repTargetMs: [] });
  });

  it("allows one assignment per athlete per day", async () => {
    const existing = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
    const { id: _id, createdAt: _c, updatedAt: _u, targets: _t, offsets: _o, ...copy } = existing;
    await expect(db.assignment.create({ data: { ...copy, targets: {} } })).rejects.toMatchObject({
      code: "P2002",
    });
  });
});
