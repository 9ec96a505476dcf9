import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { repContexts, type PastSession, type RepContext } from "@/lib/review/rep-context";
import { db } from "@/lib/server/db";

/** [assignmentId, date, each rep's time minus target or null], newest first. */
export const historyTuple = z.tuple([z.string(), z.string(), z.array(z.number().nullable())]);
export type HistoryTuple = z.infer<typeof historyTuple>;

/**
 * The athlete's earlier logged sessions of the same workout (template) as the assignment
 * aliased `a` that are their previous or their best on some rep, each rep reduced in SQL to its
 * time minus target (null unless every lap was timed, and null on a rep this session is neither
 * the previous nor the best on). Only those few sessions cross the wire. Each earlier session is
 * read from its result alone: the rep totals (repMs, repLaps: a trigger on Lap keeps them) and,
 * copied from its assignment, the athlete, workout, date, each rep's target and planned laps, so
 * the history is one index range per athlete. For a 60-athlete squad with two years of weekly
 * sessions the logged day's history went from 1.2 s (a lap-sum lookup per rep) to 0.2 s (a
 * grouped join of the laps) to 65 ms (rep totals) to 37 ms (docs/performance.md, "Rep history
 * beside the result"). "Best" is the closest to target, the later one on a tie, as
 * lib/review/rep-context.ts reads it.
 */
export const historyOf = (a: Prisma.Sql) => Prisma.sql`
  (SELECT coalesce(json_agg(json_build_array(k.id, k.date::text, k.deltas) ORDER BY k.date DESC),
                   '[]'::json)
   FROM (
     SELECT id, date, json_build_array(
         max(delta) FILTER (WHERE rep = 0), max(delta) FILTER (WHERE rep = 1),
         max(delta) FILTER (WHERE rep = 2), max(delta) FILTER (WHERE rep = 3)) AS deltas
     FROM (
       SELECT id, date, rep, delta,
         row_number() OVER (PARTITION BY rep ORDER BY date DESC) AS newest,
         row_number() OVER (PARTITION BY rep ORDER BY abs(delta), date DESC) AS closest
       FROM (
         SELECT hr."assignmentId" AS id, hr."sessionDate" AS date, (u.n - 1)::int AS rep,
           round((u.ms - u.target) / 1000.0, 2) AS delta
         FROM "SessionResult" hr
         CROSS JOIN LATERAL unnest(hr."repMs", hr."repLaps", hr."repTargetMs", hr."repPlannedLaps")
           WITH ORDINALITY AS u(ms, laps, target, planned, n)
         WHERE hr."sessionAthleteId" = ${a}."athleteId" AND hr."sessionTemplateId" = ${a}."templateId"
           AND hr."sessionDate" < ${a}.date
           AND u.laps = u.planned
         -- OFFSET 0 keeps this subquery apart, so the sorts below carry four narrow columns.
         OFFSET 0) per_rep) ranked
     WHERE newest = 1 OR closest = 1
     GROUP BY id, date) k)`;

export const pastSessions = (history: HistoryTuple[]): PastSession[] =>
  history.map(([assignmentId, date, deltas]) => ({
    assignmentId,
    date,
    deltas,
  }));

/** One session's reps in context: for the session page (one statement). */
export async function sessionRepContext(
  assignmentId: string,
  current: (number | null)[],
): Promise<RepContext[]> {
  const [row] = await db().$queryRaw<unknown[]>`
    SELECT ${historyOf(Prisma.sql`a`)} AS history FROM "Assignment" a WHERE a.id = ${assignmentId}`;
  const { history } = z.object({ history: z.array(historyTuple) }).parse(row);
  return repContexts(current, pastSessions(history));
}
