import { todayIn } from "@/lib/dates";
import "server-only";
import type { ResultStatus } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/server/auth/session";
import { canSeeAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

export type AthleteSessionRow = {
  id: string;
  /** "YYYY-MM-DD". */
  date: string;
  fiveKMs: number;
  units: "METRIC" | "IMPERIAL";
  status: ResultStatus | null;
};

/**
 * An athlete's assigned sessions, split into upcoming (today or later, soonest first) and past
 * (most recent first), with each one's logged status; null when the viewer may not see the
 * athlete (denied and missing alike).
 */
export async function listAthleteSessions(
  viewer: Viewer | null,
  athleteId: string,
): Promise<{ upcoming: AthleteSessionRow[]; past: AthleteSessionRow[] } | null> {
  if (!viewer || !(await canSeeAthlete(viewer, athleteId))) return null;
  const rows = await db().assignment.findMany({
    where: { athleteId },
    orderBy: { date: "asc" },
    select: {
      id: true,
      date: true,
      fiveKMs: true,
      units: true,
      result: { select: { status: true } },
    },
  });
  // Dates are calendar days stored at UTC midnight, so the viewer's day compares directly.
  const today = todayIn(viewer.timeZone);
  const all = rows.map((r) => ({
    id: r.id,
    date: r.date.toISOString().slice(0, 10),
    fiveKMs: r.fiveKMs,
    units: r.units,
    status: r.result?.status ?? null,
  }));
  return {
    upcoming: all.filter((r) => r.date >= today && r.status === null),
    past: all.filter((r) => r.date < today || r.status !== null).reverse(),
  };
}
