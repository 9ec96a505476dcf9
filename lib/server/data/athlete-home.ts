import "server-only";
import { todayIn } from "@/lib/dates";
import { toSessionChartData } from "@/lib/review/session-chart-data";
import type { Viewer } from "@/lib/server/auth/session";
import { analyse, frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The viewer's home as an athlete: their next session's frozen targets and their last logged
 * session, charted and analysed. Null when the viewer is no current athlete of any squad they still
 * belong to (a coach's home has no athlete part). Only the athlete's own sessions, by
 * construction: every query filters on the viewer's own profiles and active memberships.
 * Five SQL statements (three queries, in parallel; the last one's result and laps are one
 * statement each), whatever the history's length.
 */
export async function getAthleteHome(viewer: Viewer | null) {
  if (!viewer) return null;
  const mine = {
    athlete: { userId: viewer.id, removedAt: null },
    squad: { deletedAt: null, memberships: { some: { userId: viewer.id, removedAt: null } } },
  };
  const [squads, next, last] = await Promise.all([
    // The squads where the viewer is a current athlete: also says whether they are one at all.
    db().squad.findMany({
      where: {
        deletedAt: null,
        memberships: { some: { userId: viewer.id, removedAt: null } },
        athletes: { some: { userId: viewer.id, removedAt: null } },
      },
      select: { id: true, name: true },
    }),
    db().assignment.findFirst({
      where: {
        ...mine,
        date: { gte: new Date(`${todayIn(viewer.timeZone)}T00:00:00Z`) },
        result: { is: null },
      },
      orderBy: [{ date: "asc" }, { id: "asc" }],
      select: { id: true, date: true, targets: true, squadId: true },
    }),
    db().assignment.findFirst({
      where: { ...mine, result: { isNot: null } },
      orderBy: [{ date: "desc" }, { id: "asc" }],
      select: {
        id: true,
        date: true,
        targets: true,
        squadId: true,
        result: {
          select: {
            status: true,
            laps: { select: { kind: true, repIndex: true, lapIndex: true, timeMs: true } },
          },
        },
      },
    }),
  ]);
  if (squads.length === 0) return null;
  // Relations are read as names from the squads query rather than joined per assignment: each
  // nested relation would cost Prisma another statement.
  const squadName = (id: string) => squads.find((squad) => squad.id === id)?.name ?? "";
  return {
    next: next
      ? {
          assignmentId: next.id,
          date: iso(next.date),
          squadName: squadName(next.squadId),
          prescription: frozenTargets(next.targets),
        }
      : null,
    last: last?.result
      ? lastSession({ ...last, squadName: squadName(last.squadId), result: last.result })
      : null,
  };
}

type LastRow = {
  id: string;
  date: Date;
  squadName: string;
  targets: unknown;
  result: { status: Parameters<typeof analyse>[2]; laps: Parameters<typeof analyse>[1] };
};

function lastSession(row: LastRow) {
  const { prescription, analysis } = analyse(row.targets, row.result.laps, row.result.status);
  return {
    assignmentId: row.id,
    date: iso(row.date),
    squadName: row.squadName,
    status: row.result.status,
    chartData: toSessionChartData(prescription, analysis),
    analysis,
    findings: analysis.findings,
  };
}

export type AthleteHome = NonNullable<Awaited<ReturnType<typeof getAthleteHome>>>;
