import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { currentMarks } from "@/lib/server/results/current-marks";
import { whileUncommitted } from "@/lib/server/testing/interleave";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { decideRecalibration } from "./decide-recalibration";
import { logResult } from "./log-result";

const db = testDb();
afterAll(() => db.$disconnect());

/** A 20:00 athlete runs every rep clearly faster than prescribed: a faster 5K is suggested. */
async function fastSession(world: World) {
  const logged = await logResult.invoke(world.viewers.self, {
    assignmentId: world.a.openAssignmentId,
    idempotencyKey: randomUUID(),
    status: "COMPLETED",
    reps: ["93 93 93 93", "91 91 91", "90 90", "84"],
  });
  expect(logged.ok).toBe(true);
}

const recalibrationMarks = (world: World) =>
  db.fiveKMark.count({ where: { athleteId: world.a.athleteId, source: "RECALIBRATION" } });

const decide = (world: World, decision: string, viewer = world.viewers.coach) =>
  decideRecalibration.invoke(viewer, { assignmentId: world.a.openAssignmentId, decision });

describe("answering a recalibration suggestion", () => {
  it("accepting adds a recalibration mark at the suggested time, which becomes current", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    expect(await decide(world, "accept")).toMatchObject({ ok: true });
    const marks = await db.fiveKMark.findMany({
      where: { athleteId: world.a.athleteId, source: "RECALIBRATION" },
    });
    // 2% at most per session: 20:00 → 19:36.
    expect(marks.map((m) => m.timeMs)).toEqual([1_176_000]);
    const result = await db.sessionResult.findUniqueOrThrow({
      where: { assignmentId: world.a.openAssignmentId },
    });
    expect(result.recalibrationDecision).toBe("ACCEPTED");
    const current = await currentMarks([world.a.athleteId]);
    expect(current.get(world.a.athleteId)?.id).toBe(marks[0]?.id);
  });

  it("accepting unpins a pinned mark, so the accepted time is the one targets come from", async () => {
    const world = await buildWorld(db);
    const pinned = await db.fiveKMark.findFirstOrThrow({ where: { athleteId: world.a.athleteId } });
    await db.athleteProfile.update({
      where: { id: world.a.athleteId },
      data: { pinnedMarkId: pinned.id },
    });
    await fastSession(world);
    expect(await decide(world, "accept")).toMatchObject({ ok: true });
    const current = (await currentMarks([world.a.athleteId])).get(world.a.athleteId);
    expect(current).toMatchObject({ timeMs: 1_176_000, pinned: false });
  });

  it("dismissing records the answer and adds no mark", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    expect(await decide(world, "dismiss")).toMatchObject({ ok: true });
    const result = await db.sessionResult.findUniqueOrThrow({
      where: { assignmentId: world.a.openAssignmentId },
    });
    expect(result.recalibrationDecision).toBe("DISMISSED");
    expect(await db.fiveKMark.count({ where: { athleteId: world.a.athleteId } })).toBe(1);
  });

  it("refuses a second answer, changing nothing", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    expect((await decide(world, "dismiss")).ok).toBe(true);
    const again = await decide(world, "accept");
    expect(again).toMatchObject({ ok: false, message: "This suggestion was already answered." });
    expect(await db.fiveKMark.count({ where: { athleteId: world.a.athleteId } })).toBe(1);
  });

  it("makes one mark when two coaches accept at the same moment", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    const results = await Promise.all([
      decide(world, "accept"),
      decide(world, "accept", world.viewers.assistantCoach),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.message).toMatch(/already answered|just answered/);
    expect(await recalibrationMarks(world)).toBe(1);
  });

  it("refuses to accept a suggestion from laps edited meanwhile", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    const where = { assignmentId: world.a.openAssignmentId };
    const result = await whileUncommitted(
      db,
      // What an edit does: a new version, new laps (here none: nothing left to suggest).
      async (tx) => {
        const edited = await tx.sessionResult.update({
          where,
          data: { version: { increment: 1 }, recalibrationDecision: null },
        });
        await tx.lap.deleteMany({ where: { resultId: edited.id } });
      },
      () => decide(world, "accept"),
    );
    expect(result).toMatchObject({ ok: false, message: /the session changed: reload/ });
    expect(await recalibrationMarks(world)).toBe(0);
    const stored = await db.sessionResult.findUniqueOrThrow({ where });
    expect(stored.recalibrationDecision).toBeNull();
  });

  it("is the coach's call: the athlete cannot accept their own", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    expect((await decide(world, "accept", world.viewers.self)).ok).toBe(false);
    expect(await db.fiveKMark.count({ where: { athleteId: world.a.athleteId } })).toBe(1);
  });

  it("refuses to accept when the session asks for no new time", async () => {
    const world = await buildWorld(db);
    // The world's logged session has no laps at all: "re-check", nothing to accept.
    const result = await decideRecalibration.invoke(world.viewers.coach, {
      assignmentId: world.a.assignmentId,
      decision: "accept",
    });
    expect(result).toMatchObject({ ok: false, message: /no new 5K time/ });
  });
});
