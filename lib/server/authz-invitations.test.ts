import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { NOT_FOUND } from "@/lib/server/action";
import { acceptInvitation } from "@/lib/server/actions/accept-invitation";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { canCoachSquad, canLogForAthlete, canSeeAthlete, squadRole } from "@/lib/server/authz";
import { getSquad } from "@/lib/server/data/squads";
import { buildWorld } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

/**
 * Invitation links against the world's personas: who a link lets in, and that removal sticks (a
 * link made before someone's removal never brings them back; a newer one may).
 */
describe("invitations", () => {
  it("lets only the invited email accept an invitation made for it", async () => {
    const w = await buildWorld(db);
    const token = w.inviteeInvitation.token;
    const other = await acceptInvitation.invoke(w.viewers.otherSquadAthlete, { token });
    expect(other).toMatchObject({ ok: false, message: expect.stringMatching(/is for/) as unknown });
    expect(await squadRole(w.viewers.otherSquadAthlete, w.a.id)).toBeNull();
    expect(await acceptInvitation.invoke(null, { token })).toMatchObject({ message: NOT_FOUND });

    expect(await acceptInvitation.invoke(w.viewers.pendingInvitee, { token })).toMatchObject({
      ok: true,
      redirectTo: `/squads/${w.a.id}`,
    });
    expect(await squadRole(w.viewers.pendingInvitee, w.a.id)).toBe("ATHLETE");
    expect(await getSquad(w.viewers.pendingInvitee, w.a.id)).not.toBeNull();
  });

  it("gives a removed coach who accepts an athlete link an athlete's access, not a coach's", async () => {
    const w = await buildWorld(db);
    const result = await acceptInvitation.invoke(w.viewers.removedCoach, {
      token: w.a.invitation.token,
    });
    expect(result.ok).toBe(true);
    expect(await squadRole(w.viewers.removedCoach, w.a.id)).toBe("ATHLETE");
    expect(await canCoachSquad(w.viewers.removedCoach, w.a.id)).toBe(false);
  });
  it("refuses a removed athlete the link made before their removal; a newer one brings them back", async () => {
    const w = await buildWorld(db);
    const who = w.viewers.removedAthleteWithLogin;
    const old = await acceptInvitation.invoke(who, { token: w.a.invitation.token });
    expect(old.ok).toBe(false);
    expect(await squadRole(who, w.a.id)).toBeNull();
    expect(await canSeeAthlete(who, w.removedAthleteId)).toBe(false);

    const made = await createInvitation.invoke(w.viewers.coach, {
      squadId: w.a.id,
      role: "ATHLETE",
      expiresInDays: 7,
    });
    const token = made.data!.path!.split("/").pop()!;
    expect(await acceptInvitation.invoke(who, { token })).toMatchObject({ ok: true });
    expect(await squadRole(who, w.a.id)).toBe("ATHLETE");
    // Back with their own history, not a new empty profile.
    expect(await canLogForAthlete(who, w.removedAthleteId)).toBe(true);
  });

  it("withdraws a removed coach's own links; only a link made after the removal brings them back", async () => {
    const w = await buildWorld(db);
    const who = w.viewers.removedAssistantWithOwnLink;
    const own = await acceptInvitation.invoke(who, { token: w.removedAssistantLink.token });
    expect(own.ok).toBe(false);
    expect(await squadRole(who, w.a.id)).toBeNull();
    // Withdrawn for everyone, not just for its maker.
    const other = await acceptInvitation.invoke(w.viewers.otherSquadAthlete, {
      token: w.removedAssistantLink.token,
    });
    expect(other.ok).toBe(false);
    expect(await squadRole(w.viewers.otherSquadAthlete, w.a.id)).toBeNull();
    // The head coach's athlete link predates the removal too.
    expect((await acceptInvitation.invoke(who, { token: w.a.invitation.token })).ok).toBe(false);

    const made = await createInvitation.invoke(w.viewers.coach, {
      squadId: w.a.id,
      role: "COACH",
      expiresInDays: 7,
    });
    const token = made.data!.path!.split("/").pop()!;
    expect(await acceptInvitation.invoke(who, { token })).toMatchObject({ ok: true });
    expect(await squadRole(who, w.a.id)).toBe("COACH");
  });

  it("makes a coach link single-use unless the head coach allows more", async () => {
    const w = await buildWorld(db);
    const made = await createInvitation.invoke(w.viewers.coach, {
      squadId: w.a.id,
      role: "COACH",
      expiresInDays: 7,
    });
    const token = made.data!.path!.split("/").pop()!;
    expect(await acceptInvitation.invoke(w.viewers.pendingInvitee, { token })).toMatchObject({
      ok: true,
    });
    const second = await acceptInvitation.invoke(w.viewers.otherCoach, { token });
    expect(second.ok).toBe(false);
    expect(await squadRole(w.viewers.otherCoach, w.a.id)).toBeNull();
  });
});
