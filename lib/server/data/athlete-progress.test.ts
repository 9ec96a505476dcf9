import { afterAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { testDb } from "@/lib/database/testing";
import { databaseUrl } from "@/lib/env";
import { prescribeStepDown, secondsToMs } from "@/lib/pacing";
import { buildWorld, viewerOf, type PersonaName, type World } from "@/lib/server/testing/world";
import { getAthleteProgress } from "./athlete-progress";

// A client that logs every SQL statement, installed as the app's client (lib/server/db.ts keeps it
// on globalThis), so the test counts the read's round trips, authorization included.
const statements: string[] = [];
const db = new PrismaClient({
  adapter: new PrismaPg({ connectionString: databaseUrl() }),
  log: [{ emit: "event", level: "query" }],
});
db.$on("query", (e) => statements.push(e.query));
(globalThis as { stepdownDb?: unknown }).stepdownDb = db;
const plain = testDb();
afterAll(() => Promise.all([db.$disconnect(), plain.$disconnect()]));

const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

/** A logged session on `date`: every rep lap at `lap` seconds, recoveries at 3:12. */
async function logged(world: World, date: string, lap: number) {
  const laps = TARGETS.reps.flatMap((rep, repIndex) =>
    Array.from({ length: rep.laps }, (_, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      timeMs: secondsToMs(lap - repIndex * 2),
    })),
  );
  const recoveries = [0, 1, 2].map((repIndex) => ({
    kind: "RECOVERY" as const,
    repIndex,
    lapIndex: 0,
    timeMs: 192_000,
  }));
  const { id } = await plain.assignment.create({
    data: {
      squadId: world.a.id,
      athleteId: world.a.athleteId,
      templateId: "builtin-metric",
      date: new Date(`${date}T00:00:00Z`),
      units: "METRIC",
      fiveKMs: 1_200_000,
      targets: TARGETS,
      result: {
        create: {
          idempotencyKey: `progress-${date}-${world.a.id}`,
          status: "COMPLETED",
          laps: { create: [...laps, ...recoveries] },
        },
      },
    },
  });
  return id;
}

async function mark(world: World, date: string, seconds: number, source = "RECALIBRATION") {
  await plain.fiveKMark.create({
    data: {
      athleteId: world.a.athleteId,
      timeMs: secondsToMs(seconds),
      date: new Date(`${date}T00:00:00Z`),
      source: source as "RECALIBRATION",
    },
  });
}

describe("getAthleteProgress", () => {
  it("shapes stored laps into reps, hold checks and recoveries, oldest first", async () => {
    const world = await buildWorld(db);
    const early = await logged(world, "2026-02-03", 98);
    const late = await logged(world, "2026-02-17", 96);
    const progress = await getAthleteProgress(world.viewers.coach, world.a.athleteId, {
      from: "2026-01-01",
      to: "2026-03-10",
    });
    expect(progress?.athlete).toEqual({
      id: world.a.athleteId,
      name: "a athlete",
      squad: { id: world.a.id, name: world.a.name },
    });
    // The world's own 2026-03-03 session is logged without laps: every rep "not-run".
    expect(progress?.sessions.map((s) => s.assignmentId)).toEqual([
      early,
      late,
      world.a.assignmentId,
    ]);
    const [first, second, bare] = progress!.sessions;
    expect(first?.reps[0]).toEqual({
      label: "1600",
      targetSeconds: 384,
      actualSeconds: 392,
      deltaSeconds: 8,
      verdict: "too-slow",
    });
    expect(second?.reps[0]?.deltaSeconds).toBe(0);
    expect(first?.hold.checks).toBe(5); // laps 3-4 of the 1600, both laps of the 800, the 400
    expect(first?.hold.faded).toBeGreaterThan(0);
    expect(first?.recoverySlowFraction).toBe(0);
    expect(bare?.reps.map((r) => r.verdict)).toEqual(["not-run", "not-run", "not-run", "not-run"]);
    expect(bare?.hold).toEqual({ checks: 0, faded: 0, worstDeltaSeconds: null });
  });

  it("reads only the range, and starts the marks with the last one before it", async () => {
    const world = await buildWorld(db); // a RACE mark of 20:00 on 2026-03-03
    await mark(world, "2026-01-10", 1230, "TIME_TRIAL");
    await logged(world, "2026-03-17", 96);
    await mark(world, "2026-03-20", 1190);
    await mark(world, "2026-05-01", 1180);
    const progress = await getAthleteProgress(world.viewers.self, world.a.athleteId, {
      from: "2026-03-10",
      to: "2026-04-30",
    });
    expect(progress?.range).toEqual({ from: "2026-03-10", to: "2026-04-30" });
    expect(progress?.sessions.map((s) => s.date)).toEqual(["2026-03-17"]);
    expect(progress?.marks).toEqual([
      { date: "2026-03-03", fiveKSeconds: 1200, source: "RACE" },
      { date: "2026-03-20", fiveKSeconds: 1190, source: "RECALIBRATION" },
    ]);
    const all = await getAthleteProgress(world.viewers.self, world.a.athleteId, {
      from: "all",
      to: "2026-12-31",
    });
    expect(all?.marks.map((m) => m.date)).toEqual([
      "2026-01-10",
      "2026-03-03",
      "2026-03-20",
      "2026-05-01",
    ]);
    expect(all?.sessions.map((s) => s.date)).toEqual(["2026-03-03", "2026-03-17"]);
  });

  it("shows a session logged before its date, under the default range and under All", async () => {
    const world = await buildWorld(db);
    const ahead = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    const early = await logged(world, ahead, 96);
    for (const input of [{}, { from: "all" }]) {
      const progress = await getAthleteProgress(world.viewers.coach, world.a.athleteId, input);
      expect(progress?.sessions.map((s) => s.assignmentId)).toContain(early);
      // The range runs on to it, so the charts' domain reaches it too.
      expect(progress?.range.to).toBe(ahead);
    }
    // An end the coach typed is kept: the session ahead is outside it.
    const fixed = await getAthleteProgress(world.viewers.coach, world.a.athleteId, {
      from: "all",
      to: "2026-04-30",
    });
    expect(fixed?.sessions.map((s) => s.assignmentId)).not.toContain(early);
  });

  it.each<[PersonaName, boolean]>([
    ["anonymous", false],
    ["self", true],
    ["sameSquadAthlete", false], // teammates only where the squad shares results
    ["otherSquadAthlete", false],
    ["coach", true],
    ["assistantCoach", true],
    ["otherCoach", false],
    ["removedCoach", false],
    ["pendingInvitee", false],
  ])("%s sees the athlete's progress: %s", async (persona, sees) => {
    const world = await buildWorld(db);
    const progress = await getAthleteProgress(viewerOf(world, persona), world.a.athleteId);
    expect(progress !== null).toBe(sees);
    expect(await getAthleteProgress(world.viewers.coach, "no-such-athlete")).toBeNull();
  });

  it("makes two round trips whether the history is 2 or 30 sessions long", async () => {
    const world = await buildWorld(db);
    const count = async () => {
      statements.length = 0;
      await getAthleteProgress(world.viewers.coach, world.a.athleteId, { from: "all" });
      return statements.length;
    };
    await logged(world, "2024-12-03", 97);
    const short = await count();
    for (let week = 0; week < 28; week++) {
      const day = new Date(Date.UTC(2025, 5, 3) + week * 7 * 86_400_000);
      await logged(world, day.toISOString().slice(0, 10), 96 + (week % 3));
    }
    // The authorization check (authz's where clause) and the read, in parallel.
    expect(short).toBe(2);
    expect(await count()).toBe(2);
  });
});
