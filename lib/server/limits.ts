import "server-only";
import { RateLimiterRes, type RateLimiterPostgres } from "rate-limiter-flexible";
import { postgresLimiter } from "@/lib/server/limiter-store";

/**
 * Limits on work anyone can make the server do (hash a password, send an email, compute targets),
 * counted in PostgreSQL (table rate_limits, made by a migration) like the sign-in limits, so every
 * app instance shares the counts. Each use counts, allowed or not, until its window ends.
 * The numbers and their reasons are in docs/security.md ("Rate limits").
 */
export const LIMITS = {
  // A squad's athletes may all join from the track's or school's one address: generous.
  signUpPerAddress: { points: 50, duration: 60 * 60 },
  // Each attempt sends the address an email when email is set up: few.
  signUpPerEmail: { points: 5, duration: 60 * 60 },
  passwordChangePerAccount: { points: 5, duration: 60 * 60 },
  resetRequestPerAddress: { points: 20, duration: 60 * 60 },
  resetRequestPerEmail: { points: 3, duration: 60 * 60 },
  resetLinksPerCoach: { points: 30, duration: 24 * 60 * 60 },
  invitationEmailsPerCoach: { points: 50, duration: 24 * 60 * 60 },
  targetsApiPerAddress: { points: 60, duration: 60 },
} as const;

export type LimitName = keyof typeof LIMITS;

type Limiters = Record<LimitName, RateLimiterPostgres>;
const globalForLimits = globalThis as unknown as { stepdownWorkLimits?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.stepdownWorkLimits) {
    globalForLimits.stepdownWorkLimits = Object.fromEntries(
      Object.entries(LIMITS).map(([name, limit]) => [
        name,
        postgresLimiter(`limit-${name}`, limit),
      ]),
    ) as Limiters;
  }
  return globalForLimits.stepdownWorkLimits;
}

/**
 * Counts one use of `name` by `key`. Answers 0 when it is allowed, otherwise the seconds until
 * the key may try again. A store failure throws: an unlimited fallback would be the hole.
 */
export async function takeLimit(name: LimitName, key: string): Promise<number> {
  try {
    await limiters()[name].consume(key);
    return 0;
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes)
      return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** Several limits at once (per address and per email, say): every one is counted. */
export async function takeLimits(uses: [LimitName, string][]): Promise<number> {
  const waits = await Promise.all(uses.map(([name, key]) => takeLimit(name, key)));
  return Math.max(0, ...waits);
}

/** "Try again in 3 minutes." for a limited form. */
export function tryAgainIn(seconds: number): string {
  if (seconds < 90) return `Try again in ${seconds} seconds.`;
  if (seconds < 90 * 60) return `Try again in ${Math.ceil(seconds / 60)} minutes.`;
  return `Try again in ${Math.ceil(seconds / 3600)} hours.`;
}
