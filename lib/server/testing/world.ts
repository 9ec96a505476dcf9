import type { Db } from "@/lib/database/client";
import { hashToken } from "@/lib/security/tokens";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { removeAthlete } from "@/lib/server/actions/remove-athlete";
import { removeCoach } from "@/lib/server/actions/remove-coach";
import type { Viewer } from "@/lib/server/auth/session";
import { invitation, newId, squad, toViewer, user, type Rows } from "./world-rows";

/**
 * Who tries each action, relative to squad A: "self" is A's athlete with a login, "coach" A's
 * head coach, "otherCoach" and "otherSquadAthlete" B's. "assistantCoach" (A's COACH) tells
 * head-coach-only rules from any-coach rules. The last three are the people removal and
 * two-squad membership must not let through:
 * - "removedAthleteWithLogin": had a login and a profile in A; removed after A's open athlete link
 *   was made, and still holds that link;
 * - "removedAssistantWithOwnLink": an assistant coach of A who made an (athlete) invitation link,
 *   then was removed by the head coach; holds that link. (Only a head coach makes coach links.)
 * - "bothSquads": an athlete of A who is also an assistant coach (COACH) of B, so "coaches B" must
 *   never spill over into "sees A's teammates" or into mixing A's ids into B's actions.
 */
export type PersonaName =
  | "anonymous"
  | "self"
  | "sameSquadAthlete"
  | "otherSquadAthlete"
  | "coach"
  | "assistantCoach"
  | "otherCoach"
  | "removedCoach"
  | "pendingInvitee"
  | "removedAthleteWithLogin"
  | "removedAssistantWithOwnLink"
  | "bothSquads";

export const PERSONAS: readonly PersonaName[] = [
  "anonymous",
  "self",
  "sameSquadAthlete",
  "otherSquadAthlete",
  "coach",
  "assistantCoach",
  "otherCoach",
  "removedCoach",
  "pendingInvitee",
  "removedAthleteWithLogin",
  "removedAssistantWithOwnLink",
  "bothSquads",
];

export type InvitationFixture = { id: string; token: string };

export type SquadFixture = {
  id: string;
  name: string;
  headCoachId: string;
  assistantCoachId: string;
  removedCoachId: string;
  /** An athlete with a login ("self" in squad A), with a mark, an assignment and its result. */
  athleteId: string;
  athleteUserId: string;
  /** That athlete's mark (with a note meant for the coach). */
  markId: string;
  assignmentId: string;
  /** A second assignment of that athlete, not yet logged. */
  openAssignmentId: string;
  resultId: string;
  /** The result's device key and its note for the coach: what teammates must never receive. */
  idempotencyKey: string;
  resultNotes: string;
  markNote: string;
  /** A second athlete with a login. */
  teammateId: string;
  teammateUserId: string;
  /** An athlete without a login, whom the coaches time and log for. */
  loginlessAthleteId: string;
  /** A former athlete without a login (removed), with a mark: the squad keeps their history. */
  formerAthleteId: string;
  /** The logged session's comments: the head coach's, and the athlete's answer. */
  coachCommentId: string;
  athleteCommentId: string;
  /** Open athlete and coach invitation links, with their raw tokens. */
  invitation: InvitationFixture;
  coachInvitation: InvitationFixture;
};

export type World = {
  a: SquadFixture;
  b: SquadFixture;
  /** Squad.shareResults of both squads: whether teammates see each other's sessions. */
  sharing: boolean;
  /** removedAthleteWithLogin's former profile in A (they hold A's open link, a.invitation). */
  removedAthleteId: string;
  /** The link removedAssistantWithOwnLink made before the head coach removed them. */
  removedAssistantLink: InvitationFixture;
  /** bothSquads's athlete profile in A. */
  bothSquadsAthleteId: string;
  /** Every coach's email (both squads, removed ones and bothSquads too): no athlete receives these. */
  coachEmails: string[];
  /** An invitation to squad A, for the pending invitee's email; they have no membership. */
  inviteeInvitation: InvitationFixture;
  viewers: Record<Exclude<PersonaName, "anonymous">, Viewer>;
  /** Every user the world made, for snapshots. */
  userIds: string[];
};

export type Target = "same" | "other";

/**
 * A fresh pair of squads for authorization tests, written with a handful of createMany calls
 * (no password hashing) so a test can afford one per case. Ids and emails are random, so worlds
 * never collide with each other or with other tests sharing the database.
 *
 * Both squads have the same shape; the personas are drawn from them relative to squad A.
 */
export async function buildWorld(db: Db, options: { sharing?: boolean } = {}): Promise<World> {
  const sharing = options.sharing ?? false;
  const rows: Rows = {
    users: [],
    squads: [],
    memberships: [],
    athletes: [],
    marks: [],
    assignments: [],
    results: [],
    invitations: [],
    comments: [],
    originals: [],
  };
  const a = squad(rows, "a", sharing);
  const b = squad(rows, "b", sharing);
  const invitee = user(rows, "pending-invitee", "ATHLETE");
  const inviteeInvitation = invitation(
    rows,
    a.fixture.id,
    a.fixture.headCoachId,
    "ATHLETE",
    invitee.email,
  );
  // Members of A for now: buildWorld removes the first two through the real actions below.
  const removedAthlete = user(rows, "a-removed-athlete", "ATHLETE");
  const removedAssistant = user(rows, "a-removed-assistant", "COACH");
  const both = user(rows, "a-athlete-b-coach", "ATHLETE");
  const removedAthleteId = newId();
  const bothSquadsAthleteId = newId();
  rows.memberships.push(
    { squadId: a.fixture.id, userId: removedAthlete.id, role: "ATHLETE" },
    { squadId: a.fixture.id, userId: removedAssistant.id, role: "COACH" },
    { squadId: a.fixture.id, userId: both.id, role: "ATHLETE" },
    { squadId: b.fixture.id, userId: both.id, role: "COACH" },
  );
  rows.athletes.push(
    { id: removedAthleteId, squadId: a.fixture.id, userId: removedAthlete.id, name: "removed" },
    { id: bothSquadsAthleteId, squadId: a.fixture.id, userId: both.id, name: "both squads" },
  );

  // Order matters for the foreign keys; each call is one INSERT.
  await db.user.createMany({ data: rows.users });
  await db.squad.createMany({ data: rows.squads });
  await db.membership.createMany({ data: rows.memberships });
  await db.athleteProfile.createMany({ data: rows.athletes });
  await db.fiveKMark.createMany({ data: rows.marks });
  await db.assignment.createMany({ data: rows.assignments });
  await db.sessionResult.createMany({ data: rows.results });
  await db.invitation.createMany({ data: rows.invitations });
  await db.comment.createMany({ data: rows.comments });
  await db.resultOriginal.createMany({ data: rows.originals });

  // Made and removed the way the app does it, so whatever removal does to their links and
  // memberships (now or after a later fix) is what the matrix sees.
  const head = toViewer(a.users.head);
  const made = await createInvitation.invoke(toViewer(removedAssistant), {
    squadId: a.fixture.id,
    role: "ATHLETE",
    expiresInDays: 7,
  });
  const path = made.data?.path;
  if (!made.ok || !path) throw new Error(`world: the assistant's link: ${JSON.stringify(made)}`);
  const token = path.slice(path.lastIndexOf("/") + 1);
  const link = await db.invitation.findUniqueOrThrow({
    where: { tokenHash: hashToken(token) },
    select: { id: true },
  });
  for (const removal of [
    removeCoach.invoke(head, { squadId: a.fixture.id, userId: removedAssistant.id }),
    removeAthlete.invoke(head, { athleteId: removedAthleteId }),
  ]) {
    const done = await removal;
    if (!done.ok) throw new Error(`world: a removal failed: ${JSON.stringify(done)}`);
  }

  const coaches = [a.users, b.users].flatMap((u) => [u.head, u.assistant, u.removed]);
  return {
    a: a.fixture,
    b: b.fixture,
    sharing,
    removedAthleteId,
    removedAssistantLink: { id: link.id, token },
    bothSquadsAthleteId,
    coachEmails: [...coaches, removedAssistant, both].map((u) => u.email),
    inviteeInvitation,
    viewers: {
      self: toViewer(a.users.athlete),
      sameSquadAthlete: toViewer(a.users.teammate),
      otherSquadAthlete: toViewer(b.users.athlete),
      coach: head,
      assistantCoach: toViewer(a.users.assistant),
      otherCoach: toViewer(b.users.head),
      removedCoach: toViewer(a.users.removed),
      pendingInvitee: toViewer(invitee),
      removedAthleteWithLogin: toViewer(removedAthlete),
      removedAssistantWithOwnLink: toViewer(removedAssistant),
      bothSquads: toViewer(both),
    },
    userIds: rows.users.map((u) => u.id),
  };
}

export const viewerOf = (world: World, persona: PersonaName): Viewer | null =>
  persona === "anonymous" ? null : world.viewers[persona];

/** The squad a target names: A for "same", B for "other". */
export const squadOf = (world: World, target: Target): SquadFixture =>
  target === "same" ? world.a : world.b;

/** The squad a target does not name: for inputs that mix one squad's id with another's. */
export const otherSquadOf = (world: World, target: Target): SquadFixture =>
  target === "same" ? world.b : world.a;
