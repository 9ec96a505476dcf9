import "server-only";
import { randomBytes } from "node:crypto";
import { cookieFromHeader, sign, signatureMatches } from "./signed-value";

/**
 * OWASP's device cookies ("Slow down online guessing attacks with device cookies"): a browser
 * that has signed in to an account before carries a signed cookie naming that account, and its
 * attempts are counted against the cookie's own small limit instead of the account's. So a guesser
 * elsewhere who exhausts the account's attempts does not lock its owner out.
 *
 * One cookie per account (its name is derived from the email, so a shared club laptop remembers
 * each coach), valued `nonce.hmac(email|nonce)`: unforgeable without AUTH_SECRET, and useless
 * for any other account. The nonce keys the cookie's own attempt count.
 */
const PURPOSE = "device-cookie";
export const DEVICE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60; // s

export type CookieToSet = {
  name: string;
  value: string;
  options: {
    httpOnly: true;
    sameSite: "lax";
    secure: boolean;
    path: "/";
    maxAge: number;
  };
};

export function deviceCookieName(email: string): string {
  return `stepdown-device-${sign(`${PURPOSE}:name`, email).slice(0, 16)}`;
}

/** A fresh device cookie for this account; `secure` when the site is served over https. */
export function issueDeviceCookie(email: string, secure: boolean): CookieToSet {
  const nonce = randomBytes(16).toString("base64url");
  return {
    name: deviceCookieName(email),
    value: `${nonce}.${sign(PURPOSE, `${email}|${nonce}`)}`,
    options: { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: DEVICE_COOKIE_MAX_AGE },
  };
}

/** The device's nonce when the request carries a valid device cookie for this email, else null. */
export function deviceFor(email: string, cookieHeader: unknown): string | null {
  const value = cookieFromHeader(cookieHeader, deviceCookieName(email));
  const [nonce, signature, extra] = value?.split(".") ?? [];
  if (!nonce || !signature || extra !== undefined) return null;
  return signatureMatches(PURPOSE, `${email}|${nonce}`, signature) ? nonce : null;
}
