import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { prescribeStepDown } from "@/lib/pacing";
import { getStopwatchSessions, listStopwatchDates } from "@/lib/server/data/stopwatch";
import { buildWorld, viewerOf, type PersonaName, type World } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

// The world's open assignment (squad A's athlete) is on this date; the test adds the teammate's
// and the login-less athlete's, so a coach sees three sessions and each athlete only their own.
const OPEN_DAY = "2026-03-31";
const LOGGED_DAY = "2026-03-03";
const TARGETS = prescribeStepDown({ fiveKSeconds: 21 * 60, units: "metric" });

let world: World;
beforeAll(async () => {
  world = await buildWorld(db);
  const { a } = world;
  await db.assignment.createMany({
    data: [a.teammateId, a.loginlessAthleteId].map((athleteId) => ({
      squadId: a.id,
      athleteId,
      templateId: "builtin-metric",
      date: new Date(OPEN_DAY),
      units: "METRIC" as const,
      fiveKMs: 1_260_000,
      targets: TARGETS,
      createdById: a.headCoachId,
    })),
  });
});

const sessionsFor = (persona: PersonaName, day = OPEN_DAY) =>
  getStopwatchSessions(viewerOf(world, persona), world.a.id, day);

describe("getStopwatchSessions", () => {
  it.each<PersonaName>(["coach", "assistantCoach"])(
    "a %s may time every athlete of the squad on that date",
    async (persona) => {
      const view = await sessionsFor(persona);
      expect(view?.squad).toEqual({ id: world.a.id, name: world.a.name });
      expect(view?.sessions.map((s) => s.athleteId).sort()).toEqual(
        [world.a.athleteId, world.a.teammateId, world.a.loginlessAthleteId].sort(),
      );
    },
  );

  it("gives each session its frozen targets and whether it is already logged", async () => {
    const open = await sessionsFor("coach");
    const teammate = open?.sessions.find((s) => s.athleteId === world.a.teammateId);
    expect(teammate).toMatchObject({ name: "a teammate", logged: false });
    expect(teammate?.prescription.fiveKSeconds).toBe(21 * 60);
    expect(teammate?.prescription.reps).toHaveLength(4);

    const logged = await sessionsFor("coach", LOGGED_DAY);
    expect(logged?.sessions).toEqual([
      expect.objectContaining({ assignmentId: world.a.assignmentId, logged: true }),
    ]);
  });

  it.each<[PersonaName, "athleteId" | "teammateId"]>([
    ["self", "athleteId"],
    ["sameSquadAthlete", "teammateId"],
  ])("the athlete %s may time only their own session", async (persona, own) => {
    const view = await sessionsFor(persona);
    expect(view?.sessions.map((s) => s.athleteId)).toEqual([world.a[own]]);
  });

  it.each<PersonaName>([
    "anonymous",
    "otherCoach",
    "otherSquadAthlete",
    "removedCoach",
    "pendingInvitee",
  ])("%s gets null, as for a missing squad", async (persona) => {
    expect(await sessionsFor(persona)).toBeNull();
  });

  it("a missing squad or a malformed date is null", async () => {
    const coach = viewerOf(world, "coach");
    expect(await getStopwatchSessions(coach, "no-such-squad", OPEN_DAY)).toBeNull();
    expect(await getStopwatchSessions(coach, world.a.id, "31/03/2026")).toBeNull();
  });

  it("a removed athlete's session is not offered", async () => {
    await db.athleteProfile.update({
      where: { id: world.a.loginlessAthleteId },
      data: { removedAt: new Date() },
    });
    const view = await sessionsFor("coach");
    expect(view?.sessions.map((s) => s.athleteId)).not.toContain(world.a.loginlessAthleteId);
    await db.athleteProfile.update({
      where: { id: world.a.loginlessAthleteId },
      data: { removedAt: null },
    });
  });
});

describe("listStopwatchDates", () => {
  it("lists the dates with sessions the viewer may time, around a date", async () => {
    const coach = viewerOf(world, "coach");
    expect(await listStopwatchDates(coach, world.a.id, OPEN_DAY)).toEqual([LOGGED_DAY, OPEN_DAY]);
    expect(await listStopwatchDates(coach, world.a.id, "2027-03-31")).toEqual([]);
  });

  it("an athlete sees only the dates of their own sessions", async () => {
    const teammate = viewerOf(world, "sameSquadAthlete");
    expect(await listStopwatchDates(teammate, world.a.id, OPEN_DAY)).toEqual([OPEN_DAY]);
  });

  it.each<PersonaName>(["anonymous", "otherCoach", "otherSquadAthlete", "removedCoach"])(
    "%s gets null",
    async (persona) => {
      expect(await listStopwatchDates(viewerOf(world, persona), world.a.id, OPEN_DAY)).toBeNull();
    },
  );
});
