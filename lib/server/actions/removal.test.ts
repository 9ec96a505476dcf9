import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { squadRole } from "@/lib/server/authz";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { leaveSquad } from "./leave-squad";
import { removeAthlete } from "./remove-athlete";
import { removeCoach } from "./remove-coach";

const db = testDb();
afterAll(() => db.$disconnect());

type Who = World["viewers"]["coach"];

const REMOVED_SINCE = /made before you were removed from the squad: ask the coach for a new one/;

/** A link to squad A made through the action; its raw token. */
async function link(who: Who, squadId: string, extra: Record<string, unknown> = {}) {
  const made = await createInvitation.invoke(who, { squadId, role: "ATHLETE", ...extra });
  expect(made.ok, made.message).toBe(true);
  return made.data!.path!.split("/").pop()!;
}

const accept = (who: Who, token: string) => acceptInvitation.invoke(who, { token });

describe("removal sticks: an old link does not bring a removed person back", () => {
  it("refuses a removed athlete the link they joined with; a link made after the removal works", async () => {
    const w = await buildWorld(db);
    const joiner = w.viewers.pendingInvitee;
    const shared = await link(w.viewers.coach, w.a.id);
    expect((await accept(joiner, shared)).ok).toBe(true);
    const profile = await db.athleteProfile.findUniqueOrThrow({
      where: { squadId_userId: { squadId: w.a.id, userId: joiner.id } },
    });
    expect((await removeAthlete.invoke(w.viewers.coach, { athleteId: profile.id })).ok).toBe(true);

    const again = await accept(joiner, shared);
    expect(again).toMatchObject({
      ok: false,
      message: expect.stringMatching(REMOVED_SINCE) as unknown,
    });
    expect(await squadRole(joiner, w.a.id)).toBeNull();
    const uses = await db.invitation.findFirstOrThrow({
      where: { squadId: w.a.id, uses: { gt: 0 } },
      select: { uses: true },
    });
    expect(uses.uses).toBe(1); // the refusal used nothing

    const fresh = await link(w.viewers.coach, w.a.id);
    expect((await accept(joiner, fresh)).ok).toBe(true);
    expect(await squadRole(joiner, w.a.id)).toBe("ATHLETE");
    // Their history comes back with them: the same profile, current again.
    expect(await db.athleteProfile.findUniqueOrThrow({ where: { id: profile.id } })).toMatchObject({
      removedAt: null,
      userId: joiner.id,
    });
  });

  it("refuses an athlete who left the squad the link made before they left", async () => {
    const w = await buildWorld(db);
    const shared = await link(w.viewers.coach, w.a.id);
    expect((await leaveSquad.invoke(w.viewers.self, { squadId: w.a.id })).ok).toBe(true);
    expect(await accept(w.viewers.self, shared)).toMatchObject({
      ok: false,
      message: expect.stringMatching(REMOVED_SINCE) as unknown,
    });
    expect(await squadRole(w.viewers.self, w.a.id)).toBeNull();
  });

  it("withdraws every open link of a removed assistant, so their own link cannot bring them back", async () => {
    const w = await buildWorld(db);
    const assistant = w.viewers.assistantCoach;
    const own = await link(assistant, w.a.id);
    const another = await link(assistant, w.a.id, { maxUses: "20" });
    const heads = await link(w.viewers.coach, w.a.id); // made before the removal, by the head coach
    const removed = await removeCoach.invoke(w.viewers.coach, {
      squadId: w.a.id,
      userId: assistant.id,
    });
    expect(removed).toMatchObject({
      ok: true,
      message: expect.stringMatching(/2 links/) as unknown,
    });

    expect(await accept(assistant, own)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/withdrawn/) as unknown,
    });
    // Nor can anyone else use what they left behind.
    expect((await accept(w.viewers.pendingInvitee, another)).ok).toBe(false);
    // The head coach's older link does not let them back either, as an athlete or otherwise.
    expect(await accept(assistant, heads)).toMatchObject({
      ok: false,
      message: expect.stringMatching(REMOVED_SINCE) as unknown,
    });
    expect(await squadRole(assistant, w.a.id)).toBeNull();
    // The head coach's link still works for everyone else.
    expect((await accept(w.viewers.pendingInvitee, heads)).ok).toBe(true);

    const fresh = await link(w.viewers.coach, w.a.id);
    expect((await accept(assistant, fresh)).ok).toBe(true);
    expect(await squadRole(assistant, w.a.id)).toBe("ATHLETE");
  });

  it("withdraws a leaving assistant's links, in the same step as the leaving", async () => {
    const w = await buildWorld(db);
    const assistant = w.viewers.assistantCoach;
    const own = await link(assistant, w.a.id);
    expect((await leaveSquad.invoke(assistant, { squadId: w.a.id })).ok).toBe(true);
    const open = await db.invitation.count({
      where: { squadId: w.a.id, createdById: assistant.id, revokedAt: null },
    });
    expect(open).toBe(0);
    expect((await accept(w.viewers.pendingInvitee, own)).ok).toBe(false);
  });
});

describe("coach links", () => {
  it("work once unless the head coach allows more", async () => {
    const w = await buildWorld(db);
    const once = await link(w.viewers.coach, w.a.id, { role: "COACH" });
    expect((await accept(w.viewers.pendingInvitee, once)).ok).toBe(true);
    expect(await squadRole(w.viewers.pendingInvitee, w.a.id)).toBe("COACH");
    expect(await accept(w.viewers.otherSquadAthlete, once)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already been used/) as unknown,
    });
    expect(await squadRole(w.viewers.otherSquadAthlete, w.a.id)).toBeNull();

    const twice = await link(w.viewers.coach, w.a.id, { role: "COACH", maxUses: "2" });
    expect((await accept(w.viewers.otherSquadAthlete, twice)).ok).toBe(true);
    expect((await accept(w.viewers.otherCoach, twice)).ok).toBe(true);
  });

  it("leaves athlete links uncapped unless a cap is chosen", async () => {
    const w = await buildWorld(db);
    await link(w.viewers.coach, w.a.id);
    const made = await db.invitation.findFirstOrThrow({
      where: { squadId: w.a.id, createdById: w.viewers.coach.id },
      orderBy: { createdAt: "desc" },
    });
    expect(made.maxUses).toBeNull();
  });
});
