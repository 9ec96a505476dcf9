import { randomBytes, randomUUID } from "node:crypto";
import type { MembershipRole, Prisma } from "@/lib/generated/prisma/client";
import { prescribeStepDown } from "@/lib/pacing";
import { hashToken } from "@/lib/security/tokens";
import type { Viewer } from "@/lib/server/auth/session";
import type { InvitationFixture, SquadFixture } from "./world";

// The rows buildWorld (./world.ts) writes: each squad's people, athletes, sessions and links.

const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

export const newId = () => `w${randomBytes(12).toString("hex")}`;
export const tag = () => randomBytes(5).toString("hex");
const DAY_MS = 86_400_000;
/**
 * The world's links were made a day ago; removedCoach was removed the day before, so a link is
 * newer than that removal (it may bring them back) and older than the removals buildWorld makes
 * through the real actions (it may not).
 */
const LINKS_MADE = new Date(Date.now() - DAY_MS);
const LONG_AGO_REMOVED = new Date(Date.now() - 2 * DAY_MS);

export type UserRow = { id: string; email: string; name: string; role: "COACH" | "ATHLETE" };
export type Rows = {
  users: UserRow[];
  squads: Prisma.SquadCreateManyInput[];
  memberships: Prisma.MembershipCreateManyInput[];
  athletes: Prisma.AthleteProfileCreateManyInput[];
  marks: Prisma.FiveKMarkCreateManyInput[];
  assignments: Prisma.AssignmentCreateManyInput[];
  results: Prisma.SessionResultCreateManyInput[];
  invitations: Prisma.InvitationCreateManyInput[];
  comments: Prisma.CommentCreateManyInput[];
  originals: Prisma.ResultOriginalCreateManyInput[];
};

export function user(rows: Rows, label: string, role: UserRow["role"]): UserRow {
  const row = { id: newId(), email: `${label}-${tag()}@world.test`, name: label, role };
  rows.users.push(row);
  return row;
}

export function invitation(
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
    createdAt: LINKS_MADE,
  });
  return { id, token };
}

type SquadUsers = Record<"head" | "assistant" | "removed" | "athlete" | "teammate", UserRow>;

export function squad(
  rows: Rows,
  label: string,
  shareResults: boolean,
): { fixture: SquadFixture; users: SquadUsers } {
  const id = newId();
  const name = `Squad ${label} ${tag()}`;
  rows.squads.push({ id, name, shareResults });
  const head = user(rows, `${label}-head-coach`, "COACH");
  const assistant = user(rows, `${label}-assistant-coach`, "COACH");
  const removed = user(rows, `${label}-removed-coach`, "COACH");
  const athlete = user(rows, `${label}-athlete`, "ATHLETE");
  const teammate = user(rows, `${label}-teammate`, "ATHLETE");
  rows.memberships.push(
    { squadId: id, userId: head.id, role: "HEAD_COACH" },
    { squadId: id, userId: assistant.id, role: "COACH" },
    { squadId: id, userId: removed.id, role: "COACH", removedAt: LONG_AGO_REMOVED },
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
    {
      id: formerAthleteId,
      squadId: id,
      name: `${label} former athlete`,
      removedAt: LONG_AGO_REMOVED,
    },
  );
  const date = new Date("2026-03-03");
  const markId = newId();
  const markNote = `mark note for the coach ${tag()}`;
  rows.marks.push(
    {
      id: markId,
      athleteId,
      timeMs: 1_200_000,
      date,
      source: "RACE",
      note: markNote,
      createdById: head.id,
    },
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
  const idempotencyKey = randomUUID();
  const resultNotes = `felt heavy, tell the coach only ${tag()}`;
  rows.results.push({
    id: resultId,
    assignmentId,
    idempotencyKey,
    status: "COMPLETED",
    notes: resultNotes,
    loggedById: athlete.id,
    source: "IMPORT",
  });
  // Imported from a watch: its file is kept for whoever may see the result.
  rows.originals.push({
    resultId,
    fileName: `${name}.gpx`,
    sha256: "0".repeat(64),
    size: 0,
    gzip: new Uint8Array([31, 139, 8, 0, 0, 0, 0, 0, 0, 3, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
  });
  // The session's conversation: a word from the head coach, and the athlete's answer.
  const coachCommentId = newId();
  const athleteCommentId = newId();
  rows.comments.push(
    { id: coachCommentId, assignmentId, authorId: head.id, body: `how did rep 3 feel? ${tag()}` },
    { id: athleteCommentId, assignmentId, authorId: athlete.id, body: `heavy legs ${tag()}` },
  );
  const fixture: SquadFixture = {
    id,
    name,
    headCoachId: head.id,
    assistantCoachId: assistant.id,
    removedCoachId: removed.id,
    athleteId,
    athleteUserId: athlete.id,
    markId,
    assignmentId,
    openAssignmentId,
    resultId,
    idempotencyKey,
    resultNotes,
    markNote,
    teammateId,
    teammateUserId: teammate.id,
    loginlessAthleteId,
    formerAthleteId,
    coachCommentId,
    athleteCommentId,
    invitation: invitation(rows, id, head.id, "ATHLETE"),
    coachInvitation: invitation(rows, id, head.id, "COACH"),
  };
  return { fixture, users: { head, assistant, removed, athlete, teammate } };
}

export const toViewer = (u: UserRow): Viewer => ({
  id: u.id,
  name: u.name,
  email: u.email,
  role: u.role,
  units: "METRIC",
  timeZone: "UTC",
});
