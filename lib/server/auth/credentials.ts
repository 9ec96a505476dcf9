import "server-only";
import { verifyPassword } from "@/lib/security/password";
import { signInSchema } from "@/lib/validation/account";
import { db } from "@/lib/server/db";
import { recordFailedSignIn, recordSuccessfulSignIn, signInWait } from "./rate-limit";

// Verifying against a real hash even for unknown emails keeps response times alike, so the
// sign-in form does not reveal which emails have accounts.
const DUMMY_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$hYsOYyDDdWBeFeW5sTUfMA$n0LikR3XapZNuZucB4UeWUflSMeiAU+G46bF7Udt1oc";

/** The client's address as the load balancer reports it (first X-Forwarded-For hop). */
export function clientAddress(headers: Record<string, unknown>): string {
  const forwarded = headers["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

export async function verifyCredentials(credentials: unknown, headers: Record<string, unknown>) {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) throw new Error("Enter your email address and password.");
  const { email, password } = parsed.data;
  const address = clientAddress(headers);

  const wait = await signInWait(address, email);
  if (wait > 0) throw new Error(`Too many attempts. Try again in ${wait} s.`);

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !user.passwordHash || !ok) {
    await recordFailedSignIn(address, email);
    throw new Error("That email and password do not match an account.");
  }
  await recordSuccessfulSignIn(address, email);
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}
