import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

/**
 * What a user has already seen. Opening a session records when (SessionRead): its comments and
 * result from before then are read. A coach's "mark all seen" on a squad (SquadVisit) does the
 * same for every session of the squad at once, and so does joining it: a new coach is not handed
 * the squad's whole history as "new". Each coach keeps their own marks (docs/security.md).
 */
export async function coachSeenSince(userId: string, squadId: string): Promise<Date> {
  const [row] = await db().$queryRaw<{ since: Date }[]>`
    SELECT ${coachSeenSinceSql(userId, squadId)} AS since`;
  return row?.since ?? new Date(0);
}

/**
 * coachSeenSince as an SQL expression, for a statement that needs the mark inside it (the squad
 * news): the same rule in one place. greatest() skips a missing mark, as latest() below does;
 * with neither, everything is new (the epoch).
 */
export const coachSeenSinceSql = (userId: string, squadId: string) => Prisma.sql`
  coalesce(greatest(
    (SELECT v."seenAt" FROM "SquadVisit" v WHERE v."userId" = ${userId} AND v."squadId" = ${squadId}),
    (SELECT m."createdAt" FROM "Membership" m
     WHERE m."squadId" = ${squadId} AND m."userId" = ${userId})), 'epoch'::timestamp)`;

/** The later of two moments, either possibly unknown. */
export function latest(a: Date | null | undefined, b: Date | null | undefined): Date | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return a > b ? a : b;
}

/**
 * Records that the user opened the session at `openedAt` (taken before its comments were read,
 * so one posted meanwhile stays unread). One statement, so two tabs opening it at once cannot
 * collide, and a mark never moves back. Called by the session page after the viewer's access was
 * checked: a read receipt, not a change anyone else sees, hence no server action.
 */
export async function markSessionRead(userId: string, assignmentId: string, openedAt: Date) {
  await db().$executeRaw`
    INSERT INTO "SessionRead" ("userId", "assignmentId", "readAt")
    VALUES (${userId}, ${assignmentId}, ${openedAt})
    ON CONFLICT ("userId", "assignmentId")
    DO UPDATE SET "readAt" = GREATEST("SessionRead"."readAt", EXCLUDED."readAt")`;
}
