import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { deleteResult } from "./delete-result";
import { logResult } from "./log-result";

const db = testDb();
afterAll(() => db.$disconnect());

// A 20:00 5K run to the targets: 96 s laps, then the 1200, 800 and 400 inside their windows.
const ON_TARGET = {
  rep1: "96 96 96 96",
  rep2: "94.2 94.2 94.1",
  rep3: "93 93",
  rep4: "88.5",
};

const log = (world: World, fields: Record<string, unknown>) =>
  logResult.invoke(world.viewers.self, {
    assignmentId: world.a.openAssignmentId,
    idempotencyKey: randomUUID(),
    status: "COMPLETED",
    ...ON_TARGET,
    ...fields,
  });

async function lapsOf(assignmentId: string) {
  const laps = await db.lap.findMany({
    where: { result: { assignmentId } },
    orderBy: [{ kind: "asc" }, { repIndex: "asc" }, { lapIndex: "asc" }],
    select: { kind: true, repIndex: true, lapIndex: true, timeMs: true },
  });
  return laps;
}

async function counts(world: World) {
  const where = { assignment: { squadId: world.a.id } };
  return {
    results: await db.sessionResult.count({ where }),
    laps: await db.lap.count({ where: { result: where } }),
  };
}

describe("logging a session", () => {
  it("stores the same laps whether typed as lap times or as splits", async () => {
    const byLaps = await buildWorld(db);
    const bySplits = await buildWorld(db);
    expect(await log(byLaps, { rep1: "96 95.4 97 96", recovery1: "3:12" })).toMatchObject({
      ok: true,
    });
    const splits = { rep1: "1:36 3:11.4 4:48.4 6:24.4", mode: "auto", recovery1: "192" };
    expect(await log(bySplits, splits)).toMatchObject({ ok: true });
    const a = await lapsOf(byLaps.a.openAssignmentId);
    expect(a).toEqual(await lapsOf(bySplits.a.openAssignmentId));
    expect(a.filter((l) => l.kind === "REP" && l.repIndex === 0).map((l) => l.timeMs)).toEqual([
      96_000, 95_400, 97_000, 96_000,
    ]);
    expect(a).toHaveLength(11);
  });

  it("stores exactly one result when the same upload arrives 25 times at once", async () => {
    const world = await buildWorld(db);
    const idempotencyKey = randomUUID();
    const responses = await Promise.all(
      Array.from({ length: 25 }, () => log(world, { idempotencyKey })),
    );
    expect(responses.every((r) => r.ok)).toBe(true);
    const stored = await db.sessionResult.count({
      where: { assignmentId: world.a.openAssignmentId },
    });
    expect(stored).toBe(1);
    expect(await lapsOf(world.a.openAssignmentId)).toHaveLength(10);
  });

  it("refuses a second log with another key: edit it instead", async () => {
    const world = await buildWorld(db);
    expect((await log(world, {})).ok).toBe(true);
    const again = await log(world, { rep4: "87" });
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/already logged: edit it instead/);
  });

  it("edits a version and refuses an edit based on a stale one, changing nothing", async () => {
    const world = await buildWorld(db);
    const edit = (rep4: string) =>
      logResult.invoke(world.viewers.coach, {
        assignmentId: world.a.assignmentId,
        idempotencyKey: randomUUID(),
        expectedVersion: "1",
        status: "COMPLETED",
        ...ON_TARGET,
        rep4,
      });
    expect(await edit("88")).toMatchObject({ ok: true });
    const after = await db.sessionResult.findUniqueOrThrow({
      where: { assignmentId: world.a.assignmentId },
      select: { version: true, loggedById: true },
    });
    expect(after).toEqual({ version: 2, loggedById: world.viewers.coach.id });
    const laps = await lapsOf(world.a.assignmentId);

    const stale = await edit("80");
    expect(stale.ok).toBe(false);
    expect(stale.message).toMatch(/Someone changed this result since you opened it/);
    expect(await lapsOf(world.a.assignmentId)).toEqual(laps);
    const version = await db.sessionResult.findUniqueOrThrow({
      where: { assignmentId: world.a.assignmentId },
      select: { version: true },
    });
    expect(version.version).toBe(2);
  });

  it.each([
    ["rep1", { rep1: "abc 96 96 96" }, /Time 1 \("abc"\)/],
    ["rep1", { rep1: "96 96 96 96 96" }, /This rep has 4 laps, but 5 times were entered/],
    ["rep4", { rep4: "0" }, /more than zero/],
    ["rep3", { rep3: "-95 93" }, /negative/],
    ["rep4", { rep4: "40" }, /faster than world-record pace/],
    ["rep4", { rep4: "10:01" }, /slower than 10 minutes/],
    ["recovery2", { recovery2: "40" }, /faster than world-record pace/],
    ["rep2", { rep2: "94 94" }, /A completed session has all 3 laps of this rep/],
    ["rep3", { rep3: "" }, /A completed session has all 2 laps/],
  ])("names bad input at %s and saves nothing (%o)", async (field, fields, message) => {
    const world = await buildWorld(db);
    const before = await counts(world);
    const result = await log(world, fields);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toMatch(message);
    expect(await counts(world)).toEqual(before);
  });

  it("refuses an unknown status at its field", async () => {
    const world = await buildWorld(db);
    const result = await log(world, { status: "DONE" });
    expect(result.fieldErrors?.status).toMatch(/Choose completed, partial or abandoned/);
  });

  it("deletes a result with its laps, keeping the assignment", async () => {
    const world = await buildWorld(db);
    expect((await log(world, {})).ok).toBe(true);
    expect(await lapsOf(world.a.openAssignmentId)).toHaveLength(10);
    const deleted = await deleteResult.invoke(world.viewers.self, {
      assignmentId: world.a.openAssignmentId,
    });
    expect(deleted.ok).toBe(true);
    expect(
      await db.sessionResult.count({ where: { assignmentId: world.a.openAssignmentId } }),
    ).toBe(0);
    expect(await lapsOf(world.a.openAssignmentId)).toHaveLength(0);
    expect(await db.assignment.count({ where: { id: world.a.openAssignmentId } })).toBe(1);
  });
});
