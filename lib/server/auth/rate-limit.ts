import "server-only";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";

/**
 * Sign-in attempts, counted in PostgreSQL (table rate_limits, made by a migration) so that every
 * app instance behind a load balancer shares the counts. Slowed, not locked out: a key that has
 * used its attempts waits until its window ends, then may try again.
 */
const PER_ADDRESS_AND_EMAIL = { points: 5, duration: 15 * 60 }; // 5 bad passwords / 15 min
const PER_EMAIL = { points: 20, duration: 60 * 60 }; // 20 / hour from anywhere

type Limiters = { pair: RateLimiterPostgres; email: RateLimiterPostgres };
const globalForLimits = globalThis as unknown as { stepdownLimits?: Limiters };

function limiters(): Limiters {
  if (!globalForLimits.stepdownLimits) {
    const pool = new pg.Pool({ connectionString: databaseUrl(), max: 3 });
    const common = {
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
    };
    globalForLimits.stepdownLimits = {
      pair: new RateLimiterPostgres({
        ...common,
        keyPrefix: "signin-pair",
        ...PER_ADDRESS_AND_EMAIL,
      }),
      email: new RateLimiterPostgres({ ...common, keyPrefix: "signin-email", ...PER_EMAIL }),
    };
  }
  return globalForLimits.stepdownLimits;
}

const keys = (address: string, email: string) => ({ pair: `${address}|${email}`, email });

/** Seconds until this address may try this email again; 0 when it may now. */
export async function signInWait(address: string, email: string): Promise<number> {
  const { pair, email: perEmail } = limiters();
  const k = keys(address, email);
  const [p, e] = await Promise.all([pair.get(k.pair), perEmail.get(k.email)]);
  const waits = [
    p && p.consumedPoints >= PER_ADDRESS_AND_EMAIL.points ? p.msBeforeNext : 0,
    e && e.consumedPoints >= PER_EMAIL.points ? e.msBeforeNext : 0,
  ];
  return Math.ceil(Math.max(...waits) / 1000);
}

export async function recordFailedSignIn(address: string, email: string): Promise<void> {
  const { pair, email: perEmail } = limiters();
  const k = keys(address, email);
  // consume() rejects once the points are used up; the count is what matters here.
  await Promise.allSettled([pair.consume(k.pair), perEmail.consume(k.email)]);
}

export async function recordSuccessfulSignIn(address: string, email: string): Promise<void> {
  await limiters().pair.delete(keys(address, email).pair);
}
