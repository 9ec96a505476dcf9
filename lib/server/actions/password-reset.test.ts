import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { hashToken } from "@/lib/security/tokens";
import { NOT_FOUND } from "@/lib/server/action";
import { LIMITS, takeLimit } from "@/lib/server/limits";
import { linkIn, parseMail } from "@/lib/server/testing/smtp";
import { seams, testSmtpServer } from "@/lib/server/testing/seams";
import { buildWorld } from "@/lib/server/testing/world";
import { createAthleteResetLink } from "./create-athlete-reset-link";
import { requestPasswordReset } from "./request-password-reset";
import { resetPassword } from "./reset-password";

const db = testDb();
const smtp = testSmtpServer();
afterAll(() => db.$disconnect());

// Counts live in the database: a run's addresses are its own, even against a reused database.
const run = randomBytes(2);
let lastOctet = 1;
function withEmail(): string {
  const address = `10.${run[0]}.${run[1]}.${lastOctet++}`;
  seams.smtpUrl = smtp.url;
  seams.request = new Headers({ origin: "https://club.example", "x-forwarded-for": address });
  return address;
}

const NEW_PASSWORD = "a fresh passphrase for spring";

/** A user with a password, signed in somewhere (sessionVersion 0). */
async function userWithPassword(email = uniqueEmail("runner")) {
  return db.user.create({
    data: { email, name: "Runner", role: "COACH", passwordHash: await hashPassword("old one 123") },
  });
}

const tokenOf = (path: string) => path.split("/reset-password/")[1]!;

describe("asking for a reset by email", () => {
  it("answers alike for an address with and without an account; each gets one email", async () => {
    const user = await userWithPassword();
    withEmail();
    const nobody = uniqueEmail("nobody");

    const known = await requestPasswordReset.invoke(null, { email: user.email!.toUpperCase() });
    const unknown = await requestPasswordReset.invoke(null, { email: nobody });

    const answer = (email: string) => ({
      ok: true,
      message: `Check your email: we sent ${email} what to do next. A reset link works once, for an hour.`,
    });
    expect(known).toEqual(answer(user.email!));
    expect(unknown).toEqual(answer(nobody));
    const [toUser, toNobody] = smtp.received.map((m) => ({ to: m.to, ...parseMail(m.raw) }));
    expect(toUser).toMatchObject({ to: [user.email], subject: "Choose a new Step-Down password" });
    expect(linkIn(toUser!.text, "/reset-password/")).toMatch(
      /^https:\/\/club\.example\/reset-password\/[\w-]{32}$/,
    );
    expect(toNobody?.to).toEqual([nobody]);
    expect(toNobody?.subject).toBe("No Step-Down account uses this email address");
    expect(await db.passwordReset.count({ where: { userId: user.id } })).toBe(1);
  });

  it("says why it cannot without email set up, and points athletes to their head coach", async () => {
    const result = await requestPasswordReset.invoke(null, { email: uniqueEmail("x") });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/ask your head coach/);
  });

  it("refuses a malformed address at its field", async () => {
    withEmail();
    const result = await requestPasswordReset.invoke(null, { email: "not an address" });
    expect(result.fieldErrors).toEqual({ email: "Enter a valid email address" });
    expect(smtp.received).toEqual([]);
  });

  it("a fourth request for one address in an hour is refused, alike with or without an account", async () => {
    const user = await userWithPassword();
    const nobody = uniqueEmail("nobody");
    for (let i = 0; i < LIMITS.resetRequestPerEmail.points; i++) {
      withEmail(); // from a new address each time: the per-email count still holds
      await requestPasswordReset.invoke(null, { email: user.email! });
      await requestPasswordReset.invoke(null, { email: nobody });
    }
    withEmail();
    const known = await requestPasswordReset.invoke(null, { email: user.email! });
    const unknown = await requestPasswordReset.invoke(null, { email: nobody });
    expect(known).toEqual(unknown);
    expect(known.message).toMatch(/^Too many reset requests\. Try again in \d+ minutes\.$/);
    expect(smtp.received).toHaveLength(2 * LIMITS.resetRequestPerEmail.points);
  });
});

describe("choosing a new password from the link", () => {
  async function emailedLink(user: { email: string | null }) {
    withEmail();
    await requestPasswordReset.invoke(null, { email: user.email! });
    const text = parseMail(smtp.received.at(-1)!.raw).text;
    return tokenOf(linkIn(text, "/reset-password/"));
  }

  it("sets the password, signs out everywhere and works only once", async () => {
    const user = await userWithPassword();
    const token = await emailedLink(user);
    const other = await emailedLink(user); // a second link asked for meanwhile

    const done = await resetPassword.invoke(null, { token, newPassword: NEW_PASSWORD });

    expect(done).toMatchObject({ ok: true, redirectTo: "/sign-in?reason=password-changed" });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(after.passwordHash!, "old one 123")).toBe(false);

    const again = await resetPassword.invoke(null, {
      token,
      newPassword: "yet another passphrase",
    });
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/already been used/);
    const otherAfter = await resetPassword.invoke(null, {
      token: other,
      newPassword: "yet another passphrase",
    });
    expect(otherAfter.message).toMatch(/already been used/);
    const unchanged = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(unchanged.sessionVersion).toBe(after.sessionVersion);
  });

  it("two submits at once: one sets the password, the other is told the link was used", async () => {
    const user = await userWithPassword();
    const token = await emailedLink(user);
    const results = await Promise.all([
      resetPassword.invoke(null, { token, newPassword: NEW_PASSWORD }),
      resetPassword.invoke(null, { token, newPassword: "the other passphrase 9" }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
  });

  it("refuses an expired link, an unknown one and a weak password, changing nothing", async () => {
    const user = await userWithPassword();
    const token = await emailedLink(user);
    const weak = await resetPassword.invoke(null, { token, newPassword: "password123" });
    expect(weak.fieldErrors?.newPassword).toMatch(/most common/);
    const unknown = await resetPassword.invoke(null, {
      token: "y".repeat(32),
      newPassword: NEW_PASSWORD,
    });
    expect(unknown.message).toMatch(/not valid: check it was copied whole/);
    await db.passwordReset.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await resetPassword.invoke(null, { token, newPassword: NEW_PASSWORD });
    expect(expired.message).toMatch(/has expired/);
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  });
});

describe("a head coach's reset link for an athlete", () => {
  it("works once, for the athlete's account, and signs them out everywhere", async () => {
    const world = await buildWorld(db);
    const made = await createAthleteResetLink.invoke(world.viewers.coach, {
      athleteId: world.a.athleteId,
    });
    expect(made.ok).toBe(true);
    expect(made.message).toMatch(/shown only once/);
    const token = tokenOf(made.data!.path!);
    const row = await db.passwordReset.findUniqueOrThrow({
      where: { tokenHash: hashToken(token) },
    });
    expect(row).toMatchObject({ userId: world.a.athleteUserId, createdById: world.a.headCoachId });
    const hours = (row.expiresAt.getTime() - row.createdAt.getTime()) / 3_600_000;
    expect(hours).toBeCloseTo(24, 1);

    expect((await resetPassword.invoke(null, { token, newPassword: NEW_PASSWORD })).ok).toBe(true);
    const athlete = await db.user.findUniqueOrThrow({ where: { id: world.a.athleteUserId } });
    expect(athlete.sessionVersion).toBe(1);
    expect(await verifyPassword(athlete.passwordHash!, NEW_PASSWORD)).toBe(true);
    const again = await resetPassword.invoke(null, { token, newPassword: "another passphrase 8" });
    expect(again.message).toMatch(/already been used/);
  });

  it("only the head coach, only for an athlete of theirs who is nothing more", async () => {
    const world = await buildWorld(db);
    const athleteId = world.a.athleteId;
    const tries = {
      assistant: await createAthleteResetLink.invoke(world.viewers.assistantCoach, { athleteId }),
      otherHead: await createAthleteResetLink.invoke(world.viewers.otherCoach, { athleteId }),
      teammate: await createAthleteResetLink.invoke(world.viewers.sameSquadAthlete, { athleteId }),
      anonymous: await createAthleteResetLink.invoke(null, { athleteId }),
      noLogin: await createAthleteResetLink.invoke(world.viewers.coach, {
        athleteId: world.a.loginlessAthleteId,
      }),
    };
    for (const result of Object.values(tries)) expect(result.message).toBe(NOT_FOUND);

    // An athlete who also coaches squad B: a link would open a coach's account.
    await db.membership.create({
      data: { squadId: world.b.id, userId: world.a.athleteUserId, role: "COACH" },
    });
    const coachToo = await createAthleteResetLink.invoke(world.viewers.coach, { athleteId });
    expect(coachToo.message).toBe(NOT_FOUND);
    expect(await db.passwordReset.count({ where: { userId: world.a.athleteUserId } })).toBe(0);
  });

  it("is limited per coach per day", async () => {
    const world = await buildWorld(db);
    for (let i = 0; i < LIMITS.resetLinksPerCoach.points; i++)
      await takeLimit("resetLinksPerCoach", world.a.headCoachId);
    const result = await createAthleteResetLink.invoke(world.viewers.coach, {
      athleteId: world.a.athleteId,
    });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Too many reset links/);
  });
});
