import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { deleteResult } from "./delete-result";
import { logResult } from "./log-result";

const db = testDb();
afterAll(() => db.$disconnect());

// A 20:00 5K run to the targets: 96 s laps, then the 1200, 800 and 400 inside their windows.
const ON_TARGET = { reps: ["96 96 96 96", "94.2 94.2 94.1", "93 93", "88.5"] };

/** The on-target reps with one of them (0 is the 1600) typed otherwise. */
const rep = (index: number, text: string) => ({ reps: ON_TARGET.reps.with(index, text) });
const recovery = (index: number, text: string) => ({ recoveries: ["", "", ""].with(index, text) });

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
    expect(await log(byLaps, { ...rep(0, "96 95.4 97 96"), ...recovery(0, "3:12") })).toMatchObject(
      {
        ok: true,
      },
    );
    const splits = { ...rep(0, "1:36 3:11.4 4:48.4 6:24.4"), mode: "auto", ...recovery(0, "192") };
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
    const again = await log(world, rep(3, "87"));
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/already logged: edit it instead/);
  });

  it("edits a version and refuses an edit based on a stale one, changing nothing", async () => {
    const world = await buildWorld(db);
    const edit = (last: string) =>
      logResult.invoke(world.viewers.coach, {
        assignmentId: world.a.assignmentId,
        idempotencyKey: randomUUID(),
        expectedVersion: "1",
        status: "COMPLETED",
        ...rep(3, last),
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
    ["reps.0", rep(0, "abc 96 96 96"), /Time 1 \("abc"\)/],
    ["reps.0", rep(0, "96 96 96 96 96"), /This rep has 4 laps, but 5 times were entered/],
    ["reps.3", rep(3, "0"), /more than zero/],
    ["reps.2", rep(2, "-95 93"), /negative/],
    ["reps.3", rep(3, "40"), /faster than world-record pace/],
    ["reps.3", rep(3, "10:01"), /slower than 10 minutes/],
    ["recoveries.1", recovery(1, "40"), /faster than world-record pace/],
    ["reps.1", rep(1, "94 94"), /A completed session has all 3 laps of this rep/],
    ["reps.2", rep(2, ""), /A completed session has all 2 laps/],
    ["reps.3", { reps: ON_TARGET.reps.slice(0, 3) }, /A completed session has all 1 lap /],
    ["reps.1", rep(1, "9".repeat(201)), /Too long/],
    ["reps", { reps: [...ON_TARGET.reps, "88"] }, /At most 4 reps/],
  ])("names bad input at %s and saves nothing (%o)", async (field, fields, message) => {
    const world = await buildWorld(db);
    const before = await counts(world);
    const result = await log(world, fields);
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toMatch(message);
    expect(await counts(world)).toEqual(before);
  });

  it("records who took the laps: the stopwatch as such, kept through a typed edit; a form as typed", async () => {
    const timed = await buildWorld(db);
    const typed = await buildWorld(db);
    const sourceOf = async (world: World) =>
      (
        await db.sessionResult.findUniqueOrThrow({
          where: { assignmentId: world.a.openAssignmentId },
          select: { source: true },
        })
      ).source;
    expect(await log(timed, { source: "STOPWATCH" })).toMatchObject({ ok: true });
    expect(await log(typed, {})).toMatchObject({ ok: true });
    expect([await sourceOf(timed), await sourceOf(typed)]).toEqual(["STOPWATCH", "TYPED"]);
    // Any other word for it is read as typed, never a refused upload.
    const forged = await buildWorld(db);
    expect(await log(forged, { source: "IMPORT" })).toMatchObject({ ok: true });
    expect(await sourceOf(forged)).toBe("TYPED");
    // The coach corrects the stopwatch's last rep by hand: the laps were still timed by it.
    expect(await log(timed, { expectedVersion: "1", ...rep(3, "88") })).toMatchObject({ ok: true });
    expect(await sourceOf(timed)).toBe("STOPWATCH");
  });

  it("reads a form's repeated reps and recoveries fields in order, a lone one too", async () => {
    const world = await buildWorld(db);
    const form = new FormData();
    form.set("assignmentId", world.a.openAssignmentId);
    form.set("idempotencyKey", randomUUID());
    form.set("status", "PARTIAL");
    for (const text of ["96 95.4 97 96", "94 94 94"]) form.append("reps", text);
    form.append("recoveries", "3:12");
    expect(await logResult.invoke(world.viewers.self, form)).toMatchObject({ ok: true });
    const laps = await lapsOf(world.a.openAssignmentId);
    expect(laps.map((l) => [l.kind, l.repIndex, l.timeMs])).toEqual([
      ...[96_000, 95_400, 97_000, 96_000].map((ms) => ["REP", 0, ms]),
      ...[94_000, 94_000, 94_000].map((ms) => ["REP", 1, ms]),
      ["RECOVERY", 0, 192_000],
    ]);
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
