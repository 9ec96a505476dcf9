import "server-only";
import type { Account, Profile, User } from "next-auth";
import GoogleProvider from "next-auth/providers/google";
import StravaProvider from "next-auth/providers/strava";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";

/** Google and Strava appear only when their keys are configured; nothing needs them. */
export function oauthProviders() {
  const e = env();
  const providers = [];
  if (e.GOOGLE_CLIENT_ID && e.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID, clientSecret: e.GOOGLE_CLIENT_SECRET }),
    );
  }
  if (e.STRAVA_CLIENT_ID && e.STRAVA_CLIENT_SECRET) {
    providers.push(
      StravaProvider({ clientId: e.STRAVA_CLIENT_ID, clientSecret: e.STRAVA_CLIENT_SECRET }),
    );
  }
  return providers;
}

/**
 * Finds or creates the user behind an OAuth identity. Strava gives no email, so such users have
 * none. A Google identity joins an existing account only when Google says the email is verified.
 */
export async function signInWithOAuth(account: Account, profile: Profile | undefined, user: User) {
  const select = { id: true, sessionVersion: true } as const;
  const key = { provider: account.provider, providerAccountId: account.providerAccountId };
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: key },
    select: { user: { select } },
  });
  if (linked) return linked.user;

  const verified = (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
  const email =
    account.provider === "google" && verified && user.email ? user.email.toLowerCase() : null;
  return db().$transaction(async (tx) => {
    const existing = email ? await tx.user.findUnique({ where: { email }, select }) : null;
    const target =
      existing ??
      (await tx.user.create({
        data: { email, name: user.name ?? "Runner", role: "COACH" },
        select,
      }));
    await tx.account.create({ data: { ...key, userId: target.id } });
    return target;
  });
}
