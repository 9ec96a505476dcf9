import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { prescribeStepDown, secondsToMs } from "@/lib/pacing";
import { countStatements } from "@/lib/server/testing/statement-counter";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { getAthleteHome } from "./athlete-home";

const db = testDb();

// The read goes through lib/server/db's client: count the SQL statements it sends.
const statements = countStatements();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const dayFromToday = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
const targets = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });

async function assign(world: World, date: string) {
  const { id } = await db.assignment.create({
    data: {
      squadId: world.a.id,
      athleteId: world.a.athleteId,
      templateId: "builtin-metric",
      date: new Date(`${date}T00:00:00Z`),
      units: "METRIC",
      fiveKMs: 1_200_000,
      targets,
    },
  });
  return id;
}

/** A logged session: a fade on the 1600's last lap, a slow second jog. */
async function logFade(world: World, assignmentId: string) {
  const rep = (repIndex: number, laps: number[]) =>
    laps.map((s, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      timeMs: secondsToMs(s),
    }));
  await db.sessionResult.create({
    data: {
      assignmentId,
      idempotencyKey: `home-${assignmentId}`,
      status: "COMPLETED",
      laps: {
        create: [
          ...rep(0, [96, 96, 96.4, 99.1]),
          ...rep(1, [94, 94.5, 94]),
          ...rep(2, [93, 92.6]),
          ...rep(3, [87.9]),
          { kind: "RECOVERY", repIndex: 0, lapIndex: 0, timeMs: 192_000 },
          { kind: "RECOVERY", repIndex: 1, lapIndex: 0, timeMs: 230_000 },
          { kind: "RECOVERY", repIndex: 2, lapIndex: 0, timeMs: 195_000 },
        ],
      },
    },
  });
}

describe("getAthleteHome", () => {
  it("shows the athlete their next session's targets and their last session charted", async () => {
    const world = await buildWorld(db);
    const next = await assign(world, dayFromToday(7));
    await assign(world, dayFromToday(14));
    const past = await assign(world, "2026-04-28");
    await logFade(world, past);

    const home = await getAthleteHome(world.viewers.self);
    expect(home?.next).toMatchObject({
      assignmentId: next,
      date: dayFromToday(7),
      squadName: world.a.name,
    });
    expect(home?.next?.prescription.reps[0]?.targetSeconds).toBe(384);
    expect(home?.last).toMatchObject({
      assignmentId: past,
      date: "2026-04-28",
      status: "COMPLETED",
    });
    expect(home?.last?.chartData).toHaveLength(13);
    expect(home?.last?.chartData.find((p) => p.id === "r1-l4")).toMatchObject({
      actualSeconds: 99.1,
      deltaLabel: "+3.1",
      verdict: "faded",
    });
    expect(home?.last?.findings.join(" ")).toMatch(/recover/i);
  });

  it("falls back to the world's result without laps, and has no next session when none is ahead", async () => {
    const world = await buildWorld(db);
    const home = await getAthleteHome(world.viewers.self);
    // The world's open session (2026-03-31) is in the past, so nothing is next.
    expect(home?.next).toBeNull();
    expect(home?.last?.assignmentId).toBe(world.a.assignmentId);
    expect(home?.last?.chartData.every((p) => p.actualSeconds === null)).toBe(true);
  });

  it("gives an athlete with nothing logged an empty home, and coaches and strangers none", async () => {
    const world = await buildWorld(db);
    await expect(getAthleteHome(world.viewers.sameSquadAthlete)).resolves.toEqual({
      next: null,
      last: null,
    });
    await expect(getAthleteHome(world.viewers.coach)).resolves.toBeNull();
    await expect(getAthleteHome(world.viewers.removedCoach)).resolves.toBeNull();
    await expect(getAthleteHome(null)).resolves.toBeNull();
    const other = await getAthleteHome(world.viewers.otherSquadAthlete);
    expect(other?.last?.assignmentId).toBe(world.b.assignmentId);
  });

  it("shows nothing once the athlete has left the squad", async () => {
    const world = await buildWorld(db);
    await db.membership.update({
      where: { squadId_userId: { squadId: world.a.id, userId: world.a.athleteUserId } },
      data: { removedAt: new Date() },
    });
    await expect(getAthleteHome(world.viewers.self)).resolves.toBeNull();
  });

  it("makes the same few statements whatever the length of the history", async () => {
    const world = await buildWorld(db);
    statements.count = 0;
    await getAthleteHome(world.viewers.self);
    const small = statements.count;
    for (let week = 1; week <= 20; week++) {
      const id = await assign(
        world,
        new Date(Date.UTC(2025, 0, week * 7)).toISOString().slice(0, 10),
      );
      await logFade(world, id);
    }
    statements.count = 0;
    await getAthleteHome(world.viewers.self);
    expect(statements.count).toBe(small);
    expect(statements.count).toBe(5); // squads, next, last (+ its result, + its laps)
  });
});
