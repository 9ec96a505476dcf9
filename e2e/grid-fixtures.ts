import { testDb } from "./db-fixtures";
import {
  addAthlete,
  addMark,
  createSession,
  createSquad,
  dayFromToday,
  lastSegment,
  metricTargets,
  shiftedLaps,
} from "./factories";

/**
 * The squad dashboard's world, straight in the database (assigning and logging are other specs'
 * business): five athletes on a 20:00 5K with a session three days ago (one fast with a 5K
 * suggestion waiting, one slow whose suggestion was dismissed, two on target, one not logged),
 * an older session everyone logged, two dates ahead, and a second squad with no sessions.
 */
export const GRID_ATHLETES = ["Ada Fast", "Ben Slow", "Cleo Even", "Dev Even", "Eli Missing"];

export { dayFromToday };

export const GRID_DATES = {
  recent: dayFromToday(-3),
  older: dayFromToday(-31),
  next: dayFromToday(4),
  later: dayFromToday(11),
};

const TARGETS = metricTargets(20 * 60);

export async function seedGrid(squadUrl: string, coachEmail: string, emptySquadName: string) {
  const squadId = lastSegment(squadUrl);
  const coach = await testDb().user.findUniqueOrThrow({
    where: { email: coachEmail },
    select: { id: true, email: true, name: true },
  });
  /** A session on `day`; logged `shift` seconds a lap off target when a shift is given. */
  const assign = (athleteId: string, day: string, shift?: number, dismissed = false) =>
    createSession({
      athleteId,
      squadId,
      day,
      createdById: coach.id,
      result:
        shift === undefined
          ? undefined
          : {
              loggedById: coach.id,
              recalibrationDecision: dismissed ? "DISMISSED" : null,
              laps: shiftedLaps(TARGETS, shift),
            },
    });
  const ids: Record<string, string> = {};
  for (const [i, name] of GRID_ATHLETES.entries()) {
    const athleteId = await addAthlete(squadId, name);
    await addMark(athleteId, 1200, GRID_DATES.older);
    // The older session is "decided" for everyone, so only the recent one can ask anything.
    await assign(athleteId, GRID_DATES.older, 0, true);
    const shift = [-3, 3, 0, 0, undefined][i];
    ids[name] = await assign(athleteId, GRID_DATES.recent, shift, name === "Ben Slow");
    await assign(athleteId, GRID_DATES.next);
    if (i < 3) await assign(athleteId, GRID_DATES.later);
  }
  const empty = await createSquad({
    coach: { ...coach, email: coach.email! },
    name: emptySquadName,
  });
  return { squadId, emptySquadId: empty.id, assignmentIds: ids };
}
