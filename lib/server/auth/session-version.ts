import "server-only";
import type { JWT } from "next-auth/jwt";
import { isUnavailableError } from "@/lib/database/availability";
import { userRow } from "./user-row";

/**
 * Thrown from next-auth's jwt callback when a token's session version is no longer the user's.
 * next-auth 4.24's session route (core/routes/session.js) then answers an empty session and
 * clears the session cookie instead of re-issuing it; a returned token would be re-signed and
 * handed back with a fresh expiry. options.ts keeps this expected case out of the error log.
 */
export class SessionEnded extends Error {
  override name = "SessionEnded";
}

/**
 * A signed-in JWT stays valid only while it carries the user's current sessionVersion: "sign out
 * everywhere", a password change or deleting the account bump or remove it, and every session
 * ends at once, in /api/auth/session as much as in the app's own pages.
 */
export async function assertSessionCurrent(token: JWT): Promise<void> {
  let user: { sessionVersion: number } | null = null;
  try {
    user = token.sub ? await userRow(token.sub) : null;
  } catch (error) {
    // With PostgreSQL down the version cannot be read. Throwing here would make next-auth clear
    // the cookie (signing everyone out over a restart) and its pages redirect to sign-in; the
    // token passes unchecked instead. Nothing is served on it meanwhile: every page and action
    // reads the user again (currentUser in session.ts), which fails and answers 503, and the
    // version is checked again on the first request once the database is back.
    if (isUnavailableError(error)) return;
    throw error;
  }
  if (!user || user.sessionVersion !== token.sv) {
    throw new SessionEnded("This session was ended (signed out everywhere, or a new password).");
  }
}
