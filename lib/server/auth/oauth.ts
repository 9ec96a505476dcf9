import "server-only";
import type { Account, Profile, User } from "next-auth";
import GoogleProvider from "next-auth/providers/google";
import StravaProvider from "next-auth/providers/strava";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
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

/** Where a refused OAuth sign-in or link sends the browser; the pages explain each reason. */
export const EMAIL_TAKEN_REDIRECT = "/sign-in?reason=oauth-email-taken";
export const LINKED_ELSEWHERE_REDIRECT = "/account?link-error=linked-elsewhere#linked-accounts";

const select = { id: true, name: true, email: true, sessionVersion: true } as const;
export type OAuthUser = { id: string; name: string; email: string | null; sessionVersion: number };
export type OAuthOutcome = { user: OAuthUser } | { refused: string };

/**
 * Who an OAuth identity signs in as. Never chosen by email: whoever first registered an address
 * would otherwise receive its owner's later Google sign-in (or, the other way, take over an
 * account by signing up with its address first).
 * - an identity already linked signs in as its user;
 * - `linkingUserId` (a signed-in user who started linking from their account page, see
 *   link-intent.ts) gets the identity linked to them, unless another account has it;
 * - otherwise it makes a new account, only if no account has the email the provider reports:
 *   that person signs in with their password and links the provider from their account page.
 * Strava reports no email; a Google address is kept only when Google has verified it.
 */
export async function signInWithOAuth(
  account: Pick<Account, "provider" | "providerAccountId">,
  profile: Profile | undefined,
  user: Pick<User, "name" | "email">,
  linkingUserId: string | null,
): Promise<OAuthOutcome> {
  const key = { provider: account.provider, providerAccountId: account.providerAccountId };
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: key },
    select: { user: { select } },
  });
  if (linkingUserId) {
    if (linked)
      return linked.user.id === linkingUserId ? linked : { refused: LINKED_ELSEWHERE_REDIRECT };
    return attach(key, linkingUserId);
  }
  if (linked) return linked;

  const reported = user.email?.toLowerCase() ?? null;
  if (
    reported &&
    (await db().user.findUnique({ where: { email: reported }, select: { id: true } }))
  )
    return { refused: EMAIL_TAKEN_REDIRECT };
  const verified = (profile as { email_verified?: boolean } | undefined)?.email_verified === true;
  const email = account.provider === "google" && verified ? reported : null;
  try {
    const created = await db().user.create({
      data: { email, name: user.name ?? "Runner", role: "COACH", accounts: { create: key } },
      select,
    });
    return { user: created };
  } catch (error) {
    // The same email or identity registered a moment ago by a parallel sign-in.
    if (isUniqueViolation(error)) return { refused: EMAIL_TAKEN_REDIRECT };
    throw error;
  }
}

async function attach(
  key: { provider: string; providerAccountId: string },
  userId: string,
): Promise<OAuthOutcome> {
  try {
    const { user } = await db().account.create({
      data: { ...key, userId },
      select: { user: { select } },
    });
    return { user };
  } catch (error) {
    if (isUniqueViolation(error)) return { refused: LINKED_ELSEWHERE_REDIRECT };
    throw error;
  }
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/** The providers this user has linked, for their account page. */
export async function linkedProviders(userId: string): Promise<string[]> {
  const accounts = await db().account.findMany({
    where: { userId },
    select: { provider: true },
    distinct: ["provider"],
  });
  return accounts.map((a) => a.provider);
}
