import "server-only";
import type { Viewer } from "@/lib/server/auth/session";
import {
  canCoachAssignment,
  canLogAssignment,
  canSeeAthleteNotes,
  visibleAssignmentsWhere,
} from "@/lib/server/authz";
import { analyse, frozenTargets, predictionOf, unpackLaps } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";
import { sessionRepContext } from "@/lib/server/results/rep-history";

/**
 * One assigned session as the viewer may see it (null: denied or missing): the frozen target
 * card, the logged result with its laps, the analysis and the recalibration suggestion. A
 * teammate (where the squad shares results) gets no notes and no idempotency key: the notes are
 * written for the coach, and the key belongs to the device that logged the result.
 */
export async function getSession(viewer: Viewer | null, assignmentId: string) {
  // Authorization is part of the read (authz's where clause): denied and missing both give null.
  const a = await db().assignment.findFirst({
    where: { AND: [{ id: assignmentId }, visibleAssignmentsWhere(viewer)] },
    select: {
      id: true,
      date: true,
      units: true,
      fiveKMs: true,
      targets: true,
      athlete: { select: { id: true, name: true, squad: { select: { id: true, name: true } } } },
      squad: { select: { predictionModel: true, riegelExponent: true } },
      result: {
        select: {
          status: true,
          effort: true,
          notes: true,
          version: true,
          idempotencyKey: true,
          recalibrationDecision: true,
          updatedAt: true,
          source: true,
          loggedBy: { select: { name: true } },
          // The laps as kept beside the result (a trigger on Lap): one statement fewer.
          lapsPacked: true,
        },
      },
    },
  });
  if (!a) return null;
  // Together: they share their lookups within the request (authz's cache()), and run while the
  // session is analysed and its reps are put in context.
  const checks = Promise.all([
    canSeeAthleteNotes(viewer, a.athlete.id),
    canLogAssignment(viewer, assignmentId),
    canCoachAssignment(viewer, assignmentId),
  ]);
  const stored = a.result ? withLaps(a.result) : null;
  const review = stored
    ? analyse(a.targets, stored.laps, stored.status, predictionOf(a.squad))
    : null;
  // Each rep beside the athlete's last and best on it (the session page's "In context").
  const [[ownOrCoach, canLog, canCoach], repContext] = await Promise.all([
    checks,
    review
      ? sessionRepContext(
          a.id,
          review.analysis.reps.map((r) => r.deltaSeconds),
        )
      : null,
  ]);
  const result = stored
    ? {
        ...stored,
        notes: ownOrCoach ? stored.notes : null,
        idempotencyKey: ownOrCoach ? stored.idempotencyKey : null,
        loggedBy: stored.loggedBy?.name ?? null,
      }
    : null;
  const prescription = review?.prescription ?? frozenTargets(a.targets);
  return {
    id: a.id,
    date: a.date.toISOString().slice(0, 10),
    units: a.units,
    fiveKMs: a.fiveKMs,
    athlete: a.athlete,
    prescription,
    result,
    analysis: review?.analysis ?? null,
    recalibration: review?.recalibration ?? null,
    repContext,
    canLog,
    canCoach,
  };
}

/** A result with its laps unpacked from the column a trigger keeps beside it. */
function withLaps<T extends { lapsPacked: number[] }>({ lapsPacked, ...rest }: T) {
  return { ...rest, laps: unpackLaps(lapsPacked) };
}

export type SessionView = NonNullable<Awaited<ReturnType<typeof getSession>>>;
