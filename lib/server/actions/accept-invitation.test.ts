import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import type { Prisma } from "@/lib/generated/prisma/client";
import { whileUncommitted } from "@/lib/server/testing/interleave";
import { buildWorld } from "@/lib/server/testing/world";
import { snapshotSquad } from "@/lib/server/testing/snapshot";
import { acceptInvitation } from "./accept-invitation";
import { createInvitation } from "./create-invitation";
import { deleteSquad } from "./delete-squad";

const db = testDb();
afterAll(() => db.$disconnect());

/** A fresh invitation to squad A, made through the action as its head coach. */
async function invite(extra: Record<string, unknown> = {}) {
  const world = await buildWorld(db);
  const made = await createInvitation.invoke(world.viewers.coach, {
    squadId: world.a.id,
    role: "ATHLETE",
    ...extra,
  });
  expect(made.ok).toBe(true);
  const token = made.data!.path!.split("/").pop()!;
  return { world, token };
}

describe("accepting an invitation: each refusal has its own message and changes nothing", () => {
  it("joins an athlete, with a profile, and counts the use", async () => {
    const { world, token } = await invite();
    const result = await acceptInvitation.invoke(world.viewers.pendingInvitee, { token });
    expect(result).toMatchObject({ ok: true, redirectTo: `/squads/${world.a.id}` });
    const profile = await db.athleteProfile.findUnique({
      where: { squadId_userId: { squadId: world.a.id, userId: world.viewers.pendingInvitee.id } },
    });
    expect(profile?.removedAt).toBeNull();
  });

  it("says 'already in' when joining twice", async () => {
    const { world, token } = await invite();
    const before = await snapshotSquad(db, world.a.id);
    const result = await acceptInvitation.invoke(world.viewers.self, { token });
    expect(result.ok).toBe(false);
    expect(result.message).toBe(`You are already in "${world.a.name}".`);
    expect(await snapshotSquad(db, world.a.id)).toBe(before);
  });

  it("says an expired invitation expired, and when", async () => {
    const { world, token } = await invite();
    await db.invitation.updateMany({
      where: { squadId: world.a.id },
      data: { expiresAt: new Date("2026-01-02T00:00:00Z") },
    });
    const result = await acceptInvitation.invoke(world.viewers.pendingInvitee, { token });
    expect(result).toMatchObject({
      ok: false,
      message: expect.stringContaining("expired on 2026-01-02") as string,
    });
  });

  it("says a used-up invitation was used, and two people cannot both take its last use", async () => {
    const { world, token } = await invite({ maxUses: 1 });
    const results = await Promise.all([
      acceptInvitation.invoke(world.viewers.pendingInvitee, { token }),
      acceptInvitation.invoke(world.viewers.otherSquadAthlete, { token }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.message).toMatch(/already been used/);
    const members = await db.membership.count({
      where: {
        squadId: world.a.id,
        userId: { in: [world.viewers.pendingInvitee.id, world.viewers.otherSquadAthlete.id] },
      },
    });
    expect(members).toBe(1);
  });

  it("uses one use when the same person submits twice at once: the second is 'already in'", async () => {
    const { world, token } = await invite({ maxUses: 2 });
    const me = world.viewers.pendingInvitee;
    const results = await Promise.all([
      acceptInvitation.invoke(me, { token }),
      acceptInvitation.invoke(me, { token }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)?.message).toBe(`You are already in "${world.a.name}".`);
    const made = await db.invitation.findFirstOrThrow({
      where: { squadId: world.a.id, maxUses: 2 },
    });
    expect(made.uses).toBe(1);
  });

  it.each([
    [
      "withdrawn",
      (tx: Prisma.TransactionClient, squadId: string) =>
        tx.invitation.updateMany({ where: { squadId }, data: { revokedAt: new Date() } }),
      /withdrawn by the coach/,
    ],
    [
      "expired",
      (tx: Prisma.TransactionClient, squadId: string) =>
        tx.invitation.updateMany({ where: { squadId }, data: { expiresAt: new Date(0) } }),
      /expired on 1970-01-01/,
    ],
    [
      "its squad deleted",
      (tx: Prisma.TransactionClient, squadId: string) =>
        tx.squad.update({ where: { id: squadId }, data: { deletedAt: new Date() } }),
      /was deleted, so this invitation no longer works/,
    ],
  ])("refuses an invitation %s while it was being accepted", async (_name, change, message) => {
    const { world, token } = await invite();
    const me = world.viewers.pendingInvitee;
    const result = await whileUncommitted(
      db,
      (tx) => change(tx, world.a.id),
      () => acceptInvitation.invoke(me, { token }),
    );
    expect(result).toMatchObject({ ok: false, message });
    expect(await db.membership.count({ where: { squadId: world.a.id, userId: me.id } })).toBe(0);
    const uses = await db.invitation.aggregate({
      where: { squadId: world.a.id },
      _sum: { uses: true },
    });
    expect(uses._sum.uses).toBe(0);
  });

  it("says a withdrawn invitation was withdrawn", async () => {
    const { world, token } = await invite();
    await db.invitation.updateMany({
      where: { squadId: world.a.id },
      data: { revokedAt: new Date() },
    });
    const result = await acceptInvitation.invoke(world.viewers.pendingInvitee, { token });
    expect(result.message).toMatch(/withdrawn by the coach/);
  });

  it("says the squad was deleted", async () => {
    const { world, token } = await invite();
    const squad = await db.squad.findUniqueOrThrow({ where: { id: world.a.id } });
    expect(
      (
        await deleteSquad.invoke(world.viewers.coach, {
          squadId: squad.id,
          confirmName: squad.name,
        })
      ).ok,
    ).toBe(true);
    const result = await acceptInvitation.invoke(world.viewers.pendingInvitee, { token });
    expect(result.message).toBe(
      `The squad "${squad.name}" was deleted, so this invitation no longer works.`,
    );
    expect(
      await db.membership.count({
        where: { squadId: squad.id, userId: world.viewers.pendingInvitee.id },
      }),
    ).toBe(0);
  });

  it("refuses an invitation meant for another email", async () => {
    const { world, token } = await invite({ email: "someone-else@example.test" });
    const result = await acceptInvitation.invoke(world.viewers.pendingInvitee, { token });
    expect(result.message).toMatch(/is for someone-else@example.test/);
  });

  it("rejects a malformed token at the field, and an unknown one as not valid", async () => {
    const world = await buildWorld(db);
    const short = await acceptInvitation.invoke(world.viewers.pendingInvitee, { token: "abc" });
    expect(short.fieldErrors?.token).toBe("This invitation link is not valid.");
    const unknown = await acceptInvitation.invoke(world.viewers.pendingInvitee, {
      token: "x".repeat(32),
    });
    expect(unknown.message).toMatch(/^This invitation link is not valid/);
  });

  it("links a login-less athlete's profile, history and all, to the account that accepts", async () => {
    const world = await buildWorld(db);
    const made = await createInvitation.invoke(world.viewers.coach, {
      squadId: world.a.id,
      role: "ATHLETE",
      athleteId: world.a.loginlessAthleteId,
    });
    const token = made.data!.path!.split("/").pop()!;
    expect((await acceptInvitation.invoke(world.viewers.pendingInvitee, { token })).ok).toBe(true);
    const linked = await db.athleteProfile.findUniqueOrThrow({
      where: { id: world.a.loginlessAthleteId },
    });
    expect(linked.userId).toBe(world.viewers.pendingInvitee.id);
    expect(
      await db.athleteProfile.count({
        where: { squadId: world.a.id, userId: world.viewers.pendingInvitee.id },
      }),
    ).toBe(1);
  });
});

describe("creating invitations: bad input is named at its field", () => {
  it("refuses an expiry outside 1-30 days, a use cap below 1 and a malformed email", async () => {
    const world = await buildWorld(db);
    const before = await db.invitation.count({ where: { squadId: world.a.id } });
    const result = await createInvitation.invoke(world.viewers.coach, {
      squadId: world.a.id,
      role: "ATHLETE",
      expiresInDays: "45",
      maxUses: "0",
      email: "not-an-email",
    });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors).toEqual({
      expiresInDays: "At most 30 days",
      maxUses: "At least 1 use",
      email: "Enter a valid email address",
    });
    expect(await db.invitation.count({ where: { squadId: world.a.id } })).toBe(before);
  });
});
