import { randomBytes } from "node:crypto";
import type { Profile } from "next-auth";
import { encode } from "next-auth/jwt";
import { afterAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/lib/database/testing";
import { env } from "@/lib/env";
import { issueLinkIntent, linkingUser, readLinkIntent } from "./link-intent";
import { EMAIL_TAKEN_REDIRECT, LINKED_ELSEWHERE_REDIRECT, signInWithOAuth } from "./oauth";

const db = testDb();
afterAll(() => db.$disconnect());

/** What next-auth hands the signIn callback after a provider's round trip. */
function google(email: string | null, verified = true) {
  const account = { provider: "google", providerAccountId: randomBytes(8).toString("hex") };
  const profile = { email, email_verified: verified } as Profile;
  return { account, profile, user: { name: "Google Person", email } };
}
const strava = () => ({
  account: { provider: "strava", providerAccountId: randomBytes(8).toString("hex") },
  profile: undefined,
  user: { name: "Strava Runner", email: null },
});

async function passwordAccount(email = uniqueEmail("owner")) {
  return db.user.create({
    data: { email, name: "Password Owner", role: "COACH", passwordHash: "x" },
    select: { id: true, email: true, sessionVersion: true },
  });
}
const signIn = (p: ReturnType<typeof google>, linkTo: string | null = null) =>
  signInWithOAuth(p.account, p.profile, p.user, linkTo);
const identities = (userId: string) => db.account.count({ where: { userId } });

describe("OAuth sign-in never joins an account by email", () => {
  it("an address someone registered first is refused, not handed their account", async () => {
    // The attack: sign up with the victim's address before the victim ever uses Google.
    const squatter = await passwordAccount();
    const victim = google(squatter.email);
    expect(await signIn(victim)).toEqual({ refused: EMAIL_TAKEN_REDIRECT });
    expect(await identities(squatter.id)).toBe(0);
    // Unverified or differently cased, the same.
    expect(await signIn(google(squatter.email!.toUpperCase(), false))).toEqual({
      refused: EMAIL_TAKEN_REDIRECT,
    });
  });

  it("a new address makes a new account, and the identity signs in to it again later", async () => {
    const person = google(uniqueEmail("new"));
    const first = await signIn(person);
    if (!("user" in first)) throw new Error("expected a new account");
    expect(first.user.email).toBe(person.user.email);
    expect(await signIn(person)).toEqual({ user: first.user });
  });

  it("keeps an email only when Google verified it; Strava gives none", async () => {
    const unverified = await signIn(google(uniqueEmail("unverified"), false));
    expect("user" in unverified && unverified.user.email).toBeNull();
    const runner = strava();
    const made = await signInWithOAuth(runner.account, runner.profile, runner.user, null);
    expect("user" in made && made.user.email).toBeNull();
  });

  it("links only for the signed-in user who asked; then the identity signs in as them", async () => {
    const owner = await passwordAccount();
    const identity = google(uniqueEmail("other-address"));
    expect(await signIn(identity, owner.id)).toMatchObject({ user: { id: owner.id } });
    expect(await identities(owner.id)).toBe(1);
    expect(await signIn(identity)).toMatchObject({ user: { id: owner.id } });
    // Asking again for the same identity is harmless.
    expect(await signIn(identity, owner.id)).toMatchObject({ user: { id: owner.id } });
  });

  it("an identity linked to one account cannot be linked to another", async () => {
    const first = await passwordAccount();
    const second = await passwordAccount();
    const identity = google(null);
    await signIn(identity, first.id);
    expect(await signIn(identity, second.id)).toEqual({ refused: LINKED_ELSEWHERE_REDIRECT });
    expect(await identities(second.id)).toBe(0);
  });
});

describe("the link intent", () => {
  const secret = () => env().AUTH_SECRET!;
  const sessionOf = (user: { id: string; sessionVersion: number }) =>
    encode({ token: { sub: user.id, sv: user.sessionVersion }, secret: secret() });

  it("names the signed-in user who set it, for that provider, for ten minutes", async () => {
    const user = await passwordAccount();
    const intent = issueLinkIntent(user.id, user.sessionVersion, "google", true).value;
    expect(await linkingUser("google", { intent, sessionToken: await sessionOf(user) })).toBe(
      user.id,
    );
    expect(await linkingUser("strava", { intent, sessionToken: await sessionOf(user) })).toBeNull();
    expect(readLinkIntent(intent, "google", Date.now() + 11 * 60_000)).toBeNull();
  });

  it("links nothing for another browser session, an ended session, or an altered cookie", async () => {
    const user = await passwordAccount();
    const other = await passwordAccount();
    const intent = issueLinkIntent(user.id, user.sessionVersion, "google", false).value;
    expect(
      await linkingUser("google", { intent, sessionToken: await sessionOf(other) }),
    ).toBeNull();
    expect(await linkingUser("google", { intent })).toBeNull();
    const forged = intent.replace(user.id, other.id);
    expect(
      await linkingUser("google", { intent: forged, sessionToken: await sessionOf(other) }),
    ).toBeNull();
    const token = await sessionOf(user);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await linkingUser("google", { intent, sessionToken: token })).toBeNull();
  });
});
