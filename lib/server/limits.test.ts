import { afterAll, describe, expect, it } from "vitest";
import { GET as targets } from "@/app/api/v1/targets/route";
import { testDb } from "@/lib/database/testing";
import { hashPassword } from "@/lib/security/password";
import { changePassword } from "@/lib/server/actions/change-password";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { LIMITS, takeLimit, tryAgainIn } from "@/lib/server/limits";
import { seams, testSmtpServer } from "@/lib/server/testing/seams";
import { buildWorld } from "@/lib/server/testing/world";

const db = testDb();
const smtp = testSmtpServer();
afterAll(() => db.$disconnect());

describe("the limiter", () => {
  it("counts per key and answers the wait once a key has used its points", async () => {
    const key = `test-${Date.now()}`;
    for (let i = 0; i < LIMITS.passwordChangePerAccount.points; i++)
      expect(await takeLimit("passwordChangePerAccount", key)).toBe(0);
    const wait = await takeLimit("passwordChangePerAccount", key);
    expect(wait).toBeGreaterThan(3500);
    expect(wait).toBeLessThanOrEqual(3600);
    expect(await takeLimit("passwordChangePerAccount", `${key}-other`)).toBe(0);
    expect(await takeLimit("signUpPerEmail", key)).toBe(0); // each limit counts on its own
  });

  it("writes the wait for a person", () => {
    expect(tryAgainIn(45)).toBe("Try again in 45 seconds.");
    expect(tryAgainIn(3599)).toBe("Try again in 60 minutes.");
    expect(tryAgainIn(86_000)).toBe("Try again in 24 hours.");
  });
});

describe("password changes", () => {
  it("a sixth attempt in an hour is refused, even with the right current password", async () => {
    const world = await buildWorld(db);
    const me = world.viewers.self;
    await db.user.update({
      where: { id: me.id },
      data: { passwordHash: await hashPassword("the old passphrase") },
    });
    for (let i = 0; i < LIMITS.passwordChangePerAccount.points; i++) {
      const wrong = await changePassword.invoke(me, {
        currentPassword: `guess ${i}`,
        newPassword: "a brand new passphrase",
      });
      expect(wrong.fieldErrors?.currentPassword).toBe("That is not your current password.");
    }
    const limited = await changePassword.invoke(me, {
      currentPassword: "the old passphrase",
      newPassword: "a brand new passphrase",
    });
    expect(limited.ok).toBe(false);
    expect(limited.message).toMatch(/^Too many password changes\. Try again in \d+ minutes\.$/);
    const after = await db.user.findUniqueOrThrow({ where: { id: me.id } });
    expect(after.sessionVersion).toBe(0);
  });
});

describe("invitation emails", () => {
  it("past the day's limit the invitation is made but not emailed, and the coach is told", async () => {
    seams.smtpUrl = smtp.url;
    seams.request = new Headers({ origin: "https://club.example" });
    const world = await buildWorld(db);
    const coach = world.viewers.coach;
    for (let i = 0; i < LIMITS.invitationEmailsPerCoach.points - 1; i++)
      await takeLimit("invitationEmailsPerCoach", coach.id);
    const input = { squadId: world.a.id, role: "ATHLETE", email: "runner@example.test" };

    const last = await createInvitation.invoke(coach, { ...input, expiresInDays: 7 });
    expect(last.message).toMatch(/^Invitation emailed to runner@example\.test/);
    const over = await createInvitation.invoke(coach, { ...input, expiresInDays: 7 });
    expect(over.ok).toBe(true);
    expect(over.message).toMatch(/not emailed: you have sent 50 invitation emails today/);
    expect(over.data?.path).toMatch(/^\/invite\//);
    expect(smtp.received).toHaveLength(1);
    // Another coach of the squad still emails.
    const other = await createInvitation.invoke(world.viewers.assistantCoach, {
      ...input,
      expiresInDays: 7,
    });
    expect(other.message).toMatch(/^Invitation emailed/);
  });
});

describe("GET /api/v1/targets", () => {
  const from = (address: string) =>
    new Request("http://localhost/api/v1/targets?fiveK=20:00", {
      headers: { "x-forwarded-for": address },
    });

  it("answers 429 with Retry-After and a reason past 60 a minute from one address", async () => {
    const [one, two] = [`10.9.${Date.now() % 250}.1`, `10.9.${Date.now() % 250}.2`];
    for (let i = 0; i < LIMITS.targetsApiPerAddress.points; i++)
      expect((await targets(from(one))).status).toBe(200);
    const limited = await targets(from(one));
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get("Retry-After"));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limited.json()).toEqual({
      error: `Too many requests: at most 60 every 60 seconds from one address. Try again in ${wait} s.`,
      retryAfterSeconds: wait,
    });
    expect((await targets(from(two))).status).toBe(200);
  });
});
