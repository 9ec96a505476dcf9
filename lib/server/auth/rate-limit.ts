import "server-only";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { postgresLimiter } from "@/lib/server/limiter-store";

/**
 * Sign-in attempts, counted in PostgreSQL (table rate_limits, made by a migration) so that every
 * app instance behind a load balancer shares the counts. Slowed, not locked out: a key that has
 * used its attempts waits until its window ends, then may try again.
 *
 * An attempt is counted BEFORE its password is checked, by one atomic upsert per key
 * (RateLimiterPostgres.consume), and refused unchecked when over: checking first and counting
 * after let parallel guesses all pass the check before any was counted.
 */
const PER_ADDRESS_AND_EMAIL = { points: 5, duration: 15 * 60 }; // 5 / 15 min
const PER_EMAIL = { points: 20, duration: 60 * 60 }; // 20 / hour from anywhere
// A browser with a valid device cookie (device-cookie.ts) has its own budget instead of the two
// above, so the owner's browser still gets in while a guesser elsewhere has used the account's.
const PER_DEVICE = { points: 5, duration: 15 * 60 };

type Limiters = {
  pair: RateLimiterPostgres;
  email: RateLimiterPostgres;
  device: RateLimiterPostgres;
};
const globalForLimits = globalThis as unknown as { stepdownSignInLimits?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.stepdownSignInLimits) {
    globalForLimits.stepdownSignInLimits = {
      pair: postgresLimiter("signin-pair", PER_ADDRESS_AND_EMAIL),
      email: postgresLimiter("signin-email", PER_EMAIL),
      device: postgresLimiter("signin-device", PER_DEVICE),
    };
  }
  return globalForLimits.stepdownSignInLimits;
}

/** Who is trying: the client's address, the email, and the device cookie's nonce if valid. */
export type SignInAttempt = { address: string; email: string; device: string | null };

const pairKey = (a: SignInAttempt) => `${a.address}|${a.email}`;

/**
 * Counts the attempt. Returns 0 when it may go on to the password check, else the seconds until
 * it may try again (the attempt was refused and its password must not be checked).
 */
export async function claimSignInAttempt(attempt: SignInAttempt): Promise<number> {
  const l = limiters();
  const counts = attempt.device
    ? [l.device.consume(attempt.device)]
    : [l.pair.consume(pairKey(attempt)), l.email.consume(attempt.email)];
  let refusedFor = -1;
  for (const result of await Promise.allSettled(counts)) {
    if (result.status === "fulfilled") continue;
    // consume() rejects with a RateLimiterRes when over the limit, with an Error when the store
    // failed: then nothing is checked, and the form shows this rather than a driver's message.
    if (!(result.reason instanceof RateLimiterRes)) {
      throw new Error("Signing in is unavailable for a moment. Try again shortly.", {
        cause: result.reason,
      });
    }
    refusedFor = Math.max(refusedFor, result.reason.msBeforeNext);
  }
  return refusedFor < 0 ? 0 : Math.max(1, Math.ceil(refusedFor / 1000));
}

/**
 * A right password: this address (or device) starts afresh, and the attempt is given back to the
 * account's hourly count, which only wrong passwords should use up.
 */
export async function signInSucceeded(attempt: SignInAttempt): Promise<void> {
  const l = limiters();
  if (attempt.device) await l.device.delete(attempt.device);
  else await Promise.all([l.pair.delete(pairKey(attempt)), l.email.reward(attempt.email, 1)]);
}
