import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it, vi } from "vitest";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { verifyPassword } from "@/lib/security/password";
import { hashToken } from "@/lib/security/tokens";
import { verifyCredentials } from "@/lib/server/auth/credentials";
import { seams, testSmtpServer } from "@/lib/server/testing/seams";
import { LIMITS, takeLimit } from "@/lib/server/limits";
import { linkIn, parseMail } from "@/lib/server/testing/smtp";
import { confirmSignUp } from "./confirm-sign-up";
import { signUp } from "./sign-up";

const db = testDb();
const smtp = testSmtpServer();
afterAll(() => db.$disconnect());

// Counts live in the database: a run's addresses are its own, even against a reused database.
const run = randomBytes(2);
let lastOctet = 1;
/** A request from an address of its own, so each test's per-address counts start at zero. */
function fromNewAddress(): string {
  const address = `10.${run[0]}.${run[1]}.${lastOctet++}`;
  seams.request = new Headers({ origin: "https://club.example", "x-forwarded-for": address });
  return address;
}

const OWNER_PASSWORD = "the owner's own passphrase";
const input = (email: string, name = "New runner", password = "a stranger's passphrase 7") => ({
  name,
  email,
  password,
});

/** An account made earlier, the way the demo or a past sign-up made it. */
async function existingAccount() {
  const email = uniqueEmail("owner");
  fromNewAddress();
  expect((await signUp.invoke(null, input(email, "Owner", OWNER_PASSWORD))).ok).toBe(true);
  return db.user.findUniqueOrThrow({ where: { email } });
}

describe("sign-up without email set up", () => {
  it("answers a taken address exactly as a new one, and leaves the account alone", async () => {
    const owner = await existingAccount();
    const address = fromNewAddress();

    const taken = await signUp.invoke(null, input(owner.email!.toUpperCase()));
    const fresh = await signUp.invoke(null, input(uniqueEmail("fresh")));

    expect(taken).toEqual(fresh);
    expect(taken).toEqual({ ok: true, message: "Account created. Signing you in…" });
    const after = await db.user.findUniqueOrThrow({ where: { id: owner.id } });
    expect(after).toEqual(owner);
    // The sign-in the form then tries fails as any wrong password does; the owner's still works.
    const headers = { "x-forwarded-for": address };
    const signInError = (email: string | null) =>
      verifyCredentials({ email, password: "a stranger's passphrase 7" }, headers).then(
        () => "signed in",
        (e: Error) => e.message,
      );
    expect(await signInError(owner.email)).toBe(await signInError(uniqueEmail("nobody")));
    expect(await verifyPassword(after.passwordHash!, OWNER_PASSWORD)).toBe(true);
  });

  it("still refuses bad input at each field, before counting anything", async () => {
    fromNewAddress();
    const result = await signUp.invoke(null, { name: "", email: "x", password: "short" });
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["email", "name", "password"]);
  });
});

describe("sign-up with email set up", () => {
  it("answers alike; the owner of a taken address is told by email, a new one gets its link", async () => {
    const owner = await existingAccount();
    seams.smtpUrl = smtp.url;
    fromNewAddress();
    const newEmail = uniqueEmail("fresh");

    const taken = await signUp.invoke(null, input(owner.email!));
    const fresh = await signUp.invoke(null, input(newEmail));

    const answer = (email: string) => ({
      ok: true,
      message: `Check your email: we sent a link to ${email} to finish. It works for 24 hours.`,
      data: { next: "check-email" },
    });
    expect(taken).toEqual(answer(owner.email!));
    expect(fresh).toEqual(answer(newEmail));
    expect(await db.user.count({ where: { email: newEmail } })).toBe(0); // not before the link

    const [toOwner, toNew] = smtp.received;
    expect(toOwner?.to).toEqual([owner.email]);
    const ownerMail = parseMail(toOwner!.raw);
    expect(ownerMail.subject).toBe("You already have a Step-Down account");
    expect(ownerMail.text).toContain("No second account was made.");
    expect(linkIn(ownerMail.text, "/forgot-password")).toBe("https://club.example/forgot-password");
    expect(toNew?.to).toEqual([newEmail]);
    expect(parseMail(toNew!.raw).subject).toBe("Finish creating your Step-Down account");
    expect(await db.user.findUniqueOrThrow({ where: { id: owner.id } })).toEqual(owner);
  });

  it("the emailed link makes the account once, with the chosen password and the way back", async () => {
    seams.smtpUrl = smtp.url;
    fromNewAddress();
    const email = uniqueEmail("linked");
    await signUp.invoke(null, { ...input(email), callbackUrl: "/invite/abc" });
    const link = new URL(linkIn(parseMail(smtp.received[0]!.raw).text, "/sign-up/confirm/"));
    expect(link.origin).toBe("https://club.example");
    expect(link.searchParams.get("callbackUrl")).toBe("/invite/abc");
    const token = link.pathname.slice("/sign-up/confirm/".length);

    const done = await confirmSignUp.invoke(null, { token });
    expect(done.ok).toBe(true);
    expect(done.message).toMatch(/ready: sign in/);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "New runner", role: "COACH" });
    expect(await verifyPassword(user.passwordHash!, "a stranger's passphrase 7")).toBe(true);

    const again = await confirmSignUp.invoke(null, { token });
    expect(again.ok).toBe(false);
    expect(again.message).toMatch(/not valid or has expired/);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("refuses an expired link, an unknown one and one whose address was taken meanwhile", async () => {
    seams.smtpUrl = smtp.url;
    fromNewAddress();
    const email = uniqueEmail("late");
    await signUp.invoke(null, input(email));
    const token = new URL(
      linkIn(parseMail(smtp.received[0]!.raw).text, "/sign-up/confirm/"),
    ).pathname
      .split("/")
      .pop()!;
    await db.signUpRequest.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await confirmSignUp.invoke(null, { token })).message).toMatch(/has expired/);
    expect((await confirmSignUp.invoke(null, { token: "x".repeat(32) })).message).toMatch(
      /not valid/,
    );
    expect((await confirmSignUp.invoke(null, { token: "short" })).fieldErrors?.token).toMatch(
      /not valid/,
    );
    await db.signUpRequest.update({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() + 60_000) },
    });
    await db.user.create({ data: { email, name: "Quicker", role: "COACH" } });
    expect((await confirmSignUp.invoke(null, { token })).message).toMatch(/already has an account/);
  });

  it("says the email could not be sent, alike for new and taken addresses", async () => {
    seams.smtpUrl = smtp.url;
    fromNewAddress();
    vi.spyOn(console, "error").mockImplementation(() => {});
    const result = await signUp.invoke(
      null,
      input(uniqueEmail("x").replace(/@.*/, "@refused.test")),
    );
    expect(result).toEqual({
      ok: false,
      code: "unavailable",
      message: "We could not send the email just now: try again in a few minutes.",
    });
    vi.restoreAllMocks();
  });
});

describe("sign-up limits", () => {
  it("a sixth sign-up for one address in an hour is refused, alike for new and taken ones", async () => {
    const owner = await existingAccount(); // its first sign-up counts too
    const fresh = uniqueEmail("repeat");
    fromNewAddress();
    for (let i = 0; i < LIMITS.signUpPerEmail.points - 1; i++) {
      expect((await signUp.invoke(null, input(owner.email!))).ok).toBe(true);
      fromNewAddress();
    }
    for (let i = 0; i < LIMITS.signUpPerEmail.points; i++)
      expect((await signUp.invoke(null, input(fresh))).ok).toBe(true);
    const taken = await signUp.invoke(null, input(owner.email!));
    const again = await signUp.invoke(null, input(fresh));
    expect(taken).toEqual(again);
    expect(taken.ok).toBe(false);
    expect(taken.message).toMatch(/^Too many sign-ups\. Try again in \d+ minutes\.$/);
  });

  it("refuses sign-ups from an address that used up its hour, and creates nothing", async () => {
    const address = fromNewAddress();
    for (let i = 0; i < LIMITS.signUpPerAddress.points; i++)
      await takeLimit("signUpPerAddress", address);
    const email = uniqueEmail("busy");
    const result = await signUp.invoke(null, input(email));
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Too many sign-ups/);
    expect(await db.user.count({ where: { email } })).toBe(0);
    fromNewAddress(); // another address is not held back
    expect((await signUp.invoke(null, input(email))).ok).toBe(true);
  });
});
