import type { MembershipRole } from "@/lib/generated/prisma/client";
import type { PersonaName, Target } from "./world";

/**
 * The authorization rules restated from the personas' side, independently of lib/server/authz.ts,
 * so the matrix compares the code with the rules rather than with itself:
 * squad members see the squad, its athletes and their sessions; coaches change them; only the
 * head coach manages coaches and deletes the squad; an athlete logs their own results; removed
 * members and people with only a pending invitation see nothing.
 */
export type Rule = (persona: PersonaName, target: Target) => boolean;

/** Each persona's active role in squad A ("same") and squad B ("other"); absent = none. */
const ROLES: Record<Target, Partial<Record<PersonaName, MembershipRole>>> = {
  same: {
    self: "ATHLETE",
    sameSquadAthlete: "ATHLETE",
    coach: "HEAD_COACH",
    assistantCoach: "COACH",
  },
  other: { otherSquadAthlete: "ATHLETE", otherCoach: "HEAD_COACH" },
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
