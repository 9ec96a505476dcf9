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
 * the previous nor the best on). Only those few sessions cross the wire, and the laps are summed
 * in one grouped join rather than a lookup per rep: for a 60-athlete squad with two years of
 * weekly sessions the dashboard's grid went from 1.2 s to about 0.2 s (docs/performance.md).
 * "Best" is the closest to target, the later one on a tie, as lib/review/rep-context.ts reads it.
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
         SELECT h.id, h.date, l."repIndex" AS rep,
           round(sum(l."timeMs") / 1000.0
             - (h.targets->'reps'->l."repIndex"->>'targetSeconds')::numeric, 2) AS delta
         FROM "Assignment" h
         JOIN "SessionResult" hr ON hr."assignmentId" = h.id
         JOIN "Lap" l ON l."resultId" = hr.id AND l.kind = 'REP'
         WHERE h."athleteId" = ${a}."athleteId" AND h."templateId" = ${a}."templateId"
           AND h.date < ${a}.date
         GROUP BY h.id, h.date, l."repIndex", h.targets
         HAVING count(*) = (h.targets->'reps'->l."repIndex"->>'laps')::int) per_rep) ranked
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
