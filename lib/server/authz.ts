import "server-only";
import { cache } from "react";
import { z } from "zod";
import type { MembershipRole, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { parseRows } from "@/lib/server/raw-rows";

/**
 * The one place that answers "may this user see / change this squad, athlete, assignment, result,
 * invitation?". Every page, action and route asks here. Each answer is false for objects that do
 * not exist, so callers turn both into the same 404 and ids cannot be probed.
 *
 * Rules: squad members (coaches and athletes with an active membership) see the squad; coaches
 * see and change its athletes and their sessions; the head coach also manages coaches and deletes
 * the squad; an athlete sees, logs and edits their own results. Teammates' results are private
 * (many squads are minors) unless a coach turns on the squad's shareResults: then an athlete also
 * sees teammates' sessions and progress, never the notes meant for the coach. Removed members see
 * nothing.
 * A removed athlete's history is kept for the squad's records: its coaches still see it, read-only
 * (nobody changes it), and may restore an athlete without a login, whom nobody else can bring back.
 */
type Who = { id: string } | null;

const COACH_ROLES: MembershipRole[] = ["HEAD_COACH", "COACH"];
const roleRow = z.object({ role: z.enum(["HEAD_COACH", "COACH", "ATHLETE"]) });
const athleteRow = z.object({
  squadId: z.string(),
  userId: z.string().nullable(),
  removedAt: z.date().nullable(),
});

/*
 * The row lookups behind the checks are wrapped in React's cache(), keyed by ids: a page asks
 * several checks about the same squad, athlete or assignment (and its layout asks again), and
 * within one server render each row is read once (docs/performance.md). Outside a render (tests,
 * scripts) cache() calls straight through, so nothing is ever answered from a stale row there.
 */
const membershipRole = cache(async (userId: string, squadId: string) => {
  // One statement: the ORM's nested select was two round trips (membership, then squad) plus
  // its query compilation, ahead of everything else on every squad page (docs/performance.md).
  const rows = await db().$queryRaw<unknown[]>`
    SELECT m.role::text AS role
    FROM "Membership" m JOIN "Squad" s ON s.id = m."squadId" AND s."deletedAt" IS NULL
    WHERE m."squadId" = ${squadId} AND m."userId" = ${userId} AND m."removedAt" IS NULL`;
  return parseRows("membership role", roleRow, rows)[0]?.role ?? null;
});

export async function squadRole(who: Who, squadId: string): Promise<MembershipRole | null> {
  return who ? membershipRole(who.id, squadId) : null;
}

export const canSeeSquad = async (who: Who, squadId: string) =>
  (await squadRole(who, squadId)) !== null;

export async function canCoachSquad(who: Who, squadId: string): Promise<boolean> {
  const role = await squadRole(who, squadId);
  return role !== null && COACH_ROLES.includes(role);
}

export const isHeadCoach = async (who: Who, squadId: string) =>
  (await squadRole(who, squadId)) === "HEAD_COACH";

// The lookups below are raw statements for the reason membershipRole's is.
const athleteOf = cache(async (athleteId: string) => {
  const rows = await db().$queryRaw<unknown[]>`
    SELECT "squadId", "userId", "removedAt" FROM "AthleteProfile" WHERE id = ${athleteId}`;
  return parseRows("athlete", athleteRow, rows)[0] ?? null;
});

/** Read only when a teammate asks: coaches and the athlete themself never need it. */
const sharesResults = cache(async (squadId: string): Promise<boolean> => {
  const rows = await db().$queryRaw<{ shareResults: boolean }[]>`
    SELECT "shareResults" FROM "Squad" WHERE id = ${squadId}`;
  return rows[0]?.shareResults === true;
});

/**
 * Coaches see every current athlete of their squad, an athlete themself, and teammates each other
 * only where the squad shares results. Only the coaches see a former athlete.
 */
export async function canSeeAthlete(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  if (!who || !athlete) return false;
  const role = await squadRole(who, athlete.squadId);
  if (role === null) return false;
  if (COACH_ROLES.includes(role)) return true;
  if (athlete.removedAt) return false;
  return athlete.userId === who.id || sharesResults(athlete.squadId);
}

/**
 * Whether the viewer sees what is meant for the coach (result and mark notes, the device's
 * idempotency keys): the squad's coaches and the athlete themself, never a teammate.
 */
export async function canSeeAthleteNotes(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  if (!who || !athlete) return false;
  const role = await squadRole(who, athlete.squadId);
  if (role === null) return false;
  return COACH_ROLES.includes(role) || (athlete.userId === who.id && !athlete.removedAt);
}

/**
 * Which athletes of a squad the viewer sees listed (squad page, calendar, sheet), as a where
 * clause: everyone for coaches and where results are shared, otherwise only the viewer's own
 * profile. Null when the viewer sees nothing of the squad.
 */
export async function visibleAthletesWhere(
  who: Who,
  squadId: string,
): Promise<{ userId?: string } | null> {
  const role = await squadRole(who, squadId);
  if (!who || role === null) return null;
  if (COACH_ROLES.includes(role)) return {};
  return (await sharesResults(squadId)) ? {} : { userId: who.id };
}

/**
 * canSeeAthlete as a where clause over every squad, for reads that cannot forget their check: the
 * read asks for `AND: [{ id }, visibleAthleteWhere(viewer)]` and gets nothing it may not see, in
 * the same query. The same rules, row for row (authz-where.test.ts holds them to it): a coach of
 * the athlete's squad, or (for a current athlete) the athlete themself, or a teammate where the
 * squad shares results; only through an active membership of a squad that is not deleted.
 */
export function visibleAthleteWhere(who: Who): Prisma.AthleteProfileWhereInput {
  if (!who) return { id: { in: [] } };
  const member = (role: Prisma.EnumMembershipRoleFilter) => ({
    memberships: { some: { userId: who.id, removedAt: null, role } },
  });
  return {
    squad: { deletedAt: null },
    OR: [
      { squad: member({ in: COACH_ROLES }) },
      {
        removedAt: null,
        squad: member({ equals: "ATHLETE" }),
        OR: [{ userId: who.id }, { squad: { shareResults: true } }],
      },
    ],
  };
}

/** canSeeAssignment as a where clause: the assignments of the athletes the viewer sees. */
export const visibleAssignmentsWhere = (who: Who): Prisma.AssignmentWhereInput => ({
  athlete: visibleAthleteWhere(who),
});

/**
 * A coach undoes the removal of an athlete without a login. One with a login comes back by
 * accepting a new invitation, which restores their profile and history: their choice, not the
 * coach's, since they may have left of their own accord.
 */
export async function canRestoreAthlete(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  return (
    !!athlete &&
    !!athlete.removedAt &&
    !athlete.userId &&
    (await canCoachSquad(who, athlete.squadId))
  );
}

/** Coaches change an athlete's profile, marks and assignments. */
export async function canCoachAthlete(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  return !!athlete && !athlete.removedAt && (await canCoachSquad(who, athlete.squadId));
}

/** Results are logged by the squad's coaches or by the athlete themself. */
export async function canLogForAthlete(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  if (!who || !athlete || athlete.removedAt) return false;
  if (athlete.userId === who.id) return canSeeSquad(who, athlete.squadId);
  return canCoachSquad(who, athlete.squadId);
}

const assignmentAthlete = cache(async (assignmentId: string) => {
  const rows = await db().$queryRaw<{ athleteId: string }[]>`
    SELECT "athleteId" FROM "Assignment" WHERE id = ${assignmentId}`;
  return rows[0]?.athleteId ?? null;
});

export async function canSeeAssignment(who: Who, assignmentId: string): Promise<boolean> {
  const athleteId = await assignmentAthlete(assignmentId);
  return !!athleteId && canSeeAthlete(who, athleteId);
}

export async function canLogAssignment(who: Who, assignmentId: string): Promise<boolean> {
  const athleteId = await assignmentAthlete(assignmentId);
  return !!athleteId && canLogForAthlete(who, athleteId);
}

export async function canCoachAssignment(who: Who, assignmentId: string): Promise<boolean> {
  const athleteId = await assignmentAthlete(assignmentId);
  return !!athleteId && canCoachAthlete(who, athleteId);
}

/**
 * A calendar feed answers to its token alone, and only with what its owner may still see: an
 * athlete feed lists the owner's own sessions (its query keeps to their current squads); a squad
 * feed stops the moment its owner no longer coaches the squad.
 */
export async function canReadFeed(feed: {
  kind: "ATHLETE" | "SQUAD";
  userId: string;
  squadId: string | null;
}): Promise<boolean> {
  if (feed.kind === "ATHLETE") return true;
  return !!feed.squadId && canCoachSquad({ id: feed.userId }, feed.squadId);
}

export async function canManageInvitation(who: Who, invitationId: string): Promise<boolean> {
  const invitation = await db().invitation.findUnique({
    where: { id: invitationId },
    select: { squadId: true, role: true },
  });
  if (!invitation) return false;
  // Inviting a coach is the head coach's call; inviting athletes any coach's.
  return invitation.role === "ATHLETE"
    ? canCoachSquad(who, invitation.squadId)
    : isHeadCoach(who, invitation.squadId);
}

/**
 * A head coach makes a one-time password reset link for an athlete of their current squad who
 * has a login (young athletes often have no email to reset by). Only for an account that is an
 * athlete and nothing more: every active membership it holds is an athlete's in a squad this
 * head coach runs, so a link can never open a coach's account or a squad the coach cannot see.
 */
export async function canMakeResetLink(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  if (!who || !athlete || athlete.removedAt || !athlete.userId) return false;
  if (!(await isHeadCoach(who, athlete.squadId))) return false;
  const memberships = await db().membership.findMany({
    where: { userId: athlete.userId, removedAt: null, squad: { deletedAt: null } },
    select: { role: true, squadId: true },
  });
  for (const m of memberships)
    if (m.role !== "ATHLETE" || !(await isHeadCoach(who, m.squadId))) return false;
  return true;
}

/**
 * A session's conversation is between the athlete and the squad's coaches: never a teammate,
 * even where results are shared (many athletes are minors; docs/security.md). Coaches keep
 * reading a former athlete's conversation with the rest of their history, read-only.
 */
export async function canReadComments(who: Who, assignmentId: string): Promise<boolean> {
  const athleteId = await assignmentAthlete(assignmentId);
  return !!athleteId && canSeeAthleteNotes(who, athleteId);
}

/** Writing in it: the athlete themself and the coaches, while the athlete is in the squad. */
export const canComment = (who: Who, assignmentId: string) => canLogAssignment(who, assignmentId);

async function commentOf(commentId: string) {
  return db().comment.findUnique({
    where: { id: commentId },
    select: { assignmentId: true, authorId: true },
  });
}

/** Its author deletes a comment, as long as they may still write in the conversation. */
export async function canDeleteComment(who: Who, commentId: string): Promise<boolean> {
  const comment = await commentOf(commentId);
  return !!who && !!comment && comment.authorId === who.id && canComment(who, comment.assignmentId);
}

/** Any coach of the athlete's squad hides (or shows again) any comment of the conversation. */
export async function canHideComment(who: Who, commentId: string): Promise<boolean> {
  const comment = await commentOf(commentId);
  return !!comment && canCoachAssignment(who, comment.assignmentId);
}
