import "server-only";
import { decode } from "next-auth/jwt";
import { env } from "@/lib/env";
import { db } from "@/lib/server/db";
import type { CookieToSet } from "./device-cookie";
import { sign, signatureMatches } from "./signed-value";

/**
 * Linking a Google or Strava identity to an account happens only when its signed-in owner asks
 * for it on the account page: that sets this short-lived, signed cookie naming the user (and their
 * session version), and the OAuth sign-in that follows links the identity to them. Nothing is ever
 * linked by a matching email.
 */
const PURPOSE = "link-intent";
export const LINK_INTENT_COOKIE = "stepdown-link-intent";
const MAX_AGE = 10 * 60; // s: long enough for the provider's consent screen

export function issueLinkIntent(
  userId: string,
  sessionVersion: number,
  provider: string,
  secure: boolean,
  now = Date.now(),
): CookieToSet {
  const payload = [userId, sessionVersion, provider, now + MAX_AGE * 1000].join(".");
  return {
    name: LINK_INTENT_COOKIE,
    value: `${payload}.${sign(PURPOSE, payload)}`,
    options: { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: MAX_AGE },
  };
}

/** The user and session version an unexpired intent for this provider names, else null. */
export function readLinkIntent(value: string | undefined, provider: string, now = Date.now()) {
  const parts = value?.split(".") ?? [];
  const [userId, version, forProvider, expires, signature] = parts;
  if (parts.length !== 5 || !userId || !signature) return null;
  if (!signatureMatches(PURPOSE, parts.slice(0, 4).join("."), signature)) return null;
  if (forProvider !== provider || Number(expires) <= now) return null;
  return { userId, sessionVersion: Number(version) };
}

/**
 * The user to link this provider's identity to: the intent must be valid, and the browser must
 * still be signed in as that same user with the same session version (so an intent left behind
 * after signing out, or by an ended session, links nothing).
 */
export async function linkingUser(
  provider: string,
  cookies: { intent?: string; sessionToken?: string },
): Promise<string | null> {
  const intent = readLinkIntent(cookies.intent, provider);
  if (!intent || !cookies.sessionToken) return null;
  const secret = env().AUTH_SECRET;
  if (!secret) return null;
  const session = await decode({ token: cookies.sessionToken, secret }).catch(() => null);
  if (session?.sub !== intent.userId || session.sv !== intent.sessionVersion) return null;
  const user = await db().user.findUnique({
    where: { id: intent.userId },
    select: { sessionVersion: true },
  });
  return user?.sessionVersion === intent.sessionVersion ? intent.userId : null;
}
