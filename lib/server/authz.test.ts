import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import {
  canCoachAssignment,
  canCoachAthlete,
  canCoachSquad,
  canLogAssignment,
  canLogForAthlete,
  canManageInvitation,
  canRestoreAthlete,
  canSeeAssignment,
  canSeeAthlete,
  canSeeSquad,
  isHeadCoach,
  squadRole,
} from "@/lib/server/authz";
import { getAthlete } from "@/lib/server/data/athletes";
import { getSquad } from "@/lib/server/data/squads";
import { buildWorld, type SquadFixture } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

type Who = { id: string } | null;

/** Every question authz answers about one squad's objects, for one person. */
async function everything(who: Who, s: SquadFixture) {
  return {
    role: await squadRole(who, s.id),
    seeSquad: await canSeeSquad(who, s.id),
    coachSquad: await canCoachSquad(who, s.id),
    headCoach: await isHeadCoach(who, s.id),
    seeAthlete: await canSeeAthlete(who, s.athleteId),
    seeLoginless: await canSeeAthlete(who, s.loginlessAthleteId),
    coachAthlete: await canCoachAthlete(who, s.athleteId),
    logForAthlete: await canLogForAthlete(who, s.athleteId),
    logForLoginless: await canLogForAthlete(who, s.loginlessAthleteId),
    seeAssignment: await canSeeAssignment(who, s.assignmentId),
    logAssignment: await canLogAssignment(who, s.assignmentId),
    coachAssignment: await canCoachAssignment(who, s.assignmentId),
    manageAthleteInvitation: await canManageInvitation(who, s.invitation.id),
    manageCoachInvitation: await canManageInvitation(who, s.coachInvitation.id),
  };
}

type Answers = Awaited<ReturnType<typeof everything>>;
const NOTHING: Answers = {
  role: null,
  seeSquad: false,
  coachSquad: false,
  headCoach: false,
  seeAthlete: false,
  seeLoginless: false,
  coachAthlete: false,
  logForAthlete: false,
  logForLoginless: false,
  seeAssignment: false,
  logAssignment: false,
  coachAssignment: false,
  manageAthleteInvitation: false,
  manageCoachInvitation: false,
};

describe("who may see and change a squad", () => {
  it("gives the head coach everything, an assistant all but coach invitations", async () => {
    const w = await buildWorld(db);
    const all = Object.fromEntries(Object.keys(NOTHING).map((k) => [k, true]));
    expect(await everything(w.viewers.coach, w.a)).toEqual({ ...all, role: "HEAD_COACH" });
    expect(await everything(w.viewers.assistantCoach, w.a)).toEqual({
      ...all,
      role: "COACH",
      headCoach: false,
      manageCoachInvitation: false,
    });
  });

  it("lets an athlete see the squad and see and log only their own sessions", async () => {
    const w = await buildWorld(db);
    const member = { ...NOTHING, role: "ATHLETE", seeSquad: true };
    expect(await everything(w.viewers.self, w.a)).toEqual({
      ...member,
      seeAthlete: true,
      seeAssignment: true,
      logForAthlete: true,
      logAssignment: true,
    });
    // Teammates' results are private unless the squad shares them.
    expect(await everything(w.viewers.sameSquadAthlete, w.a)).toEqual(member);
    await db.squad.update({ where: { id: w.a.id }, data: { shareResults: true } });
    expect(await everything(w.viewers.sameSquadAthlete, w.a)).toEqual({
      ...member,
      seeAthlete: true,
      seeLoginless: true,
      seeAssignment: true,
    });
  });

  it("keeps an athlete of one squad who coaches another to an athlete's access in the first", async () => {
    const w = await buildWorld(db);
    expect(await squadRole(w.viewers.bothSquads, w.b.id)).toBe("COACH");
    expect(await canCoachAthlete(w.viewers.bothSquads, w.b.athleteId)).toBe(true);
    expect(await everything(w.viewers.bothSquads, w.a)).toEqual({
      ...NOTHING,
      role: "ATHLETE",
      seeSquad: true,
    });
  });

  it("never treats a login-less athlete as anyone's own", async () => {
    const w = await buildWorld(db);
    for (const who of [null, w.viewers.self, w.viewers.sameSquadAthlete, w.viewers.pendingInvitee])
      expect(await canLogForAthlete(who, w.a.loginlessAthleteId)).toBe(false);
    expect(await canLogForAthlete(w.viewers.assistantCoach, w.a.loginlessAthleteId)).toBe(true);
  });

  it("shows nothing to the anonymous, removed members, pending invitees and other squads", async () => {
    const w = await buildWorld(db);
    const outsiders = [
      null,
      w.viewers.removedCoach,
      w.viewers.pendingInvitee,
      w.viewers.otherCoach,
      w.viewers.otherSquadAthlete,
      w.viewers.removedAthleteWithLogin,
      w.viewers.removedAssistantWithOwnLink,
    ];
    for (const who of outsiders) {
      expect(await everything(who, w.a), who?.name ?? "anonymous").toEqual(NOTHING);
      expect(await getSquad(who, w.a.id)).toBeNull();
      expect(await getAthlete(who, w.a.athleteId)).toBeNull();
    }
  });

  it("hides a deleted squad from everyone, its head coach included", async () => {
    const w = await buildWorld(db);
    await db.squad.update({ where: { id: w.a.id }, data: { deletedAt: new Date() } });
    const members = [w.viewers.coach, w.viewers.assistantCoach, w.viewers.self];
    for (const who of [...members, w.viewers.sameSquadAthlete]) {
      expect(await everything(who, w.a), who.name).toEqual(NOTHING);
      expect(await getSquad(who, w.a.id)).toBeNull();
      expect(await getAthlete(who, w.a.athleteId)).toBeNull();
    }
    // Another squad is untouched.
    expect(await canCoachSquad(w.viewers.otherCoach, w.b.id)).toBe(true);
  });

  it("ends a removed athlete's access to their own history; their coaches keep it, read-only", async () => {
    const w = await buildWorld(db);
    await db.athleteProfile.update({
      where: { id: w.a.athleteId },
      data: { removedAt: new Date() },
    });
    await db.membership.update({
      where: { squadId_userId: { squadId: w.a.id, userId: w.a.athleteUserId } },
      data: { removedAt: new Date() },
    });
    expect(await everything(w.viewers.self, w.a)).toEqual(NOTHING);
    expect(await canSeeAthlete(w.viewers.coach, w.a.athleteId)).toBe(true);
    expect(await canSeeAssignment(w.viewers.assistantCoach, w.a.assignmentId)).toBe(true);
    expect(await canCoachAthlete(w.viewers.coach, w.a.athleteId)).toBe(false);
    expect(await canLogAssignment(w.viewers.coach, w.a.assignmentId)).toBe(false);
    expect(await canCoachAssignment(w.viewers.coach, w.a.assignmentId)).toBe(false);
    // Their former teammates and other squads' coaches do not.
    expect(await canSeeAthlete(w.viewers.sameSquadAthlete, w.a.athleteId)).toBe(false);
    expect(await canSeeAthlete(w.viewers.otherCoach, w.a.athleteId)).toBe(false);
    // With a login, they come back by invitation, not by a coach's restore.
    expect(await canRestoreAthlete(w.viewers.coach, w.a.athleteId)).toBe(false);
    expect(await canSeeAthlete(w.viewers.coach, w.a.teammateId)).toBe(true);
  });

  it("answers no for ids that do not exist, as for objects one may not see", async () => {
    const w = await buildWorld(db);
    const missing = "does-not-exist";
    const coach = w.viewers.coach;
    const answers = [
      await squadRole(coach, missing),
      await canSeeSquad(coach, missing),
      await canSeeAthlete(coach, missing),
      await canCoachAthlete(coach, missing),
      await canLogForAthlete(coach, missing),
      await canSeeAssignment(coach, missing),
      await canLogAssignment(coach, missing),
      await canCoachAssignment(coach, missing),
      await canManageInvitation(coach, missing),
    ];
    expect(answers.every((a) => a === null || a === false)).toBe(true);
  });
});
