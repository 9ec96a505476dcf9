import { randomBytes, randomUUID } from "node:crypto";
import type { ActionState } from "@/lib/server/action";
import { acceptInvitation } from "@/lib/server/actions/accept-invitation";
import { addAthlete } from "@/lib/server/actions/add-athlete";
import { addMark } from "@/lib/server/actions/add-mark";
import { assignSession } from "@/lib/server/actions/assign-session";
import { decideRecalibration } from "@/lib/server/actions/decide-recalibration";
import { deleteAssignment } from "@/lib/server/actions/delete-assignment";
import { deleteResult } from "@/lib/server/actions/delete-result";
import { logResult } from "@/lib/server/actions/log-result";
import { saveImportAction } from "@/lib/server/actions/save-import";
import { saveSquadImport } from "@/lib/server/actions/save-squad-import";
import { getResultOriginal, getResultSource } from "@/lib/server/data/result-originals";
import { importFixture } from "@/lib/server/imports/testing";
import { pinMark } from "@/lib/server/actions/pin-mark";
import { recomputeAssignments } from "@/lib/server/actions/recompute-assignments";
import { changePassword } from "@/lib/server/actions/change-password";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { createSquad } from "@/lib/server/actions/create-squad";
import { deleteAccount } from "@/lib/server/actions/delete-account";
import { deleteSquad } from "@/lib/server/actions/delete-squad";
import { leaveSquad } from "@/lib/server/actions/leave-squad";
import { removeAthlete } from "@/lib/server/actions/remove-athlete";
import { removeCoach } from "@/lib/server/actions/remove-coach";
import { restoreAthlete } from "@/lib/server/actions/restore-athlete";
import { revokeInvitation } from "@/lib/server/actions/revoke-invitation";
import { signOutEverywhere } from "@/lib/server/actions/sign-out-everywhere";
import { startAccountLink } from "@/lib/server/actions/start-account-link";
import { signUp } from "@/lib/server/actions/sign-up";
import { confirmSignUp } from "@/lib/server/actions/confirm-sign-up";
import { requestPasswordReset } from "@/lib/server/actions/request-password-reset";
import { resetPassword } from "@/lib/server/actions/reset-password";
import { createAthleteResetLink } from "@/lib/server/actions/create-athlete-reset-link";
import { updateAccount } from "@/lib/server/actions/update-account";
import { updateSquad } from "@/lib/server/actions/update-squad";
import { createAthleteFeed } from "@/lib/server/actions/create-athlete-feed";
import { createSquadFeed } from "@/lib/server/actions/create-squad-feed";
import { revokeCalendarFeed } from "@/lib/server/actions/revoke-calendar-feed";
import { addComment } from "@/lib/server/actions/add-comment";
import { deleteComment } from "@/lib/server/actions/delete-comment";
import { hideComment } from "@/lib/server/actions/hide-comment";
import { markSquadSeen } from "@/lib/server/actions/mark-squad-seen";
import { updateEmailPreferences } from "@/lib/server/actions/update-email-preferences";
import { getConversation, listUnreadComments } from "@/lib/server/data/comments";
import { getEmailPreferences } from "@/lib/server/data/email-preferences";
import { getSquadNews } from "@/lib/server/data/squad-news";
import { listMyFeeds } from "@/lib/server/data/calendar-feeds";
import { getCurrentWorkout, getSessionWorkout, getSquadWorkouts } from "@/lib/server/data/workouts";
import type { Viewer } from "@/lib/server/auth/session";
import { getAthleteHome } from "@/lib/server/data/athlete-home";
import { getAthleteProgress } from "@/lib/server/data/athlete-progress";
import { listAthleteSessions } from "@/lib/server/data/athlete-sessions";
import { getAthlete } from "@/lib/server/data/athletes";
import { DEFAULT_OFFSETS } from "@/lib/pacing";
import { getSquadImport } from "@/lib/server/data/squad-import";
import {
  getSquadCalendar,
  getSquadSheet,
  listUpcoming,
  previewAssignment,
} from "@/lib/server/data/schedule";
import { getSession } from "@/lib/server/data/sessions";
import { getSquadDashboard } from "@/lib/server/data/squad-dashboard";
import { loadTriage } from "@/lib/server/data/triage";
import { getSquadResults } from "@/lib/server/data/squad-export";
import { getStopwatchSessions, listStopwatchDates } from "@/lib/server/data/stopwatch";
import { getSquad, listMySquads } from "@/lib/server/data/squads";
import {
  anyone,
  coach,
  headCoach,
  joinsWithOldLink,
  logsFor,
  member,
  seesAthlete,
  signedIn,
  theAthlete,
  type Rule,
} from "./rules";
import { otherSquadOf, squadOf, type Target, type World } from "./world";

/**
 * Everything a request can reach, with who may use it. The matrix test runs every entry as every
 * persona against squad A ("same") and squad B ("other"), and fails when a file under
 * lib/server/actions, app/**\/route.ts or lib/server/data is missing here.
 *
 * To add an action: import it, add an entry keyed by its file name with `input` (a VALID input
 * aimed at an object of `squadOf(world, target)`, so an allowed cell really succeeds) and
 * `allowed` (built from ./rules, i.e. from the rules, never from what the code happens to do).
 */
export type Invokable = {
  invoke: (
    viewer: Viewer | null,
    raw: unknown,
  ) => Promise<ActionState & { redirectTo?: string; inputRejected?: true }>;
};

export type ActionCase = {
  input: (world: World, target: Target, viewer: Viewer | null) => Record<string, unknown>;
  allowed: Rule;
  /** Why even an allowed persona is always refused (with a message, not a 404); else at least
   *  one persona must succeed, which shows the input is valid. */
  alwaysRefused?: string;
  /** Of the allowed, who must get the write through (the rest are refused with a reason); by
   *  default nobody for an alwaysRefused case, and unchecked otherwise. */
  succeeds?: Rule;
};

export type ActionEntry = ActionCase & {
  action: Invokable;
  /** "self": acts on the viewer's own account or creates something new; run once per persona. */
  scope: "object" | "self";
  /** Further inputs worth a row of their own (a coach invitation next to an athlete one). */
  variants?: Record<string, ActionCase>;
};

const squadId = (w: World, t: Target) => squadOf(w, t).id;

/** A whole 4-3-2-1 for the world's 20:00 athlete, typed as a coach would. */
const fullSession = {
  status: "COMPLETED",
  effort: "7",
  reps: ["96 96 95 96", "94 94 94", "1:33 3:06", "88"],
  recoveries: ["3:12"],
};

export const actionRegistry: Record<string, ActionEntry> = {
  "sign-up": {
    action: signUp,
    scope: "self",
    input: () => ({
      name: "New runner",
      email: `sign-up-${randomBytes(5).toString("hex")}@world.test`,
      password: "a long matrix passphrase 42",
    }),
    allowed: anyone,
  },
  "confirm-sign-up": {
    action: confirmSignUp,
    scope: "self",
    // The emailed link is the capability; the world holds none (lib/server/actions/sign-up.test.ts).
    input: () => ({ token: randomBytes(24).toString("base64url") }),
    allowed: anyone,
    alwaysRefused: "no sign-up link exists in the world: an unknown link is refused",
  },
  "request-password-reset": {
    action: requestPasswordReset,
    scope: "self",
    input: () => ({ email: `reset-${randomBytes(5).toString("hex")}@world.test` }),
    allowed: anyone,
    alwaysRefused: "email is not set up in the matrix, so resets by email are refused with why",
  },
  "reset-password": {
    action: resetPassword,
    scope: "self",
    // The link is the capability; the world holds none (lib/server/actions/password-reset.test.ts).
    input: () => ({
      token: randomBytes(24).toString("base64url"),
      newPassword: "a long matrix passphrase 42",
    }),
    allowed: anyone,
    alwaysRefused: "no reset link exists in the world: an unknown link is refused",
  },
  "create-athlete-reset-link": {
    action: createAthleteResetLink,
    scope: "object",
    input: (w, t) => ({ athleteId: squadOf(w, t).athleteId }),
    allowed: headCoach,
    variants: {
      "an athlete without a login": {
        input: (w, t) => ({ athleteId: squadOf(w, t).loginlessAthleteId }),
        allowed: () => false,
        alwaysRefused: "nobody may: there is no password to reset",
      },
    },
  },
  "create-squad": {
    action: createSquad,
    scope: "self",
    input: () => ({ name: "Matrix squad", units: "METRIC" }),
    allowed: signedIn,
  },
  "update-account": {
    action: updateAccount,
    scope: "self",
    input: () => ({ name: "Renamed runner", units: "IMPERIAL", timeZone: "Europe/London" }),
    allowed: signedIn,
  },
  "change-password": {
    action: changePassword,
    scope: "self",
    // World users have no password yet, so the current one is not checked.
    input: () => ({ currentPassword: "none yet", newPassword: "a long matrix passphrase 42" }),
    allowed: signedIn,
  },
  "sign-out-everywhere": {
    action: signOutEverywhere,
    scope: "self",
    input: () => ({}),
    allowed: signedIn,
  },
  "start-account-link": {
    action: startAccountLink,
    scope: "self",
    input: () => ({ provider: "google" }),
    allowed: signedIn,
    alwaysRefused: "no OAuth provider is configured in tests, so linking is refused with why",
  },
  "delete-account": {
    action: deleteAccount,
    scope: "self",
    input: (_w, _t, viewer) => ({ confirm: viewer?.email ?? "delete" }),
    allowed: signedIn,
  },
  "accept-invitation": {
    action: acceptInvitation,
    scope: "object",
    // The link is the capability: anyone signed in who holds it may try it (a member is told
    // they are already in; someone else is told an email-bound link is not theirs).
    input: (w, t) => ({ token: t === "same" ? w.inviteeInvitation.token : w.b.invitation.token }),
    allowed: signedIn,
    succeeds: (p, t) => (t === "same" ? p === "pendingInvitee" : joinsWithOldLink(p, t)),
    variants: {
      "open link": {
        input: (w, t) => ({ token: squadOf(w, t).invitation.token }),
        allowed: signedIn,
        succeeds: joinsWithOldLink,
      },
      // Withdrawn when the head coach removed its maker: it lets nobody in, its maker least.
      "the removed assistant's own link": {
        input: (w, t) => ({
          token: t === "same" ? w.removedAssistantLink.token : w.b.invitation.token,
        }),
        allowed: signedIn,
        succeeds: (p, t) => t === "other" && joinsWithOldLink(p, t),
      },
    },
  },
  "add-athlete": {
    action: addAthlete,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t), name: "New athlete" }),
    allowed: coach,
  },
  "create-athlete-feed": {
    action: createAthleteFeed,
    scope: "self",
    input: () => ({}),
    allowed: signedIn,
  },
  "revoke-calendar-feed": {
    action: revokeCalendarFeed,
    scope: "self",
    // Only ever the viewer's own feed (the where clause names them): nothing to probe.
    input: () => ({ kind: "ATHLETE" }),
    allowed: signedIn,
    variants: {
      "a squad feed": {
        input: (w, t) => ({ kind: "SQUAD", squadId: squadId(w, t) }),
        allowed: signedIn,
      },
    },
  },
  "create-squad-feed": {
    action: createSquadFeed,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t) }),
    allowed: coach,
  },
  "update-squad": {
    action: updateSquad,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t), name: "Renamed squad", units: "IMPERIAL" }),
    allowed: coach,
  },
  "delete-squad": {
    action: deleteSquad,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t), confirmName: squadOf(w, t).name }),
    allowed: headCoach,
  },
  "leave-squad": {
    action: leaveSquad,
    scope: "object",
    // The head coach is authorized but told to hand the squad over first.
    input: (w, t) => ({ squadId: squadId(w, t) }),
    allowed: member,
  },
  "remove-athlete": {
    action: removeAthlete,
    scope: "object",
    input: (w, t) => ({ athleteId: squadOf(w, t).athleteId }),
    allowed: coach,
  },
  "restore-athlete": {
    action: restoreAthlete,
    scope: "object",
    input: (w, t) => ({ athleteId: squadOf(w, t).formerAthleteId }),
    allowed: coach,
  },
  "remove-coach": {
    action: removeCoach,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t), userId: squadOf(w, t).assistantCoachId }),
    allowed: headCoach,
    variants: {
      "a coach of the other squad": {
        input: (w, t) => ({ squadId: squadId(w, t), userId: otherSquadOf(w, t).assistantCoachId }),
        allowed: headCoach,
        alwaysRefused: "that coach is not in this squad",
      },
    },
  },
  "create-invitation": {
    action: createInvitation,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t), role: "ATHLETE", expiresInDays: 7 }),
    allowed: coach,
    variants: {
      "coach role": {
        input: (w, t) => ({ squadId: squadId(w, t), role: "COACH", expiresInDays: 7 }),
        allowed: headCoach,
      },
      "linking a login-less athlete": {
        input: (w, t) => ({
          squadId: squadId(w, t),
          role: "ATHLETE",
          athleteId: squadOf(w, t).loginlessAthleteId,
        }),
        allowed: coach,
      },
      "linking the other squad's athlete": {
        input: (w, t) => ({
          squadId: squadId(w, t),
          role: "ATHLETE",
          athleteId: otherSquadOf(w, t).loginlessAthleteId,
        }),
        allowed: coach,
        alwaysRefused: "that athlete is not in this squad",
      },
    },
  },
  "add-mark": {
    action: addMark,
    scope: "object",
    input: (w, t) => ({
      athleteId: squadOf(w, t).athleteId,
      time: "19:40",
      date: "2026-02-01",
      source: "RACE",
    }),
    allowed: logsFor,
  },
  "pin-mark": {
    action: pinMark,
    scope: "object",
    input: (w, t) => ({ athleteId: squadOf(w, t).athleteId, markId: "" }),
    allowed: coach,
    variants: {
      "the other squad's mark": {
        input: (w, t) => ({
          athleteId: squadOf(w, t).athleteId,
          markId: otherSquadOf(w, t).markId,
        }),
        allowed: coach,
        alwaysRefused: "that mark is not this athlete's",
      },
    },
  },
  "assign-session": {
    action: assignSession,
    scope: "object",
    input: (w, t) => ({
      squadId: squadId(w, t),
      athleteIds: [squadOf(w, t).athleteId],
      date: "2027-01-05",
      units: "METRIC",
      acknowledge: "1",
    }),
    allowed: coach,
    variants: {
      "the other squad's athlete": {
        input: (w, t) => ({
          squadId: squadId(w, t),
          athleteIds: [otherSquadOf(w, t).athleteId],
          date: "2027-01-05",
          units: "METRIC",
          acknowledge: "1",
        }),
        allowed: coach,
        alwaysRefused: "that athlete is not in this squad",
      },
      "an athlete of each squad": {
        input: (w, t) => ({
          squadId: squadId(w, t),
          athleteIds: [squadOf(w, t).athleteId, otherSquadOf(w, t).athleteId],
          date: "2027-01-05",
          units: "METRIC",
          acknowledge: "1",
        }),
        allowed: coach,
        alwaysRefused: "one athlete is not in this squad: nothing is assigned",
      },
    },
  },
  "recompute-assignments": {
    action: recomputeAssignments,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t) }),
    allowed: coach,
  },
  "delete-assignment": {
    action: deleteAssignment,
    scope: "object",
    input: (w, t) => ({ assignmentId: squadOf(w, t).openAssignmentId }),
    allowed: coach,
  },
  "log-result": {
    action: logResult,
    scope: "object",
    input: (w, t) => ({
      assignmentId: squadOf(w, t).openAssignmentId,
      idempotencyKey: randomUUID(),
      ...fullSession,
    }),
    allowed: logsFor,
    variants: {
      "editing the logged result": {
        input: (w, t) => ({
          assignmentId: squadOf(w, t).assignmentId,
          idempotencyKey: randomUUID(),
          expectedVersion: "1",
          ...fullSession,
        }),
        allowed: logsFor,
      },
      "the other squad's result's idempotency key": {
        input: (w, t) => ({
          assignmentId: squadOf(w, t).openAssignmentId,
          idempotencyKey: otherSquadOf(w, t).idempotencyKey,
          ...fullSession,
        }),
        allowed: logsFor,
        alwaysRefused: "that key is another session's: neither result changes",
      },
    },
  },
  "save-import": {
    action: saveImportAction,
    scope: "object",
    // A simulated 20:00 runner's lap-button FIT, recorded on another day than the session.
    input: (w, t) => ({
      assignmentId: squadOf(w, t).openAssignmentId,
      file: importFixture(),
      status: "COMPLETED",
      confirmOtherDay: "on",
    }),
    allowed: logsFor,
  },
  "save-squad-import": {
    action: saveSquadImport,
    scope: "object",
    // The coach's import for a session date: the same file, for the squad's open session.
    input: (w, t) => ({
      squadId: squadId(w, t),
      files: [importFixture()],
      assignmentIds: [squadOf(w, t).openAssignmentId],
      statuses: ["COMPLETED"],
      confirmOtherDay: [squadOf(w, t).openAssignmentId],
    }),
    allowed: coach,
  },
  "delete-result": {
    action: deleteResult,
    scope: "object",
    input: (w, t) => ({ assignmentId: squadOf(w, t).assignmentId }),
    allowed: logsFor,
  },
  "decide-recalibration": {
    action: decideRecalibration,
    scope: "object",
    input: (w, t) => ({ assignmentId: squadOf(w, t).assignmentId, decision: "dismiss" }),
    allowed: coach,
  },
  "add-comment": {
    action: addComment,
    scope: "object",
    // The conversation is the athlete's and the coaches': teammates never write in it.
    input: (w, t) => ({ assignmentId: squadOf(w, t).assignmentId, body: "Matrix comment" }),
    allowed: logsFor,
  },
  "delete-comment": {
    action: deleteComment,
    scope: "object",
    // The world's first comment is the head coach's: only its author deletes it.
    input: (w, t) => ({ commentId: squadOf(w, t).coachCommentId }),
    allowed: headCoach,
    variants: {
      "the athlete's own comment": {
        input: (w, t) => ({ commentId: squadOf(w, t).athleteCommentId }),
        allowed: theAthlete,
      },
    },
  },
  "hide-comment": {
    action: hideComment,
    scope: "object",
    input: (w, t) => ({ commentId: squadOf(w, t).athleteCommentId, hidden: "1" }),
    allowed: coach,
  },
  "mark-squad-seen": {
    action: markSquadSeen,
    scope: "object",
    input: (w, t) => ({ squadId: squadId(w, t) }),
    allowed: coach,
  },
  "update-email-preferences": {
    action: updateEmailPreferences,
    scope: "self",
    input: () => ({ dailyDigest: "1", coachComments: "1" }),
    allowed: signedIn,
  },
  "revoke-invitation": {
    action: revokeInvitation,
    scope: "object",
    input: (w, t) => ({ invitationId: squadOf(w, t).invitation.id }),
    allowed: coach,
    variants: {
      "coach invitation": {
        input: (w, t) => ({ invitationId: squadOf(w, t).coachInvitation.id }),
        allowed: headCoach,
      },
    },
  },
};

/**
 * The exports of lib/server/data/*.ts. A viewer-scoped read answers whether the viewer got the
 * object (null = denied); a read that takes no viewer says why it needs none.
 */
export type ReadEntry = { file: string } & (
  | {
      read: (viewer: Viewer | null, world: World, target: Target) => Promise<boolean>;
      allowed: Rule;
    }
  | { notViewerScoped: string }
);

export const readRegistry: Record<string, ReadEntry> = {
  getSquad: {
    file: "squads",
    read: async (viewer, w, t) => (await getSquad(viewer, squadId(w, t))) !== null,
    allowed: member,
  },
  listMySquads: {
    file: "squads",
    read: async (viewer, w, t) =>
      viewer !== null && (await listMySquads(viewer)).some((s) => s.id === squadId(w, t)),
    allowed: member,
  },
  getAthlete: {
    file: "athletes",
    read: async (viewer, w, t) => (await getAthlete(viewer, squadOf(w, t).athleteId)) !== null,
    allowed: seesAthlete,
  },
  "getAthlete: a former athlete": {
    file: "athletes",
    // Removed from the squad: the history is kept for its coaches, and for no one else.
    read: async (viewer, w, t) =>
      (await getAthlete(viewer, squadOf(w, t).formerAthleteId)) !== null,
    allowed: coach,
  },
  listAthleteSessions: {
    file: "athlete-sessions",
    read: async (viewer, w, t) =>
      (await listAthleteSessions(viewer, squadOf(w, t).athleteId)) !== null,
    allowed: seesAthlete,
  },
  getAthleteProgress: {
    file: "athlete-progress",
    read: async (viewer, w, t) =>
      (await getAthleteProgress(viewer, squadOf(w, t).athleteId, {
        from: "2026-01-01",
        to: "2026-04-30",
      })) !== null,
    allowed: seesAthlete,
  },
  getAthleteHome: {
    file: "athlete-home",
    // The viewer's own sessions only: the squad's athlete sees their last one, nobody else does.
    read: async (viewer, w, t) =>
      (await getAthleteHome(viewer))?.last?.assignmentId === squadOf(w, t).assignmentId,
    allowed: theAthlete,
  },
  getSession: {
    file: "sessions",
    read: async (viewer, w, t) => (await getSession(viewer, squadOf(w, t).assignmentId)) !== null,
    allowed: seesAthlete,
  },
  getSessionWorkout: {
    file: "workouts",
    // The workout file and "Add to calendar": whoever sees the session, as getSession.
    read: async (viewer, w, t) =>
      (await getSessionWorkout(viewer, squadOf(w, t).assignmentId)) !== null,
    allowed: seesAthlete,
  },
  getCurrentWorkout: {
    file: "workouts",
    read: async (viewer, w, t) =>
      (await getCurrentWorkout(viewer, squadOf(w, t).athleteId)) !== null,
    allowed: seesAthlete,
  },
  getResultOriginal: {
    file: "result-originals",
    // The imported file goes with the result: whoever sees the session may download it.
    read: async (viewer, w, t) =>
      (await getResultOriginal(viewer, squadOf(w, t).assignmentId)) !== null,
    allowed: seesAthlete,
  },
  getResultSource: {
    file: "result-originals",
    read: async (viewer, w, t) =>
      (await getResultSource(viewer, squadOf(w, t).assignmentId)) !== null,
    allowed: seesAthlete,
  },
  getSquadWorkouts: {
    file: "workouts",
    read: async (viewer, w, t) =>
      (await getSquadWorkouts(viewer, squadId(w, t), "2026-03-31")) !== null,
    allowed: coach,
  },
  listMyFeeds: {
    file: "calendar-feeds",
    // A squad's feed is offered to its coaches only.
    read: async (viewer, w, t) =>
      !!(await listMyFeeds(viewer))?.squads.some((s) => s.id === squadId(w, t)),
    allowed: coach,
  },
  getFeedCalendar: {
    file: "calendar-feeds",
    notViewerScoped:
      "a calendar feed answers to the unguessable token in its URL (calendar apps cannot sign in); revoked or unknown tokens get nothing (lib/server/data/calendar-feeds.test.ts)",
  },
  previewAssignment: {
    file: "schedule",
    read: async (viewer, w, t) =>
      (await previewAssignment(viewer, {
        squadId: squadId(w, t),
        athleteIds: [squadOf(w, t).athleteId],
        date: "2027-01-05",
        units: "METRIC",
        offsets: DEFAULT_OFFSETS,
      })) !== null,
    allowed: coach,
  },
  getSquadCalendar: {
    file: "schedule",
    read: async (viewer, w, t) =>
      (await getSquadCalendar(viewer, squadId(w, t), { from: "2026-03-01", to: "2026-04-30" })) !==
      null,
    allowed: member,
  },
  getSquadSheet: {
    file: "schedule",
    read: async (viewer, w, t) =>
      (await getSquadSheet(viewer, squadId(w, t), "2026-03-31")) !== null,
    allowed: member,
  },
  getSquadImport: {
    file: "squad-import",
    // The coach's squad import page: coaches of the squad only.
    read: async (viewer, w, t) => (await getSquadImport(viewer, squadId(w, t))) !== null,
    allowed: coach,
  },
  listUpcoming: {
    file: "schedule",
    // The viewer's own sessions only: the squad's athlete sees theirs, nobody else sees them.
    read: async (viewer, w, t) =>
      (await listUpcoming(viewer, { from: "2026-01-01" })).some(
        (a) => a.squad.id === squadId(w, t),
      ),
    allowed: theAthlete,
  },
  getSquadDashboard: {
    file: "squad-dashboard",
    read: async (viewer, w, t) =>
      (await getSquadDashboard(viewer, squadId(w, t), "2026-03-03")) !== null,
    allowed: coach,
  },
  loadTriage: {
    file: "triage",
    read: async (viewer, w, t) => (await loadTriage(viewer, squadId(w, t))) !== null,
    allowed: coach,
  },
  getStopwatchSessions: {
    file: "stopwatch",
    // The world's open assignment is on 2026-03-31.
    read: async (viewer, w, t) =>
      (await getStopwatchSessions(viewer, squadId(w, t), "2026-03-31")) !== null,
    allowed: member,
  },
  listStopwatchDates: {
    file: "stopwatch",
    read: async (viewer, w, t) =>
      (await listStopwatchDates(viewer, squadId(w, t), "2026-03-31")) !== null,
    allowed: member,
  },
  getSquadResults: {
    file: "squad-export",
    read: async (viewer, w, t) => (await getSquadResults(viewer, squadId(w, t))) !== null,
    allowed: coach,
  },
  getConversation: {
    file: "comments",
    // The athlete and the coaches only: never teammates, even where results are shared.
    read: async (viewer, w, t) =>
      (await getConversation(viewer, squadOf(w, t).assignmentId)) !== null,
    allowed: logsFor,
  },
  listUnreadComments: {
    file: "comments",
    // The athlete's own sessions: the head coach's comment is unread by its athlete alone.
    read: async (viewer, w, t) =>
      (await listUnreadComments(viewer)).some((s) => s.assignmentId === squadOf(w, t).assignmentId),
    allowed: theAthlete,
  },
  getSquadNews: {
    file: "squad-news",
    read: async (viewer, w, t) => (await getSquadNews(viewer, squadId(w, t))) !== null,
    allowed: coach,
  },
  getEmailPreferences: {
    file: "email-preferences",
    // The viewer's own choices, whoever is signed in.
    read: async (viewer) => (await getEmailPreferences(viewer)) !== null,
    allowed: signedIn,
  },
  checkInvitation: {
    file: "invitations",
    notViewerScoped: "the invitation page shows a link's squad to whoever holds the token",
  },
  checkHealth: { file: "health", notViewerScoped: "the public health check reports no user data" },
  checkPasswordReset: {
    file: "password-resets",
    notViewerScoped: "the reset page shows whose password a link resets to whoever holds the link",
  },
  healthFor: {
    file: "health",
    notViewerScoped: "the health check by address: details only from loopback, no user data",
  },
};

/**
 * Route handlers, keyed by path: public ones with the reason they are, and the rest with the one
 * read that decides who gets anything (`guardedBy`, a key of readRegistry), which the matrix runs
 * as every persona. The route must call that read and answer 404 when it returns null; the
 * registry test checks that it calls it.
 */
export type RouteEntry =
  { public: true; reason: string } | { guardedBy: keyof typeof readRegistry; reason: string };

export const routeRegistry: Record<string, RouteEntry> = {
  "app/api/health/route.ts": {
    public: true,
    reason:
      "liveness for load balancers: ok or not, no user data; migration details only from loopback",
  },
  "app/api/auth/[...nextauth]/route.ts": {
    public: true,
    reason:
      "next-auth's own sign-in, sign-out, session and CSRF endpoints; it checks its CSRF token",
  },
  "app/(auth)/signed-out/route.ts": {
    public: true,
    reason:
      "the last step of signing out: tells the browser to clear this site's caches and storage, reads no user data",
  },
  "app/(app)/squads/[squadId]/stopwatch/sw.js/route.ts": {
    public: true,
    reason:
      "the stopwatch's service worker script: static code, the same for every squad, no user data",
  },
  "app/(app)/squads/[squadId]/results.csv/route.ts": {
    guardedBy: "getSquadResults",
    reason: "the squad's logged laps as CSV, for its coaches; 404 for everyone else",
  },
  "app/(app)/sessions/[assignmentId]/workout.fit/route.ts": {
    guardedBy: "getSessionWorkout",
    reason: "the session's watch workout, for whoever may see the session; 404 for everyone else",
  },
  "app/(app)/sessions/[assignmentId]/original/route.ts": {
    guardedBy: "getResultOriginal",
    reason:
      "an imported result's watch file, for whoever may see the session; 404 for everyone else",
  },
  "app/(app)/sessions/[assignmentId]/calendar.ics/route.ts": {
    guardedBy: "getSessionWorkout",
    reason: "one session as a calendar event, for whoever may see it; 404 for everyone else",
  },
  "app/(app)/athletes/[athleteId]/workout.fit/route.ts": {
    guardedBy: "getCurrentWorkout",
    reason: "a watch workout from the athlete's current 5K, for whoever may see the athlete",
  },
  "app/(app)/squads/[squadId]/workouts.zip/route.ts": {
    guardedBy: "getSquadWorkouts",
    reason: "every athlete's watch workout for a date, zipped, for the squad's coaches only",
  },
  "app/calculator/workout.fit/route.ts": {
    public: true,
    reason: "the calculator's targets as a watch workout: a pure function of the query",
  },
  "app/feeds/[file]/route.ts": {
    public: true,
    reason:
      "a private calendar feed: the unguessable token in the URL is the key (calendar apps cannot sign in); unknown or revoked tokens get 404",
  },
  "app/api/v1/targets/route.ts": {
    public: true,
    reason: "the 4-3-2-1 targets for a 5K time: a pure function of the query, like /calculator",
  },
};
