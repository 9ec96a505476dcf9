import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { prescriptionSchema } from "@/lib/pacing";
import { snapshotSquad } from "@/lib/server/testing/snapshot";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { assignSession } from "./assign-session";
import { recomputeAssignments } from "./recompute-assignments";

const db = testDb();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY_MS);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function mark(athleteId: string, timeMs: number, date = dayFromToday(-1)) {
  await db.fiveKMark.create({ data: { athleteId, timeMs, date, source: "TIME_TRIAL" } });
}

const rep1Target = async (assignmentId: string) => {
  const a = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  return { fiveKMs: a.fiveKMs, rep1: prescriptionSchema.parse(a.targets).reps[0]?.targetSeconds };
};

const assign = (world: World, input: Record<string, unknown>) =>
  assignSession.invoke(world.viewers.coach, { squadId: world.a.id, units: "METRIC", ...input });

describe("assigning the 4-3-2-1", () => {
  it("freezes each athlete's targets from their current 5K; a later mark changes nothing", async () => {
    const world = await buildWorld(db);
    await mark(world.a.teammateId, 1_140_000); // 19:00
    const result = await assign(world, {
      athleteIds: [world.a.athleteId, world.a.teammateId],
      date: "2027-06-01",
    });
    expect(result).toMatchObject({ ok: true, message: "Assigned to 2 athletes on 2027-06-01." });
    const rows = await db.assignment.findMany({
      where: { squadId: world.a.id, date: day("2027-06-01") },
      orderBy: { fiveKMs: "desc" },
      select: { id: true, athleteId: true },
    });
    expect(rows.map((r) => r.athleteId)).toEqual([world.a.athleteId, world.a.teammateId]);
    expect(await rep1Target(rows[0]!.id)).toEqual({ fiveKMs: 1_200_000, rep1: 384 });
    expect(await rep1Target(rows[1]!.id)).toEqual({ fiveKMs: 1_140_000, rep1: 364.8 });

    await mark(world.a.athleteId, 1_080_000, dayFromToday(0)); // a new 18:00
    expect(await rep1Target(rows[0]!.id)).toEqual({ fiveKMs: 1_200_000, rep1: 384 });
  });

  it("refuses, with its reason and writing nothing: no 5K, a day already taken, unseen warnings", async () => {
    const world = await buildWorld(db);
    const before = await snapshotSquad(db, world.a.id);
    const noMark = await assign(world, {
      athleteIds: [world.a.athleteId, world.a.loginlessAthleteId],
      date: "2027-06-01",
    });
    expect(noMark.fieldErrors?.athleteIds).toBe(
      "No 5K time yet for a no-login athlete: add one first",
    );
    const taken = await assign(world, { athleteIds: [world.a.athleteId], date: "2026-03-31" });
    expect(taken.fieldErrors?.date).toBe("Already assigned on 2026-03-31: a athlete");
    const crowded = await assign(world, { athleteIds: [world.a.athleteId], date: "2026-04-07" });
    expect(crowded.ok).toBe(false);
    expect(crowded.fieldErrors?.acknowledge).toMatch(
      /^Check the schedule before assigning\. a athlete: Only 7 days after the session on 2026-03-31/,
    );
    expect(await snapshotSquad(db, world.a.id)).toBe(before);

    const acknowledged = await assign(world, {
      athleteIds: [world.a.athleteId],
      date: "2026-04-07",
      acknowledge: "1",
    });
    expect(acknowledged.ok).toBe(true);
  });

  it("assigns once when two coaches assign the same day at the same moment", async () => {
    const world = await buildWorld(db);
    const input = { athleteIds: [world.a.athleteId], date: "2027-06-01" };
    const results = await Promise.all([
      assign(world, input),
      assignSession.invoke(world.viewers.assistantCoach, {
        squadId: world.a.id,
        units: "METRIC",
        ...input,
      }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.fieldErrors?.date).toMatch(
      /^Already assigned on 2027-06-01/,
    );
    expect(
      await db.assignment.count({
        where: { athleteId: world.a.athleteId, date: day("2027-06-01") },
      }),
    ).toBe(1);
  });

  it("takes tuned offsets within bounds and refuses those outside", async () => {
    const world = await buildWorld(db);
    const before = await snapshotSquad(db, world.a.id);
    const base = { athleteIds: [world.a.athleteId], date: "2027-06-01" };
    const tooBig = await assign(world, { ...base, rep4Fast: "25" });
    expect(tooBig.fieldErrors).toEqual({ rep4Fast: "20 s at most" });
    const negative = await assign(world, { ...base, rep2Slow: "-1" });
    expect(negative.fieldErrors).toEqual({ rep2Slow: "0 s or more" });
    const inverted = await assign(world, { ...base, rep3Fast: "4", rep3Slow: "6" });
    expect(inverted.fieldErrors?.offsets).toContain(
      "the fast offset must be at least the slow one",
    );
    expect(await snapshotSquad(db, world.a.id)).toBe(before);

    const tuned = await assign(world, { ...base, rep4Fast: "8", rep4Slow: "6" });
    expect(tuned.ok).toBe(true);
    const row = await db.assignment.findFirstOrThrow({
      where: { athleteId: world.a.athleteId, date: day("2027-06-01") },
    });
    expect(prescriptionSchema.parse(row.targets).reps[3]?.windowSeconds).toEqual([88, 90]);
    expect(row.offsets).toMatchObject({ rep4: [8, 6] });
  });
});

describe("recomputing future targets", () => {
  it("updates only future sessions not yet logged, keeping their offsets", async () => {
    const world = await buildWorld(db);
    const base = {
      squadId: world.a.id,
      athleteId: world.a.athleteId,
      templateId: "builtin-metric",
      units: "METRIC" as const,
      fiveKMs: 1_200_000,
    };
    const original = (
      await db.assignment.findUniqueOrThrow({ where: { id: world.a.assignmentId } })
    ).targets as object;
    const future = await db.assignment.create({
      data: { ...base, date: dayFromToday(20), targets: original },
    });
    const logged = await db.assignment.create({
      data: { ...base, date: dayFromToday(50), targets: original },
    });
    await db.sessionResult.create({
      data: { assignmentId: logged.id, idempotencyKey: randomUUID(), status: "COMPLETED" },
    });
    await mark(world.a.athleteId, 1_140_000, dayFromToday(0));

    const denied = await recomputeAssignments.invoke(world.viewers.self, { squadId: world.a.id });
    expect(denied.ok).toBe(false);
    const result = await recomputeAssignments.invoke(world.viewers.coach, { squadId: world.a.id });
    expect(result).toMatchObject({
      ok: true,
      message: "Recomputed 1 upcoming session from current 5K times.",
    });
    expect(await rep1Target(future.id)).toEqual({ fiveKMs: 1_140_000, rep1: 364.8 });
    expect(await rep1Target(logged.id)).toEqual({ fiveKMs: 1_200_000, rep1: 384 });
    expect(await rep1Target(world.a.openAssignmentId)).toEqual({ fiveKMs: 1_200_000, rep1: 384 });
  });
});
