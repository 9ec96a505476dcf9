import "server-only";
import type { ResultStatus } from "@/lib/generated/prisma/enums";
import { todayIn } from "@/lib/dates";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { recalibrate } from "@/lib/pacing";
import { gridReps, type GridRep } from "@/lib/review/squad-grid";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad } from "@/lib/server/authz";
import { predictionOf } from "@/lib/server/results/analysis";
import { reviewKey, reviewsOf } from "@/lib/server/results/reviews";
import { historyOf, historyTuple, pastSessions } from "@/lib/server/results/rep-history";
import { repContexts, type RepContext } from "@/lib/review/rep-context";
import { db } from "@/lib/server/db";
import { isoDay, parseRows, resultStatus } from "@/lib/server/raw-rows";

// The rows of the statement below, checked as they arrive: a changed column fails here.
// A session comes with its review key: targets and laps are read only for sessions not reviewed
// before (lib/server/results/reviews.ts).
const session = {
  assignmentId: z.string(),
  athleteId: z.string(),
  name: z.string(),
  key: z.string(),
};
const waitingRow = z.object({
  ...session,
  date: isoDay,
});

export const overviewRow = z.object({
  id: z.string(),
  name: z.string(),
  units: z.enum(["METRIC", "IMPERIAL"]),
  predictionModel: z.enum(["RIEGEL", "DANIELS", "CAMERON", "PURDY"]),
  riegelExponent: z.number(),
  date: isoDay.nullable(),
  sessionDates: z.array(isoDay),
  upcoming: z.array(z.object({ date: isoDay, names: z.array(z.string()) })),
  rows: z.array(
    z.object({
      ...session,
      status: resultStatus.nullable(),
      history: z.array(historyTuple),
    }),
  ),
  waiting: z.array(waitingRow),
});

/** A logged result older than this asks nothing any more: the next session says more. */
const RECALIBRATION_WEEKS = 8;
const UPCOMING_DATES = 3;

// Joined by primary key row by row: the rows are one day's or a few weeks' sessions, never years.
const current = (assignment: string) => Prisma.sql`
  JOIN "AthleteProfile" p ON p.id = ${Prisma.raw(assignment)}."athleteId" AND p."removedAt" IS NULL`;

/**
 * One statement for everything about the chosen day: the squad, its session dates (for the
 * picker), the next few dates ahead, every current athlete's session that day with its result,
 * and the 5K suggestions waiting for an answer. Without a date: the latest session day up to today, else the first one ahead. The
 * dates are read by skipping down the (squadId, date) index, one probe per date, so years of
 * history cost well under a millisecond; a day whose athletes have all left the squad stays in
 * the picker and shows empty.
 */
async function overview(squadId: string, date: string | null, today: string) {
  const rows = await db().$queryRaw<unknown[]>`
    WITH RECURSIVE skip AS (
      (SELECT date FROM "Assignment" WHERE "squadId" = ${squadId} ORDER BY date DESC LIMIT 1)
      UNION ALL
      SELECT (SELECT a.date FROM "Assignment" a WHERE a."squadId" = ${squadId} AND a.date < skip.date
              ORDER BY a.date DESC LIMIT 1)
      FROM skip WHERE skip.date IS NOT NULL),
    dates AS MATERIALIZED (SELECT date FROM skip WHERE date IS NOT NULL),
    chosen AS MATERIALIZED (SELECT coalesce(${date}::date,
      (SELECT max(date) FROM dates WHERE date <= ${today}::date),
      (SELECT min(date) FROM dates WHERE date > ${today}::date)) AS d)
    SELECT s.id, s.name, s.units::text AS units, s."predictionModel"::text AS "predictionModel",
      s."riegelExponent", (SELECT d::text FROM chosen) AS date,
      (SELECT coalesce(json_agg(date::text ORDER BY date DESC), '[]'::json) FROM dates)
        AS "sessionDates",
      (SELECT coalesce(json_agg(u ORDER BY u.date), '[]'::json) FROM (
         SELECT a.date::text AS date, json_agg(p.name ORDER BY p.name) AS names
         FROM "Assignment" a ${current("a")}
         WHERE a."squadId" = ${squadId} AND a.date > ${today}::date
           AND a.date IN (SELECT date FROM dates WHERE date > ${today}::date
                          ORDER BY date LIMIT ${UPCOMING_DATES})
         GROUP BY a.date) u) AS upcoming,
      (SELECT coalesce(json_agg(g ORDER BY g.name, g."athleteId"), '[]'::json) FROM (
         SELECT a.id AS "assignmentId", a."athleteId", p.name, ${reviewKey("a", "r")} AS key,
           r.status::text AS status,
           CASE WHEN r.id IS NULL THEN '[]'::json ELSE ${historyOf(Prisma.sql`a`)} END AS history
         FROM "Assignment" a ${current("a")}
         LEFT JOIN "SessionResult" r ON r."assignmentId" = a.id
         WHERE a."squadId" = ${squadId} AND a.date = (SELECT d FROM chosen)) g) AS rows,
      -- Each athlete's latest logged session of the last weeks, when the coach has not answered
      -- it: the latest is picked on narrow rows first.
      (SELECT coalesce(json_agg(w ORDER BY w.date DESC, w.name), '[]'::json) FROM (
         SELECT a.id AS "assignmentId", a."athleteId", p.name, a.date::text AS date,
           ${reviewKey("a", "r")} AS key
         FROM (
           SELECT DISTINCT ON (a."athleteId") a.id, r.id AS "resultId", r."recalibrationDecision"
           FROM "Assignment" a JOIN "SessionResult" r ON r."assignmentId" = a.id
           WHERE a."squadId" = ${squadId} AND a.date <= ${today}::date
             AND a.date > ${today}::date - ${RECALIBRATION_WEEKS * 7}::int
           ORDER BY a."athleteId", a.date DESC) latest
         JOIN "Assignment" a ON a.id = latest.id ${current("a")}
         JOIN "SessionResult" r ON r.id = latest."resultId"
         WHERE latest."recalibrationDecision" IS NULL) w) AS waiting
    FROM "Squad" s WHERE s.id = ${squadId}`;
  return parseRows("squad dashboard overview", overviewRow, rows);
}

export type DashboardRow = {
  athlete: { id: string; name: string };
  assignmentId: string;
  status: "logged" | "not logged" | "missed";
  result: ResultStatus | null;
  reps: GridRep[];
  /** Each rep beside the athlete's last and best on it; null until the session is logged. */
  context: RepContext[] | null;
};

/**
 * The coach's home for one squad: the squad x rep grid of one session date, who has not logged,
 * what is assigned next and the 5K suggestions waiting for an answer. Coaches only (null
 * otherwise). A constant number of round trips whatever the squad or its history: the
 * authorization check, one statement, and one more for the sessions whose review is not kept
 * from an earlier visit; the analysis runs here, in JS, once per session content.
 */
export async function getSquadDashboard(viewer: Viewer | null, squadId: string, date?: string) {
  if (!viewer || !(await canCoachSquad(viewer, squadId))) return null;
  const today = todayIn(viewer.timeZone);
  const [found] = await overview(squadId, date ?? null, today);
  if (!found) return null;
  const { waiting } = found;
  // An athlete's latest session is often the day on the grid: one review serves both.
  const reviews = await reviewsOf(squadId, [...found.rows, ...waiting]);
  const prediction = predictionOf(found);
  const missed = found.date !== null && found.date < today;
  const rows = found.rows.flatMap((a): DashboardRow[] => {
    const review = reviews.get(a.assignmentId);
    if (!review) return [];
    const { prescription, analysis } = review;
    return [
      {
        athlete: { id: a.athleteId, name: a.name },
        assignmentId: a.assignmentId,
        status: a.status ? "logged" : missed ? "missed" : "not logged",
        result: a.status,
        reps: gridReps(prescription, analysis),
        context: analysis
          ? repContexts(
              analysis.reps.map((r) => r.deltaSeconds),
              pastSessions(a.history),
            )
          : null,
      },
    ];
  });
  return {
    squad: { id: found.id, name: found.name, units: found.units },
    date: found.date,
    today,
    sessionDates: found.sessionDates,
    units: found.rows[0]
      ? (reviews.get(found.rows[0].assignmentId)?.prescription.units ?? null)
      : null,
    rows,
    notLogged: rows.filter((r) => r.status !== "logged").map((r) => r.athlete),
    upcoming: found.upcoming.map((u) => ({ date: u.date, count: u.names.length, names: u.names })),
    recalibrations: waiting.flatMap((w) => {
      const analysis = reviews.get(w.assignmentId)?.analysis;
      if (!analysis) return [];
      // The same reading as the session page and the decide-recalibration action: one session.
      const { kind, suggestedFiveKSeconds, currentFiveKSeconds, reason, model } = recalibrate(
        [analysis],
        { prediction },
      );
      if ((kind !== "faster" && kind !== "slower") || suggestedFiveKSeconds === undefined)
        return [];
      const athlete = { id: w.athleteId, name: w.name };
      const { assignmentId } = w;
      return [
        {
          athlete,
          date: w.date,
          assignmentId,
          kind,
          reason,
          model,
          currentFiveKSeconds,
          suggestedFiveKSeconds,
        },
      ];
    }),
  };
}

export type SquadDashboard = NonNullable<Awaited<ReturnType<typeof getSquadDashboard>>>;
