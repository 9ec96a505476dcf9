import "server-only";
import type { Viewer } from "@/lib/server/auth/session";
import { coachSeenSince } from "@/lib/server/activity/seen";
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

/**
 * For a coach of the squad (null otherwise): the sessions of its current athletes with a result
 * or comments that arrived since this coach last saw them, newest first. "Seen" is per coach:
 * opening the session, or "mark all seen" for the squad (lib/server/activity/seen.ts). What the
 * coach wrote or logged themself is never news to them.
 */
export async function getSquadNews(viewer: Viewer | null, squadId: string) {
  if (!viewer || !(await canCoachSquad(viewer, squadId))) return null;
  const since = await coachSeenSince(viewer.id, squadId);
  const assignment = {
    select: {
      id: true,
      date: true,
      athlete: { select: { name: true } },
      reads: { where: { userId: viewer.id }, select: { readAt: true } },
    },
  } as const;
  const current = { squadId, athlete: { removedAt: null } };
  const [results, comments] = await Promise.all([
    db().sessionResult.findMany({
      where: {
        createdAt: { gt: since },
        OR: [{ loggedById: null }, { loggedById: { not: viewer.id } }],
        assignment: current,
      },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
      select: { createdAt: true, assignment },
    }),
    db().comment.findMany({
      where: { createdAt: { gt: since }, authorId: { not: viewer.id }, assignment: current },
      orderBy: { createdAt: "desc" },
      take: LIMIT,
      select: { createdAt: true, assignment },
    }),
  ]);
  const items = new Map<string, NewsItem>();
  const add = (row: (typeof results)[number], kind: "result" | "comment") => {
    const readAt = row.assignment.reads[0]?.readAt;
    if (readAt && row.createdAt <= readAt) return;
    const at = row.createdAt.toISOString();
    const item = items.get(row.assignment.id) ?? {
      assignmentId: row.assignment.id,
      athleteName: row.assignment.athlete.name,
      date: row.assignment.date.toISOString().slice(0, 10),
      result: false,
      comments: 0,
      at,
    };
    if (kind === "result") item.result = true;
    else item.comments += 1;
    if (at > item.at) item.at = at;
    items.set(row.assignment.id, item);
  };
  for (const r of results) add(r, "result");
  for (const c of comments) add(c, "comment");
  return {
    squadId,
    items: [...items.values()].sort((x, y) => (x.at < y.at ? 1 : x.at > y.at ? -1 : 0)),
  };
}

export type SquadNews = NonNullable<Awaited<ReturnType<typeof getSquadNews>>>;
