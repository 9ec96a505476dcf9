import type { MembershipRole } from "@/lib/generated/prisma/client";
import type { PersonaName, Target } from "./world";

/**
 * The authorization rules restated from the personas' side, independently of lib/server/authz.ts,
 * so the matrix compares the code with the rules rather than with itself:
 * squad members see the squad; coaches see and change its athletes and their sessions; an athlete
 * sees and logs their own, and teammates' sessions and progress only where the squad shares
 * results (`sharing`, Squad.shareResults); only the head coach manages coaches and deletes the
 * squad; removed members and people with only a pending invitation see nothing.
 */
export type Rule = (persona: PersonaName, target: Target, sharing?: boolean) => boolean;

/**
 * Each persona's active role in squad A ("same") and squad B ("other"); absent = none. The
 * removed personas have none anywhere; bothSquads is an athlete of A and a coach of B.
 */
const ROLES: Record<Target, Partial<Record<PersonaName, MembershipRole>>> = {
  same: {
    self: "ATHLETE",
    sameSquadAthlete: "ATHLETE",
    coach: "HEAD_COACH",
    assistantCoach: "COACH",
    bothSquads: "ATHLETE",
  },
  other: { otherSquadAthlete: "ATHLETE", otherCoach: "HEAD_COACH", bothSquads: "COACH" },
};

export const roleIn = (persona: PersonaName, target: Target): MembershipRole | null =>
  ROLES[target][persona] ?? null;

export const anyone: Rule = () => true;

export const signedIn: Rule = (persona) => persona !== "anonymous";

export const member: Rule = (persona, target) => roleIn(persona, target) !== null;

export const coach: Rule = (persona, target) => {
  const role = roleIn(persona, target);
  return role === "HEAD_COACH" || role === "COACH";
};

export const headCoach: Rule = (persona, target) => roleIn(persona, target) === "HEAD_COACH";

/** The athlete an athlete-scoped object belongs to: "self" in A, B's athlete in B. */
export const theAthlete: Rule = (persona, target) =>
  persona === (target === "same" ? "self" : "otherSquadAthlete") && member(persona, target);

/** Results: the athlete themself, or a coach of their squad. */
export const logsFor: Rule = (persona, target) =>
  theAthlete(persona, target) || coach(persona, target);

/**
 * An athlete's profile, sessions and progress: their coaches and themself; their teammates too
 * where the squad shares results (never the notes or device keys: the "receives" test's part).
 */
export const seesAthlete: Rule = (persona, target, sharing = false) =>
  logsFor(persona, target) || (sharing && member(persona, target));

/**
 * Who gets through with a squad's invitation link (made before the world's removals): anyone
 * signed in who is not a member already, except those removed from that squad after the link was
 * made (removal sticks). removedCoach was removed before the links were made, so they may.
 */
export const joinsWithOldLink: Rule = (persona, target) =>
  signedIn(persona, target) &&
  !member(persona, target) &&
  !(
    target === "same" &&
    (persona === "removedAthleteWithLogin" || persona === "removedAssistantWithOwnLink")
  );

export const nobody: Rule = () => false;
