import "server-only";
import { todayIn } from "@/lib/dates";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad } from "@/lib/server/authz";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dbDate = (day: string) => new Date(`${day}T00:00:00Z`);
/** Session dates offered to choose from, newest first. */
const DATES = 60;

/**
 * What the coach's squad import needs for one session date: the squad's sessions that day (each
 * athlete's targets, whether it is logged) and, per athlete, the device they last imported from,
 * to suggest who a file belongs to. Coaches of the squad only (null otherwise: the page 404s).
 * Without a date, the latest session date up to today (else the next one) is taken.
 */
export async function getSquadImport(viewer: Viewer | null, squadId: string, asked?: string) {
  if (!viewer || !(await canCoachSquad(viewer, squadId))) return null;
  const where = { squadId, athlete: { removedAt: null } };
  const [squad, dates] = await Promise.all([
    db().squad.findUniqueOrThrow({
      where: { id: squadId },
      select: { id: true, name: true, units: true },
    }),
    db().assignment.groupBy({ by: ["date"], where, orderBy: { date: "desc" }, take: DATES }),
  ]);
  const sessionDates = dates.map((d) => iso(d.date));
  const today = todayIn(viewer.timeZone);
  const date = asked ?? sessionDates.find((d) => d <= today) ?? sessionDates.at(-1) ?? today;
  const rows = await db().assignment.findMany({
    where: { ...where, date: dbDate(date) },
    orderBy: { athlete: { name: "asc" } },
    select: {
      id: true,
      targets: true,
      result: { select: { id: true } },
      athlete: {
        select: {
          id: true,
          name: true,
          // The device of the athlete's latest import, to recognise their watch's next file.
          assignments: {
            where: { result: { importDevice: { not: null } } },
            orderBy: { date: "desc" },
            take: 1,
            select: { result: { select: { importDevice: true } } },
          },
        },
      },
    },
  });
  return {
    squad,
    date,
    sessionDates,
    rows: rows.map((a) => ({
      assignmentId: a.id,
      athleteId: a.athlete.id,
      name: a.athlete.name,
      logged: a.result !== null,
      lastDevice: a.athlete.assignments[0]?.result?.importDevice ?? null,
      prescription: frozenTargets(a.targets),
    })),
  };
}

export type SquadImport = NonNullable<Awaited<ReturnType<typeof getSquadImport>>>;
export type SquadImportRow = SquadImport["rows"][number];
