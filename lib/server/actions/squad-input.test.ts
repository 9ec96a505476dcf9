import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { snapshotSquad } from "@/lib/server/testing/snapshot";
import { buildWorld } from "@/lib/server/testing/world";
import { addAthlete } from "./add-athlete";
import { createSquad } from "./create-squad";
import { deleteSquad } from "./delete-squad";
import { leaveSquad } from "./leave-squad";
import { removeCoach } from "./remove-coach";
import { updateSquad } from "./update-squad";

const db = testDb();
afterAll(() => db.$disconnect());

describe("squad actions name bad input at its field and change nothing", () => {
  it("a squad needs a name under 80 characters and metric or imperial units", async () => {
    const world = await buildWorld(db);
    const before = await db.squad.count();
    const result = await createSquad.invoke(world.viewers.coach, { name: "  ", units: "FURLONGS" });
    expect(result.fieldErrors).toEqual({
      name: "Give the squad a name",
      units: "Choose metric or imperial",
    });
    expect(await db.squad.count()).toBe(before);
    const long = await updateSquad.invoke(world.viewers.coach, {
      squadId: world.a.id,
      name: "x".repeat(81),
      units: "METRIC",
    });
    expect(long.fieldErrors).toEqual({ name: "Keep the name under 80 characters" });
  });

  it("an athlete needs a name", async () => {
    const world = await buildWorld(db);
    const before = await snapshotSquad(db, world.a.id);
    const result = await addAthlete.invoke(world.viewers.coach, { squadId: world.a.id, name: "" });
    expect(result.fieldErrors).toEqual({ name: "Enter a name" });
    expect(await snapshotSquad(db, world.a.id)).toBe(before);
  });

  it("deleting asks for the squad's exact name; the head coach cannot leave or remove themself", async () => {
    const world = await buildWorld(db);
    const before = await snapshotSquad(db, world.a.id);
    const wrong = await deleteSquad.invoke(world.viewers.coach, {
      squadId: world.a.id,
      confirmName: "not it",
    });
    expect(wrong.fieldErrors?.confirmName).toMatch(/^Type the squad's name/);
    const leave = await leaveSquad.invoke(world.viewers.coach, { squadId: world.a.id });
    expect(leave.message).toMatch(/As head coach you cannot leave/);
    const self = await removeCoach.invoke(world.viewers.coach, {
      squadId: world.a.id,
      userId: world.viewers.coach.id,
    });
    expect(self.message).toBe("You cannot remove yourself as head coach.");
    expect(await snapshotSquad(db, world.a.id)).toBe(before);
  });
});
