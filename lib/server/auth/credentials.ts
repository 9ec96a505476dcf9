import "server-only";
import { verifyPassword } from "@/lib/security/password";
import { signInSchema } from "@/lib/validation/account";
import { clientAddress } from "@/lib/server/client-address";
import { db } from "@/lib/server/db";
import { deviceFor, issueDeviceCookie, type CookieToSet } from "./device-cookie";
import { claimSignInAttempt, signInSucceeded } from "./rate-limit";
import { secureCookies } from "./signed-value";

// Verifying against a real hash even for unknown emails keeps response times alike, so the
// sign-in form does not reveal which emails have accounts.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$hYsOYyDDdWBeFeW5sTUfMA$n0LikR3XapZNuZucB4UeWUflSMeiAU+G46bF7Udt1oc";

/**
 * next-auth's authorize() for email and password. `setCookie` lets the caller set the device
 * cookie on the response (options.ts uses next/headers' cookies()); without it none is set.
 */
export async function verifyCredentials(
  credentials: unknown,
  headers: Record<string, unknown>,
  setCookie: (cookie: CookieToSet) => Promise<void> | void = () => undefined,
) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new Error("Enter your email address and password.");
  const { email, password } = parsed.data;
  const attempt = {
    address: clientAddress(headers),
    email,
    device: deviceFor(email, headers.cookie),
  };

  const wait = await claimSignInAttempt(attempt);
  if (wait > 0) throw new Error(`Too many attempts. Try again in ${wait} s.`);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.passwordHash || !ok) {
    throw new Error("That email and password do not match an account.");
  }
  await signInSucceeded(attempt);
  await setCookie(issueDeviceCookie(email, secureCookies(headers["x-forwarded-proto"])));
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
