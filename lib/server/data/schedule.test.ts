import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { DEFAULT_OFFSETS, prescribeStepDown } from "@/lib/pacing";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { getSquadCalendar, getSquadSheet, listUpcoming, previewAssignment } from "./schedule";

const db = testDb();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** A session for one of squad A's athletes on a day, written directly (not via the action). */
async function assign(world: World, athleteId: string, date: string) {
  const { id } = await db.assignment.create({
    data: {
      squadId: world.a.id,
      athleteId,
      templateId: "builtin-metric",
      date: new Date(`${date}T00:00:00Z`),
      units: "METRIC",
      fiveKMs: 1_140_000,
      targets: prescribeStepDown({ fiveKSeconds: 19 * 60, units: "metric" }),
    },
  });
  return id;
}

const preview = (world: World, date: string, athleteIds: string[]) => ({
  squadId: world.a.id,
  athleteIds,
  date,
  units: "METRIC" as const,
  offsets: DEFAULT_OFFSETS,
});

describe("previewAssignment", () => {
  it("shows each athlete's card, a missing 5K, and the frequency guard's warnings", async () => {
    const world = await buildWorld(db);
    // The world's athlete already has sessions on 2026-03-03 and 2026-03-31.
    const rows = await previewAssignment(
      world.viewers.coach,
      preview(world, "2026-04-07", [world.a.athleteId, world.a.teammateId]),
    );
    const athlete = rows?.find((r) => r.id === world.a.athleteId);
    expect(athlete?.prescription?.reps[0]?.targetSeconds).toBe(384); // 20:00 5K: 1600 in 6:24
    expect(athlete?.warnings.join(" ")).toContain("Only 7 days after the session on 2026-03-31");
    expect(athlete?.alreadyAssigned).toBe(false);
    const teammate = rows?.find((r) => r.id === world.a.teammateId);
    expect(teammate).toMatchObject({ prescription: null, note: "No 5K time yet", warnings: [] });
  });

  it("flags a day the athlete already has, and leaves out athletes of other squads", async () => {
    const world = await buildWorld(db);
    const rows = await previewAssignment(
      world.viewers.coach,
      preview(world, "2026-03-31", [world.a.athleteId, world.b.athleteId]),
    );
    expect(rows?.map((r) => [r.id, r.alreadyAssigned])).toEqual([[world.a.athleteId, true]]);
  });

  it("is for the squad's coaches only", async () => {
    const world = await buildWorld(db);
    const request = preview(world, "2026-04-07", [world.a.athleteId]);
    expect(await previewAssignment(world.viewers.assistantCoach, request)).not.toBeNull();
    expect(await previewAssignment(world.viewers.otherCoach, request)).toBeNull();
    expect(await previewAssignment(world.viewers.self, request)).toBeNull();
    expect(await previewAssignment(null, request)).toBeNull();
  });
});

describe("getSquadCalendar", () => {
  it("says which sessions are done, missed and still to come", async () => {
    const world = await buildWorld(db);
    const upcoming = await assign(world, world.a.teammateId, dayFromToday(3));
    const range = { from: "2026-03-01", to: dayFromToday(40) };
    const calendar = await getSquadCalendar(world.viewers.coach, world.a.id, range);
    const status = (id: string) => calendar?.entries.find((e) => e.id === id);
    expect(status(world.a.assignmentId)).toMatchObject({ status: "done", result: "COMPLETED" });
    expect(status(world.a.openAssignmentId)).toMatchObject({ status: "missed", result: null });
    expect(status(upcoming)).toMatchObject({ status: "assigned", athlete: { name: "a teammate" } });
    expect(calendar?.canCoach).toBe(true);
  });

  it("keeps to the range, and shows the squad's calendar to its athletes but no one else", async () => {
    const world = await buildWorld(db);
    const march = { from: "2026-03-01", to: "2026-03-07" };
    const mine = await getSquadCalendar(world.viewers.self, world.a.id, march);
    expect(mine?.entries.map((e) => e.id)).toEqual([world.a.assignmentId]);
    expect(mine?.canCoach).toBe(false);
    expect(await getSquadCalendar(world.viewers.otherCoach, world.a.id, march)).toBeNull();
    expect(await getSquadCalendar(world.viewers.removedCoach, world.a.id, march)).toBeNull();
    expect(await getSquadCalendar(null, world.a.id, march)).toBeNull();
  });
});

describe("getSquadSheet", () => {
  it("lists every athlete assigned that day with their frozen targets", async () => {
    const world = await buildWorld(db);
    await assign(world, world.a.teammateId, "2026-03-03");
    const sheet = await getSquadSheet(world.viewers.coach, world.a.id, "2026-03-03");
    expect(sheet?.rows.map((r) => [r.athlete.name, r.prescription.reps[0]?.splitSeconds])).toEqual([
      ["a athlete", [96, 192, 288, 384]],
      ["a teammate", [91.2, 182.4, 273.6, 364.8]],
    ]);
    expect(sheet?.sessionDates).toEqual(["2026-03-31", "2026-03-03"]);
  });

  it("is empty on a day without sessions, and hidden from other squads", async () => {
    const world = await buildWorld(db);
    expect((await getSquadSheet(world.viewers.self, world.a.id, "2026-05-05"))?.rows).toEqual([]);
    expect(await getSquadSheet(world.viewers.otherCoach, world.a.id, "2026-03-03")).toBeNull();
    expect(await getSquadSheet(world.viewers.otherSquadAthlete, world.a.id, "2026-03-03")).toBe(
      null,
    );
  });
});

describe("listUpcoming", () => {
  it("lists the viewer's own sessions from today on, and nobody else's", async () => {
    const world = await buildWorld(db);
    const later = await assign(world, world.a.athleteId, dayFromToday(10));
    const today = await assign(world, world.a.athleteId, dayFromToday(0));
    await assign(world, world.a.teammateId, dayFromToday(5));
    const mine = await listUpcoming(world.viewers.self);
    expect(mine.map((s) => s.id)).toEqual([today, later]);
    expect(mine[0]?.squad).toEqual({ id: world.a.id, name: world.a.name });
    expect((await listUpcoming(world.viewers.coach)).length).toBe(0);
    expect(await listUpcoming(null)).toEqual([]);
    const sinceMarch = await listUpcoming(world.viewers.self, { from: "2026-03-01" });
    expect(sinceMarch.map((s) => s.id)).toEqual([
      world.a.assignmentId,
      world.a.openAssignmentId,
      today,
      later,
    ]);
    const theirs = await listUpcoming(world.viewers.otherSquadAthlete, { from: "2026-03-01" });
    expect(theirs.map((s) => s.squad.id)).toEqual([world.b.id, world.b.id]);
  });
});
