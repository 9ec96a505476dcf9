import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { hashPassword } from "@/lib/security/password";
import { UNSTORABLE } from "@/lib/validation/text";
import { snapshotSquad, snapshotUsers } from "@/lib/server/testing/snapshot";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { addAthlete } from "./add-athlete";
import { addMark } from "./add-mark";
import { assignSession } from "./assign-session";
import { changePassword } from "./change-password";
import { createInvitation } from "./create-invitation";
import { createSquad } from "./create-squad";
import { logResult } from "./log-result";
import { signUp } from "./sign-up";
import { updateAccount } from "./update-account";
import { updateSquad } from "./update-squad";

const db = testDb();
afterAll(() => db.$disconnect());

const NUL = "Ann\u0000e";
const LONE_SURROGATE = "Ann\uD800e";

/** Refused with this message at this field, and squad A and the world's users are as they were. */
async function refusedAt(
  world: World,
  attempt: () => Promise<{ ok: boolean; fieldErrors?: Record<string, string> }>,
  field: string,
  message: string | RegExp,
) {
  const before = [await snapshotSquad(db, world.a.id), await snapshotUsers(db, world)];
  const result = await attempt();
  expect(result.ok).toBe(false);
  expect(result.fieldErrors?.[field]).toMatch(message);
  expect([await snapshotSquad(db, world.a.id), await snapshotUsers(db, world)]).toEqual(before);
}

const onTarget = { reps: ["96 96 96 96", "94.2 94.2 94.1", "93 93", "88.5"] };

describe("text PostgreSQL cannot store is refused at its field, not a 500", () => {
  it.each([
    ["a NUL", NUL],
    ["a lone surrogate", LONE_SURROGATE],
  ])("in a sign-up name (%s)", async (_name, name) => {
    const email = uniqueEmail("unstorable");
    const result = await signUp.invoke(null, { name, email, password: "a long enough passphrase" });
    expect(result.fieldErrors).toEqual({ name: UNSTORABLE });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it.each([
    [
      "an athlete's name",
      (w: World) => addAthlete.invoke(w.viewers.coach, { squadId: w.a.id, name: NUL }),
      "name",
    ],
    [
      "a new squad's name",
      (w: World) => createSquad.invoke(w.viewers.coach, { name: LONE_SURROGATE, units: "METRIC" }),
      "name",
    ],
    [
      "a squad's new name",
      (w: World) =>
        updateSquad.invoke(w.viewers.coach, { squadId: w.a.id, name: NUL, units: "METRIC" }),
      "name",
    ],
    [
      "an account name",
      (w: World) =>
        updateAccount.invoke(w.viewers.self, {
          name: LONE_SURROGATE,
          units: "METRIC",
          timeZone: "UTC",
        }),
      "name",
    ],
    [
      "a mark's note",
      (w: World) =>
        addMark.invoke(w.viewers.coach, {
          athleteId: w.a.athleteId,
          time: "19:45",
          date: "2026-03-03",
          source: "RACE",
          note: NUL,
        }),
      "note",
    ],
    [
      "a result's notes",
      (w: World) =>
        logResult.invoke(w.viewers.self, {
          assignmentId: w.a.openAssignmentId,
          idempotencyKey: randomUUID(),
          status: "COMPLETED",
          notes: LONE_SURROGATE,
          ...onTarget,
        }),
      "notes",
    ],
  ])("in %s", async (_name, attempt, field) => {
    const world = await buildWorld(db);
    await refusedAt(world, () => attempt(world), field, UNSTORABLE);
  });
});

describe("values PostgreSQL would refuse are refused at their field, not a 500", () => {
  it.each(["0000-01-01", "0000-02-29"])("a mark dated %s", async (date) => {
    const world = await buildWorld(db);
    const attempt = () =>
      addMark.invoke(world.viewers.coach, {
        athleteId: world.a.athleteId,
        time: "19:45",
        date,
        source: "RACE",
      });
    await refusedAt(world, attempt, "date", "Use a date between 1900 and 2100");
  });

  it("a session assigned on 0000-02-29", async () => {
    const world = await buildWorld(db);
    const attempt = () =>
      assignSession.invoke(world.viewers.coach, {
        squadId: world.a.id,
        athleteIds: [world.a.athleteId],
        date: "0000-02-29",
        units: "METRIC",
      });
    await refusedAt(world, attempt, "date", "Use a date between 1900 and 2100");
  });

  it("an edit based on a version past PostgreSQL's integer", async () => {
    const world = await buildWorld(db);
    const attempt = () =>
      logResult.invoke(world.viewers.coach, {
        assignmentId: world.a.assignmentId,
        idempotencyKey: randomUUID(),
        expectedVersion: "9999999999",
        status: "COMPLETED",
        ...onTarget,
      });
    await refusedAt(world, attempt, "expectedVersion", /.+/);
  });

  it("an invitation to an email address over 254 characters", async () => {
    const world = await buildWorld(db);
    const attempt = () =>
      createInvitation.invoke(world.viewers.coach, {
        squadId: world.a.id,
        role: "ATHLETE",
        email: `${"a".repeat(64)}@${"b".repeat(190)}.example`,
      });
    await refusedAt(world, attempt, "email", "That email address is too long");
  });

  it("a current password longer than any password could be, without hashing it", async () => {
    const world = await buildWorld(db);
    await db.user.update({
      where: { id: world.viewers.self.id },
      data: { passwordHash: await hashPassword("the old passphrase") },
    });
    const attempt = () =>
      changePassword.invoke(world.viewers.self, {
        currentPassword: "x".repeat(100_000),
        newPassword: "a brand new passphrase",
      });
    await refusedAt(
      world,
      attempt,
      "currentPassword",
      "That is too long to be your current password",
    );
  });
});
