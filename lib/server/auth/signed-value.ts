import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

/**
 * HMAC-SHA256 under a key derived from AUTH_SECRET for one purpose, so a value signed for one
 * cookie can never pass as another's. `npm start` and `npm test` always set AUTH_SECRET.
 */
export function sign(purpose: string, value: string): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: start the app with `npm start`.");
  const key = createHmac("sha256", secret).update(`stepdown:${purpose}`).digest();
  return createHmac("sha256", key).update(value).digest("base64url");
}

export function signatureMatches(purpose: string, value: string, signature: string): boolean {
  const expected = Buffer.from(sign(purpose, value));
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** One cookie's value from a Cookie request header (next-auth hands authorize() raw headers). */
export function cookieFromHeader(header: unknown, name: string): string | undefined {
  if (typeof header !== "string") return undefined;
  for (const part of header.split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Cookies get the Secure flag when the site is served over https (as next-auth decides for its own). */
export function secureCookies(forwardedProto: unknown): boolean {
  const publicUrl = env().NEXTAUTH_URL;
  return publicUrl ? publicUrl.startsWith("https:") : forwardedProto === "https";
}
