import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { hashPassword } from "@/lib/security/password";
import { buildWorld } from "@/lib/server/testing/world";
import { changePassword } from "./change-password";
import { deleteAccount } from "./delete-account";
import { signUp } from "./sign-up";
import { updateAccount } from "./update-account";

const db = testDb();
afterAll(() => db.$disconnect());

describe("account actions", () => {
  it("refuses bad sign-up input at each field, and creates nothing", async () => {
    const result = await signUp.invoke(null, { name: " ", email: "nope", password: "123456789" });
    expect(result.fieldErrors).toEqual({
      name: "Enter a name",
      email: "Enter a valid email address",
      password: "This password is one of the most common ones: choose another",
    });
    expect(await db.user.count({ where: { email: "nope" } })).toBe(0);
  });

  it("accepts a 64-character passphrase and refuses 129 characters", async () => {
    const email = `long-${Date.now()}@e2e.test`;
    expect((await signUp.invoke(null, { name: "Long", email, password: "x".repeat(64) })).ok).toBe(
      true,
    );
    const tooLong = await signUp.invoke(null, {
      name: "Long",
      email: `2${email}`,
      password: "y".repeat(129),
    });
    expect(tooLong.fieldErrors?.password).toBe("Use at most 128 characters");
  });

  it("a duplicate email, whatever its case, makes no second account and is not revealed", async () => {
    const email = `dup-${Date.now()}@e2e.test`;
    const first = await signUp.invoke(null, {
      name: "First",
      email,
      password: "a long enough passphrase",
    });
    const again = await signUp.invoke(null, {
      name: "Second",
      email: email.toUpperCase(),
      password: "another long passphrase",
    });
    expect(again).toEqual(first); // lib/server/actions/sign-up.test.ts has the whole story
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await db.user.findUniqueOrThrow({ where: { email } })).name).toBe("First");
  });

  it("refuses an unknown time zone at its field", async () => {
    const world = await buildWorld(db);
    const result = await updateAccount.invoke(world.viewers.self, {
      name: "Sam",
      units: "METRIC",
      timeZone: "Mars/Olympus",
    });
    expect(result.fieldErrors).toEqual({ timeZone: "Choose a time zone from the list" });
  });

  it("a password change needs the current password and ends every session", async () => {
    const world = await buildWorld(db);
    const me = world.viewers.self;
    await db.user.update({
      where: { id: me.id },
      data: { passwordHash: await hashPassword("the old passphrase") },
    });
    const wrong = await changePassword.invoke(me, {
      currentPassword: "not it",
      newPassword: "a brand new passphrase",
    });
    expect(wrong.fieldErrors?.currentPassword).toBe("That is not your current password.");
    const before = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    const ok = await changePassword.invoke(me, {
      currentPassword: "the old passphrase",
      newPassword: "a brand new passphrase",
    });
    expect(ok.ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
  });

  it("deleting an account removes the login but keeps the athlete's history with the squad", async () => {
    const world = await buildWorld(db);
    const me = world.viewers.self;
    const unconfirmed = await deleteAccount.invoke(me, { confirm: "yes" });
    expect(unconfirmed.fieldErrors?.confirm).toBe("Type your email address to confirm.");
    expect((await deleteAccount.invoke(me, { confirm: me.email!.toUpperCase() })).ok).toBe(true);
    expect(await db.user.findUnique({ where: { id: me.id } })).toBeNull();
    expect(await db.membership.count({ where: { userId: me.id } })).toBe(0);
    const profile = await db.athleteProfile.findUniqueOrThrow({ where: { id: world.a.athleteId } });
    expect(profile.userId).toBeNull();
    expect(await db.sessionResult.count({ where: { id: world.a.resultId } })).toBe(1);
  });

  it("a deleted head coach's squad passes to the longest-serving other coach", async () => {
    const world = await buildWorld(db);
    const head = world.viewers.coach;
    expect((await deleteAccount.invoke(head, { confirm: head.email! })).ok).toBe(true);
    const squad = await db.squad.findUniqueOrThrow({ where: { id: world.a.id } });
    expect(squad.deletedAt).toBeNull();
    const assistant = await db.membership.findUniqueOrThrow({
      where: { squadId_userId: { squadId: world.a.id, userId: world.a.assistantCoachId } },
    });
    expect(assistant.role).toBe("HEAD_COACH");
  });
});
