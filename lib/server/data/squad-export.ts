import "server-only";
import type { ExportSession } from "@/lib/review/results-csv";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad } from "@/lib/server/authz";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

/**
 * Every logged session of a squad, oldest first, for the coaches' CSV export (null: not a coach
 * of it, or no such squad). Former athletes are included: the squad keeps their history.
 * A few statements whatever the history's length (Prisma reads each relation in one query).
 */
export async function getSquadResults(viewer: Viewer | null, squadId: string) {
  if (!(await canCoachSquad(viewer, squadId))) return null;
  const [squad, assignments] = await Promise.all([
    db().squad.findUniqueOrThrow({ where: { id: squadId }, select: { name: true } }),
    db().assignment.findMany({
      where: { squadId, result: { isNot: null } },
      orderBy: [{ date: "asc" }, { athlete: { name: "asc" } }, { id: "asc" }],
      select: {
        date: true,
        units: true,
        targets: true,
        athlete: { select: { name: true } },
        result: {
          select: {
            status: true,
            effort: true,
            laps: { select: { kind: true, repIndex: true, lapIndex: true, timeMs: true } },
          },
        },
      },
    }),
  ]);
  const sessions: ExportSession[] = assignments.flatMap((a) =>
    a.result
      ? [
          {
            date: a.date.toISOString().slice(0, 10),
            athlete: a.athlete.name,
            units: a.units === "METRIC" ? "metric" : "imperial",
            prescription: frozenTargets(a.targets),
            status: a.result.status,
            effort: a.result.effort,
            laps: a.result.laps,
          },
        ]
      : [],
  );
  return { squadName: squad.name, sessions };
}
