import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDay, parseRows } from "@/lib/server/raw-rows";
import { coachSeenSinceSql } from "@/lib/server/activity/seen";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** Enough for a week of a large squad; the rest waits for "mark all seen". */
const LIMIT = 200;

export type NewsItem = {
  assignmentId: string;
  athleteName: string;
  date: string;
  /** A result arrived (logged by someone else) since the coach last saw the session. */
  result: boolean;
  /** Comments by others since then. */
  comments: number;
  /** The latest of them, ISO. */
  at: string;
};

const newsRow = z.object({
  assignmentId: z.string(),
  athleteName: z.string(),
  date: isoDay,
  result: z.boolean(),
  comments: z.number().int(),
  at: z.date(),
});

/**
 * For a coach of the squad (null otherwise): the sessions of its current athletes with a result
 * or comments that arrived since this coach last saw them, newest first. "Seen" is per coach:
 * opening the session, or "mark all seen" for the squad, or joining it (the later of those; see
 * lib/server/activity/seen.ts). What the coach wrote or logged themself is never news to them.
 * One statement after the authorization check, the coach's "seen" mark included (as
 * coachSeenSinceSql states it): at club scale the two ORM reads with their nested relations cost
 * the coach's home more in query building than in the database.
 */
export async function getSquadNews(viewer: Viewer | null, squadId: string) {
  if (!viewer || !(await canCoachSquad(viewer, squadId))) return null;
  const me = viewer.id;
  const inSquad = (alias: string) => Prisma.sql`
    JOIN "Assignment" a ON a.id = ${Prisma.raw(alias)}."assignmentId" AND a."squadId" = ${squadId}
    JOIN "AthleteProfile" p ON p.id = a."athleteId" AND p."removedAt" IS NULL`;
  const rows = await db().$queryRaw<unknown[]>`
    WITH seen AS MATERIALIZED (SELECT ${coachSeenSinceSql(me, squadId)} AS since),
    events AS (
      (SELECT r."assignmentId", r."createdAt" AS at, true AS result
       FROM "SessionResult" r ${inSquad("r")}
       WHERE r."createdAt" > (SELECT since FROM seen)
         AND (r."loggedById" IS NULL OR r."loggedById" <> ${me})
       ORDER BY r."createdAt" DESC LIMIT ${LIMIT})
      UNION ALL
      (SELECT c."assignmentId", c."createdAt", false
       FROM "Comment" c ${inSquad("c")}
       WHERE c."createdAt" > (SELECT since FROM seen) AND c."authorId" <> ${me}
       ORDER BY c."createdAt" DESC LIMIT ${LIMIT}))
    SELECT e."assignmentId", p.name AS "athleteName", a.date::text AS date,
      bool_or(e.result) AS result, (count(*) FILTER (WHERE NOT e.result))::int AS comments,
      max(e.at) AS at
    FROM events e
    JOIN "Assignment" a ON a.id = e."assignmentId"
    JOIN "AthleteProfile" p ON p.id = a."athleteId"
    LEFT JOIN "SessionRead" sr ON sr."userId" = ${me} AND sr."assignmentId" = e."assignmentId"
    WHERE sr."readAt" IS NULL OR e.at > sr."readAt"
    GROUP BY e."assignmentId", p.name, a.date
    ORDER BY max(e.at) DESC, e."assignmentId"`;
  const items: NewsItem[] = parseRows("squad news", newsRow, rows).map((row) => ({
    ...row,
    at: row.at.toISOString(),
  }));
  return { squadId, items };
}

export type SquadNews = NonNullable<Awaited<ReturnType<typeof getSquadNews>>>;
