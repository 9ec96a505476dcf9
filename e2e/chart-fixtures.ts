import {
  addMark,
  createSession,
  createSquad,
  createUser,
  dayFromToday,
  jogLap,
  repLaps,
} from "./factories";

/**
 * Test-only: a squad with a coach and an athlete who can sign in (password PASSWORD), a 20:00 5K
 * session logged a week ago (the 1600 fades on its last lap, the second jog is much too slow) and
 * one assigned a week ahead. Written straight to the database: logging is another spec's business.
 */
export async function seedChartWorld() {
  const [coach, athlete] = await Promise.all([
    createUser("Coach", "COACH"),
    createUser("Runner", "ATHLETE"),
  ]);
  const squad = await createSquad({
    coach,
    name: `Chart squad ${athlete.name.split(" ").at(-1)}`,
    athletes: [{ name: athlete.name, user: athlete }],
  });
  const athleteId = squad.athleteIds[0]!;
  await addMark(athleteId, 1200, dayFromToday(-30));
  const session = { athleteId, squadId: squad.id, fiveKSeconds: 1200, createdById: coach.id };
  const loggedId = await createSession({
    ...session,
    day: dayFromToday(-7),
    result: {
      effort: 8,
      loggedById: athlete.id,
      laps: [
        ...repLaps(0, [96, 95.8, 96.4, 99.1]),
        jogLap(0, 193),
        ...repLaps(1, [94.1, 94.5, 94]),
        jogLap(1, 231),
        ...repLaps(2, [93, 92.6]),
        jogLap(2, 195),
        ...repLaps(3, [87.9]),
      ],
    },
  });
  const upcomingId = await createSession({ ...session, day: dayFromToday(7) });
  return {
    coachEmail: coach.email,
    athleteEmail: athlete.email,
    squadName: squad.name,
    loggedId,
    upcomingId,
    upcomingDate: dayFromToday(7),
  };
}
