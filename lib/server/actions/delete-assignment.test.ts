import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { snapshotSquad } from "@/lib/server/testing/snapshot";
import { whileUncommitted } from "@/lib/server/testing/interleave";
import { buildWorld } from "@/lib/server/testing/world";
import { deleteAssignment } from "./delete-assignment";

const db = testDb();
afterAll(() => db.$disconnect());

describe("unassigning a session", () => {
  it("unassigns a session not yet logged", async () => {
    const world = await buildWorld(db);
    const result = await deleteAssignment.invoke(world.viewers.coach, {
      assignmentId: world.a.openAssignmentId,
    });
    expect(result).toMatchObject({ ok: true, message: "Session unassigned." });
    expect(await db.assignment.count({ where: { id: world.a.openAssignmentId } })).toBe(0);
  });

  it("refuses a logged session, changing nothing", async () => {
    const world = await buildWorld(db);
    const before = await snapshotSquad(db, world.a.id);
    const result = await deleteAssignment.invoke(world.viewers.coach, {
      assignmentId: world.a.assignmentId,
    });
    expect(result).toMatchObject({ ok: false, message: /has a logged result/ });
    expect(await snapshotSquad(db, world.a.id)).toBe(before);
  });

  it("keeps a result logged while it was unassigning, and says so", async () => {
    const world = await buildWorld(db);
    const assignmentId = world.a.openAssignmentId;
    const result = await whileUncommitted(
      db,
      (tx) =>
        tx.sessionResult.create({
          data: { assignmentId, idempotencyKey: randomUUID(), status: "COMPLETED" },
        }),
      () => deleteAssignment.invoke(world.viewers.coach, { assignmentId }),
    );
    expect(result).toMatchObject({ ok: false, message: /just logged/ });
    expect(await db.assignment.count({ where: { id: assignmentId } })).toBe(1);
    expect(await db.sessionResult.count({ where: { assignmentId } })).toBe(1);
  });
});
