import "server-only";
import { isDay } from "@/lib/dates";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad, canSeeSquad } from "@/lib/server/authz";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

const DAY_MS = 86_400_000;

/**
 * Which assignments of a squad the viewer may time: a coach logs for every current athlete, an
 * athlete only for themself (canLogForAthlete's rule, as one query rather than one per row).
 */
async function loggableWhere(
  viewer: Viewer,
  squadId: string,
): Promise<Prisma.AssignmentWhereInput> {
  const coach = await canCoachSquad(viewer, squadId);
  return {
    squadId,
    athlete: { removedAt: null, ...(coach ? {} : { userId: viewer.id }) },
  };
}

const toDate = (day: string) => new Date(`${day}T00:00:00Z`);

/**
 * The sessions on one date that the viewer may time with the stopwatch (null: the squad is
 * hidden or missing), each with its frozen targets and whether it is already logged.
 */
export async function getStopwatchSessions(viewer: Viewer | null, squadId: string, date: string) {
  if (!viewer || !isDay(date) || !(await canSeeSquad(viewer, squadId))) return null;
  const [squad, rows] = await Promise.all([
    db().squad.findUniqueOrThrow({ where: { id: squadId }, select: { id: true, name: true } }),
    db().assignment.findMany({
      where: { ...(await loggableWhere(viewer, squadId)), date: toDate(date) },
      select: {
        id: true,
        targets: true,
        athlete: { select: { id: true, name: true } },
        result: { select: { id: true } },
      },
      orderBy: { athlete: { name: "asc" } },
    }),
  ]);
  return {
    squad,
    date,
    sessions: rows.map((a) => ({
      assignmentId: a.id,
      athleteId: a.athlete.id,
      name: a.athlete.name,
      logged: a.result !== null,
      prescription: frozenTargets(a.targets),
    })),
  };
}

export type StopwatchSessions = NonNullable<Awaited<ReturnType<typeof getStopwatchSessions>>>;
export type StopwatchSession = StopwatchSessions["sessions"][number];

/**
 * Dates within 90 days either side of `around` that have sessions the viewer may time, for the
 * date picker (null: the squad is hidden or missing).
 */
export async function listStopwatchDates(viewer: Viewer | null, squadId: string, around: string) {
  if (!viewer || !isDay(around) || !(await canSeeSquad(viewer, squadId))) return null;
  const centre = toDate(around).getTime();
  const rows = await db().assignment.findMany({
    where: {
      ...(await loggableWhere(viewer, squadId)),
      date: { gte: new Date(centre - 90 * DAY_MS), lte: new Date(centre + 90 * DAY_MS) },
    },
    select: { date: true },
    distinct: ["date"],
    orderBy: { date: "asc" },
  });
  return rows.map((r) => r.date.toISOString().slice(0, 10));
}
