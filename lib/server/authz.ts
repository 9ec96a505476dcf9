import "server-only";
import type { MembershipRole } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";

/**
 * The one place that answers "may this user see / change this squad, athlete, assignment, result,
 * invitation?". Every page, action and route asks here. Each answer is false for objects that do
 * not exist, so callers turn both into the same 404 and ids cannot be probed.
 *
 * Rules: squad members (coaches and athletes with an active membership) see the squad, its
 * athletes and their sessions; coaches change them; the head coach also manages coaches and
 * deletes the squad; an athlete logs and edits their own results. Removed members see nothing.
 * A removed athlete's history is kept for the squad's records: its coaches still see it, read-only
 * (nobody changes it), and may restore an athlete without a login, whom nobody else can bring back.
 */
type Who = { id: string } | null;

const COACH_ROLES: MembershipRole[] = ["HEAD_COACH", "COACH"];

export async function squadRole(who: Who, squadId: string): Promise<MembershipRole | null> {
  if (!who) return null;
  const membership = await db().membership.findUnique({
    where: { squadId_userId: { squadId, userId: who.id } },
    select: { role: true, removedAt: true, squad: { select: { deletedAt: true } } },
  });
  return membership && !membership.removedAt && !membership.squad.deletedAt
    ? membership.role
    : null;
}

export const canSeeSquad = async (who: Who, squadId: string) =>
  (await squadRole(who, squadId)) !== null;

export async function canCoachSquad(who: Who, squadId: string): Promise<boolean> {
  const role = await squadRole(who, squadId);
  return role !== null && COACH_ROLES.includes(role);
}

export const isHeadCoach = async (who: Who, squadId: string) =>
  (await squadRole(who, squadId)) === "HEAD_COACH";

async function athleteOf(athleteId: string) {
  return db().athleteProfile.findUnique({
    where: { id: athleteId },
    select: { squadId: true, userId: true, removedAt: true },
  });
}

/** Squad members see a current athlete of their squad; only its coaches see a former one. */
export async function canSeeAthlete(who: Who, athleteId: string): Promise<boolean> {
  const athlete = await athleteOf(athleteId);
  if (!athlete) return false;
  return athlete.removedAt
    ? canCoachSquad(who, athlete.squadId)
    : canSeeSquad(who, athlete.squadId);
}

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

async function assignmentAthlete(assignmentId: string) {
  const a = await db().assignment.findUnique({
    where: { id: assignmentId },
    select: { athleteId: true },
  });
  return a?.athleteId ?? null;
}

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
