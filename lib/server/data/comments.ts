import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/server/auth/session";
import { coachSeenSince, latest } from "@/lib/server/activity/seen";
import { canCoachSquad, canComment, canReadComments } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { parseRows } from "@/lib/server/raw-rows";

const conversationRow = z.object({
  squadId: z.string(),
  athleteUserId: z.string().nullable(),
  readAt: z.date().nullable(),
  comments: z.array(
    z.object({
      id: z.string(),
      body: z.string(),
      authorId: z.string(),
      author: z.string(),
      // Timestamps inside JSON arrive as text: stored in UTC, read back with their offset.
      createdAt: z.coerce.date(),
      hiddenAt: z.coerce.date().nullable(),
    }),
  ),
});

/**
 * A session's conversation as the viewer may see it (null: denied or missing), oldest first.
 * Only the athlete and the squad's coaches get it (lib/server/authz.ts, canReadComments). A
 * comment hidden by a coach keeps its text for its author and the coaches; the athlete sees that
 * it was hidden. `isNew`: written by someone else since the viewer last opened the session (for a
 * coach, also since their "mark all seen" on the squad).
 */
export async function getConversation(viewer: Viewer | null, assignmentId: string) {
  if (!viewer || !(await canReadComments(viewer, assignmentId))) return null;
  // One statement (the ORM's nested read was five, one after another, on every session page).
  const [a] = parseRows(
    "conversation",
    conversationRow,
    await db().$queryRaw<unknown[]>`
      SELECT a."squadId", p."userId" AS "athleteUserId",
        (SELECT sr."readAt" FROM "SessionRead" sr
         WHERE sr."assignmentId" = a.id AND sr."userId" = ${viewer.id}) AS "readAt",
        (SELECT coalesce(json_agg(json_build_object(
             'id', c.id, 'body', c.body, 'authorId', c."authorId", 'author', u.name,
             'createdAt', c."createdAt" AT TIME ZONE 'UTC',
             'hiddenAt', c."hiddenAt" AT TIME ZONE 'UTC') ORDER BY c."createdAt", c.id), '[]'::json)
         FROM "Comment" c JOIN "User" u ON u.id = c."authorId"
         WHERE c."assignmentId" = a.id) AS comments
      FROM "Assignment" a JOIN "AthleteProfile" p ON p.id = a."athleteId"
      WHERE a.id = ${assignmentId}`,
  );
  if (!a) return null;
  const [isCoach, canPost] = await Promise.all([
    canCoachSquad(viewer, a.squadId),
    canComment(viewer, assignmentId),
  ]);
  // What canHideComment allows: a coach, while the athlete is current (a former athlete's
  // history is read-only), which is when a coach may post.
  const canHide = isCoach && canPost;
  const seen = latest(a.readAt, isCoach ? await coachSeenSince(viewer.id, a.squadId) : null);
  const comments = a.comments.map((c) => {
    const mine = c.authorId === viewer.id;
    const hidden = c.hiddenAt !== null;
    const body = hidden && !mine && !isCoach ? null : c.body;
    return {
      id: c.id,
      author: c.author,
      byAthlete: c.authorId === a.athleteUserId,
      mine,
      body,
      hidden,
      createdAt: c.createdAt.toISOString(),
      isNew: !mine && body !== null && (!seen || c.createdAt > seen),
      canDelete: mine && canPost,
      canHide,
    };
  });
  return { assignmentId, canPost, comments };
}

export type Conversation = NonNullable<Awaited<ReturnType<typeof getConversation>>>;
export type ConversationComment = Conversation["comments"][number];

/** How far back the homes look for unread comments: older ones are history, not news. */
const UNREAD_LIMIT = 200;

/**
 * The viewer's own sessions (as an athlete of a squad they still belong to) with comments from
 * the coaches they have not read yet, newest first: the athlete's home lists them.
 */
export async function listUnreadComments(viewer: Viewer | null) {
  if (!viewer) return [];
  const comments = await db().comment.findMany({
    where: {
      authorId: { not: viewer.id },
      hiddenAt: null,
      assignment: {
        athlete: {
          userId: viewer.id,
          removedAt: null,
          squad: {
            deletedAt: null,
            memberships: { some: { userId: viewer.id, removedAt: null, role: "ATHLETE" } },
          },
        },
      },
    },
    orderBy: { createdAt: "desc" },
    take: UNREAD_LIMIT,
    select: {
      createdAt: true,
      author: { select: { name: true } },
      assignment: {
        select: {
          id: true,
          date: true,
          squad: { select: { name: true } },
          reads: { where: { userId: viewer.id }, select: { readAt: true } },
        },
      },
    },
  });
  const bySession = new Map<string, UnreadSession>();
  for (const c of comments) {
    const readAt = c.assignment.reads[0]?.readAt;
    if (readAt && c.createdAt <= readAt) continue;
    const line = bySession.get(c.assignment.id);
    if (line) line.count += 1;
    else
      bySession.set(c.assignment.id, {
        assignmentId: c.assignment.id,
        date: c.assignment.date.toISOString().slice(0, 10),
        squadName: c.assignment.squad.name,
        count: 1,
        lastAuthor: c.author.name,
        lastAt: c.createdAt.toISOString(),
      });
  }
  return [...bySession.values()];
}

export type UnreadSession = {
  assignmentId: string;
  date: string;
  squadName: string;
  count: number;
  lastAuthor: string;
  lastAt: string;
};
