import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { getSession } from "@/lib/server/data/sessions";
import { getSquadDashboard } from "@/lib/server/data/squad-dashboard";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { decideRecalibration } from "./decide-recalibration";
import { logResult } from "./log-result";
import { updateSquad } from "./update-squad";

const db = testDb();
afterAll(() => db.$disconnect());

const settings = (world: World, extra: Record<string, unknown>) =>
  updateSquad.invoke(world.viewers.coach, {
    squadId: world.a.id,
    name: "Squad A",
    units: "METRIC",
    ...extra,
  });

/** A 20:00 athlete runs every rep clearly faster than prescribed: a faster 5K is suggested. */
async function fastSession(world: World) {
  // Three days ago, so the dashboard's queue (the last eight weeks) holds it too.
  const recent = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
  await db.assignment.update({
    where: { id: world.a.openAssignmentId },
    data: { date: new Date(`${recent}T00:00:00Z`) },
  });
  const logged = await logResult.invoke(world.viewers.self, {
    assignmentId: world.a.openAssignmentId,
    idempotencyKey: randomUUID(),
    status: "COMPLETED",
    reps: ["93 93 93 93", "91 91 91", "90 90", "84"],
  });
  expect(logged.ok).toBe(true);
}

const model = (world: World) =>
  db.squad.findUniqueOrThrow({
    where: { id: world.a.id },
    select: { predictionModel: true, riegelExponent: true },
  });

describe("a squad's prediction model", () => {
  it("is Riegel 1.06 until a coach chooses another, and every suggestion names it", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    expect(await model(world)).toEqual({ predictionModel: "RIEGEL", riegelExponent: 1.06 });
    const before = await getSession(world.viewers.coach, world.a.openAssignmentId);
    expect(before?.recalibration?.model).toBe("Riegel 1.06");

    expect(await settings(world, { predictionModel: "DANIELS" })).toMatchObject({ ok: true });
    const session = await getSession(world.viewers.coach, world.a.openAssignmentId);
    expect(session?.recalibration).toMatchObject({ kind: "faster", model: "Daniels VDOT" });
    expect(session?.recalibration?.method).toContain("VDOT");
    const board = await getSquadDashboard(world.viewers.coach, world.a.id);
    expect(board?.recalibrations.map((item) => item.model)).toEqual(["Daniels VDOT"]);

    // Accepting records the suggestion the coach read, by the squad's model.
    const accepted = await decideRecalibration.invoke(world.viewers.coach, {
      assignmentId: world.a.openAssignmentId,
      decision: "accept",
    });
    expect(accepted).toMatchObject({ ok: true });
    const mark = await db.fiveKMark.findFirstOrThrow({
      where: { athleteId: world.a.athleteId, source: "RECALIBRATION" },
    });
    expect(mark.timeMs / 1000).toBe(session?.recalibration?.suggestedFiveKSeconds);
  });

  it("takes Riegel's exponent, within 1.00 to 1.20, and keeps it when another model is chosen", async () => {
    const world = await buildWorld(db);
    await fastSession(world);
    expect(
      await settings(world, { predictionModel: "RIEGEL", riegelExponent: "1.1" }),
    ).toMatchObject({ ok: true });
    const session = await getSession(world.viewers.coach, world.a.openAssignmentId);
    expect(session?.recalibration?.model).toBe("Riegel 1.10");

    // Settings saved without the model's fields (an older form) leave it as it is.
    expect(await settings(world, {})).toMatchObject({ ok: true });
    expect(await model(world)).toEqual({ predictionModel: "RIEGEL", riegelExponent: 1.1 });
    expect(await settings(world, { predictionModel: "PURDY" })).toMatchObject({ ok: true });
    expect(await model(world)).toEqual({ predictionModel: "PURDY", riegelExponent: 1.1 });
  });

  it("refuses a model it does not know and an exponent out of range, at their fields", async () => {
    const world = await buildWorld(db);
    const refused = await settings(world, { predictionModel: "MAGIC", riegelExponent: "1.5" });
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors).toEqual({
      predictionModel: "Choose Riegel, Daniels VDOT, Cameron or Purdy points",
      riegelExponent: "Riegel's exponent is at most 1.20",
    });
    const words = await settings(world, { riegelExponent: "steep" });
    expect(words.fieldErrors).toEqual({ riegelExponent: "Enter a number such as 1.06" });
    expect(await model(world)).toEqual({ predictionModel: "RIEGEL", riegelExponent: 1.06 });
  });
});
