import "server-only";
import pg from "pg";
import { RateLimiterPostgres } from "rate-limiter-flexible";
import { databaseUrl } from "@/lib/env";

/**
 * Every rate limit (sign-in attempts in lib/server/auth/rate-limit.ts, work anyone can make the
 * server do in lib/server/limits.ts) is counted in PostgreSQL, table rate_limits (made by a
 * migration), so every app instance shares the counts. One small pool serves them all: three
 * connections per instance (docs/operations.md counts them in the connection budget).
 */
const globalForStore = globalThis as unknown as { stepdownLimiterPool?: pg.Pool };

function pool(): pg.Pool {
  // Idle connections must not keep a script (or a test run) alive.
  globalForStore.stepdownLimiterPool ??= new pg.Pool({
    connectionString: databaseUrl(),
    max: 3,
    allowExitOnIdle: true,
  });
  return globalForStore.stepdownLimiterPool;
}

/** A limiter of `points` uses per `duration` seconds, its keys prefixed so limits never mix. */
export function postgresLimiter(
  keyPrefix: string,
  limit: { points: number; duration: number },
): RateLimiterPostgres {
  return new RateLimiterPostgres({
    storeClient: pool(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix,
    ...limit,
  });
}
