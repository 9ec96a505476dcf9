import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/database/client";
import type { MembershipRole, Prisma } from "@/lib/generated/prisma/client";
import { prescribeStepDown } from "@/lib/pacing";
import { hashToken } from "@/lib/security/tokens";
import type { Viewer } from "@/lib/server/auth/session";

/**
 * Who tries each action, relative to squad A: "self" is A's athlete with a login, "coach" A's
 * head coach, "otherCoach" and "otherSquadAthlete" B's. "assistantCoach" (A's COACH) goes beyond
 * the eight the matrix was asked for: it tells head-coach-only rules from any-coach rules.
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
  | "pendingInvitee";

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
  assignmentId: string;
  /** A second assignment of that athlete, not yet logged. */
  openAssignmentId: string;
  resultId: string;
  /** A second athlete with a login. */
  teammateId: string;
  teammateUserId: string;
  /** An athlete without a login, whom the coaches time and log for. */
  loginlessAthleteId: string;
  /** A former athlete without a login (removed), with a mark: the squad keeps their history. */
  formerAthleteId: string;
  /** Open athlete and coach invitation links, with their raw tokens. */
  invitation: InvitationFixture;
  coachInvitation: InvitationFixture;
};

export type World = {
  a: SquadFixture;
  b: SquadFixture;
  /** An invitation to squad A, for the pending invitee's email; they have no membership. */
  inviteeInvitation: InvitationFixture;
  viewers: Record<Exclude<PersonaName, "anonymous">, Viewer>;
  /** Every user the world made, for snapshots. */
  userIds: string[];
};

export type Target = "same" | "other";

const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

const newId = () => `w${randomBytes(12).toString("hex")}`;
const tag = () => randomBytes(5).toString("hex");
const DAY_MS = 86_400_000;

type UserRow = { id: string; email: string; name: string; role: "COACH" | "ATHLETE" };
type Rows = {
  users: UserRow[];
  squads: Prisma.SquadCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  athletes: Prisma.AthleteProfileCreateManyInput[];
  marks: Prisma.FiveKMarkCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  results: Prisma.SessionResultCreateManyInput[];
  invitations: Prisma.InvitationCreateManyInput[];
};

function user(rows: Rows, label: string, role: UserRow["role"]): UserRow {
  const row = { id: newId(), email: `${label}-${tag()}@world.test`, name: label, role };
  rows.users.push(row);
  return row;
}

function invitation(
  rows: Rows,
  squadId: string,
  createdById: string,
  role: MembershipRole,
  email?: string,
): InvitationFixture {
  const token = randomBytes(24).toString("base64url");
  const id = newId();
  rows.invitations.push({
    id,
    squadId,
    tokenHash: hashToken(token),
    email,
    role,
    expiresAt: new Date(Date.now() + 7 * DAY_MS),
    createdById,
  });
  return { id, token };
}

type SquadUsers = Record<"head" | "assistant" | "removed" | "athlete" | "teammate", UserRow>;

function squad(rows: Rows, label: string): { fixture: SquadFixture; users: SquadUsers } {
  const id = newId();
  const name = `Squad ${label} ${tag()}`;
  rows.squads.push({ id, name });
  const head = user(rows, `${label}-head-coach`, "COACH");
  const assistant = user(rows, `${label}-assistant-coach`, "COACH");
  const removed = user(rows, `${label}-removed-coach`, "COACH");
  const athlete = user(rows, `${label}-athlete`, "ATHLETE");
  const teammate = user(rows, `${label}-teammate`, "ATHLETE");
  rows.memberships.push(
    { squadId: id, userId: head.id, role: "HEAD_COACH" },
    { squadId: id, userId: assistant.id, role: "COACH" },
    { squadId: id, userId: removed.id, role: "COACH", removedAt: new Date() },
    { squadId: id, userId: athlete.id, role: "ATHLETE" },
    { squadId: id, userId: teammate.id, role: "ATHLETE" },
  );
  const athleteId = newId();
  const teammateId = newId();
  const loginlessAthleteId = newId();
  const formerAthleteId = newId();
  rows.athletes.push(
    { id: athleteId, squadId: id, userId: athlete.id, name: `${label} athlete` },
    { id: teammateId, squadId: id, userId: teammate.id, name: `${label} teammate` },
    { id: loginlessAthleteId, squadId: id, name: `${label} no-login athlete` },
    { id: formerAthleteId, squadId: id, name: `${label} former athlete`, removedAt: new Date() },
  );
  const date = new Date("2026-03-03");
  rows.marks.push(
    { athleteId, timeMs: 1_200_000, date, source: "RACE", createdById: head.id },
    { athleteId: formerAthleteId, timeMs: 1_500_000, date, source: "RACE", createdById: head.id },
  );
  const assignmentId = newId();
  rows.assignments.push({
    id: assignmentId,
    squadId: id,
    athleteId,
    templateId: "builtin-metric",
    date,
    units: "METRIC",
    fiveKMs: 1_200_000,
    targets: TARGETS,
    createdById: head.id,
  });
  // A session still to be run (no result yet): for logging and unassigning.
  const openAssignmentId = newId();
  rows.assignments.push({
    id: openAssignmentId,
    squadId: id,
    athleteId,
    templateId: "builtin-metric",
    date: new Date("2026-03-31"),
    units: "METRIC",
    fiveKMs: 1_200_000,
    targets: TARGETS,
    createdById: head.id,
  });
  const resultId = newId();
  rows.results.push({
    id: resultId,
    assignmentId,
    idempotencyKey: newId(),
    status: "COMPLETED",
    loggedById: athlete.id,
  });
  const fixture: SquadFixture = {
    id,
    name,
    headCoachId: head.id,
    assistantCoachId: assistant.id,
    removedCoachId: removed.id,
    athleteId,
    athleteUserId: athlete.id,
    assignmentId,
    openAssignmentId,
    resultId,
    teammateId,
    teammateUserId: teammate.id,
    loginlessAthleteId,
    formerAthleteId,
    invitation: invitation(rows, id, head.id, "ATHLETE"),
    coachInvitation: invitation(rows, id, head.id, "COACH"),
  };
  return { fixture, users: { head, assistant, removed, athlete, teammate } };
}

const toViewer = (u: UserRow): Viewer => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  units: "METRIC",
  timeZone: "UTC",
});

/**
 * A fresh pair of squads for authorization tests, written with a handful of createMany calls
 * (no password hashing) so a test can afford one per case. Ids and emails are random, so worlds
 * never collide with each other or with other tests sharing the database.
 *
 * Both squads have the same shape; the personas are drawn from them relative to squad A.
 */
export async function buildWorld(db: Db): Promise<World> {
  const rows: Rows = {
    users: [],
    squads: [],
    memberships: [],
    athletes: [],
    marks: [],
    assignments: [],
    results: [],
    invitations: [],
  };
  const a = squad(rows, "a");
  const b = squad(rows, "b");
  const invitee = user(rows, "pending-invitee", "ATHLETE");
  const inviteeInvitation = invitation(
    rows,
    a.fixture.id,
    a.fixture.headCoachId,
    "ATHLETE",
    invitee.email,
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

  return {
    a: a.fixture,
    b: b.fixture,
    inviteeInvitation,
    viewers: {
      self: toViewer(a.users.athlete),
      sameSquadAthlete: toViewer(a.users.teammate),
      otherSquadAthlete: toViewer(b.users.athlete),
      coach: toViewer(a.users.head),
      assistantCoach: toViewer(a.users.assistant),
      otherCoach: toViewer(b.users.head),
      removedCoach: toViewer(a.users.removed),
      pendingInvitee: toViewer(invitee),
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
