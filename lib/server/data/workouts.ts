import "server-only";
import { workoutName } from "@/lib/devices/workout-text";
import { msToSeconds, prescribeStepDown, type Prescription } from "@/lib/pacing";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad, canSeeAssignment, canSeeAthlete } from "@/lib/server/authz";
import { currentMarks } from "@/lib/server/results/current-marks";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

export type Workout = { name: string; prescription: Prescription };

const iso = (d: Date) => d.toISOString().slice(0, 10);
const unitsOf = (units: "METRIC" | "IMPERIAL") => (units === "METRIC" ? "metric" : "imperial");

/**
 * One assigned session's workout, with the targets frozen at assignment (not recomputed from
 * today's 5K): for whoever may see the session, null for everyone else and for a missing one.
 */
export async function getSessionWorkout(viewer: Viewer | null, assignmentId: string) {
  if (!(await canSeeAssignment(viewer, assignmentId))) return null;
  const a = await db().assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      id: true,
      date: true,
      targets: true,
      updatedAt: true,
      athlete: { select: { name: true } },
      squad: { select: { name: true, startTime: true } },
    },
  });
  const prescription = frozenTargets(a.targets);
  const date = iso(a.date);
  return {
    assignmentId: a.id,
    date,
    updatedAt: a.updatedAt,
    athleteName: a.athlete.name,
    squadName: a.squad.name,
    startTime: a.squad.startTime,
    name: workoutName(prescription.fiveKSeconds, date),
    prescription,
  };
}

/**
 * An athlete's workout from their current 5K, for whoever may see the athlete (null: denied or
 * missing). `workout` is null while the athlete has no 5K time.
 */
export async function getCurrentWorkout(viewer: Viewer | null, athleteId: string) {
  if (!(await canSeeAthlete(viewer, athleteId))) return null;
  const [athlete, marks] = await Promise.all([
    db().athleteProfile.findUniqueOrThrow({
      where: { id: athleteId },
      select: { name: true, squad: { select: { units: true } } },
    }),
    currentMarks([athleteId]),
  ]);
  const mark = marks.get(athleteId);
  const workout: Workout | null = mark
    ? {
        name: workoutName(msToSeconds(mark.timeMs)),
        prescription: prescribeStepDown({
          fiveKSeconds: msToSeconds(mark.timeMs),
          units: unitsOf(athlete.squad.units),
        }),
      }
    : null;
  return { athleteName: athlete.name, workout };
}

/** Every athlete's workout for one date of a squad, for its coaches (null for anyone else). */
export async function getSquadWorkouts(viewer: Viewer | null, squadId: string, date: string) {
  if (!(await canCoachSquad(viewer, squadId))) return null;
  const [squad, assignments] = await Promise.all([
    db().squad.findUniqueOrThrow({ where: { id: squadId }, select: { name: true } }),
    db().assignment.findMany({
      where: { squadId, date: new Date(`${date}T00:00:00Z`), athlete: { removedAt: null } },
      orderBy: [{ athlete: { name: "asc" } }, { id: "asc" }],
      select: { targets: true, athlete: { select: { name: true } } },
    }),
  ]);
  return {
    squadName: squad.name,
    date,
    workouts: assignments.map((a) => {
      const prescription = frozenTargets(a.targets);
      return {
        athleteName: a.athlete.name,
        name: workoutName(prescription.fiveKSeconds, date),
        prescription,
      };
    }),
  };
}
