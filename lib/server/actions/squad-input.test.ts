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

  it.each([
    ["61:00", "A 5K time is between 12:00 and 60:00"],
    ["abc", /digits and colons/],
    ["1845", /minutes:seconds/],
  ])("an athlete's 5K given with their name must be a 5K time (%s)", async (fiveK, message) => {
    const world = await buildWorld(db);
    const before = await snapshotSquad(db, world.a.id);
    const result = await addAthlete.invoke(world.viewers.coach, {
      squadId: world.a.id,
      name: "Kid Runner",
      fiveK,
    });
    expect(result.fieldErrors?.fiveK).toMatch(message);
    expect(await snapshotSquad(db, world.a.id)).toBe(before); // no athlete without their mark
  });

  it("an athlete added with a 5K has it as their first mark; without one, none", async () => {
    const world = await buildWorld(db);
    const withTime = await addAthlete.invoke(world.viewers.coach, {
      squadId: world.a.id,
      name: "Kid Runner",
      fiveK: "24:30",
    });
    expect(withTime).toMatchObject({ ok: true, message: "Kid Runner added." });
    const marks = await db.fiveKMark.findMany({
      where: { athlete: { squadId: world.a.id, name: "Kid Runner" } },
      select: { timeMs: true, source: true, createdById: true },
    });
    expect(marks).toEqual([
      { timeMs: 1_470_000, source: "ESTIMATE", createdById: world.viewers.coach.id },
    ]);
    await addAthlete.invoke(world.viewers.coach, {
      squadId: world.a.id,
      name: "New Kid",
      fiveK: "",
    });
    expect(
      await db.fiveKMark.count({ where: { athlete: { squadId: world.a.id, name: "New Kid" } } }),
    ).toBe(0);
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
