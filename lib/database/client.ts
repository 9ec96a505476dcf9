import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { markAvailable, observeDatabaseError } from "./availability";

/** Per app instance: see docs/operations.md ("Connection budget") before raising the size. */
export type PoolOptions = {
  /** Connections this process may hold at once (pg's `max`). */
  size?: number;
  /** PostgreSQL cancels any statement running longer (ms); 0 for no limit. */
  statementTimeoutMs?: number;
};

/**
 * Reports every query's outcome to ./availability.ts: the adapter calls only the promise forms
 * of query() and connect(), in the caller's async context, so a failure marks the request that
 * made it (scripts/serve.ts then answers 503) and a success marks the database back.
 */
function observe(pool: pg.Pool): pg.Pool {
  const watch = <T>(work: Promise<T>) =>
    work.then(
      (value) => {
        markAvailable();
        return value;
      },
      (error: unknown) => {
        observeDatabaseError(error);
        throw error;
      },
    );
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
  const callbackLast = (args: unknown[]) => typeof args.at(-1) === "function";
  Object.assign(pool, {
    query: (...args: unknown[]) =>
      callbackLast(args) ? query(...args) : watch(query(...args) as Promise<unknown>),
    connect: (...args: unknown[]) =>
      callbackLast(args) ? connect(...args) : watch(connect(...args) as Promise<unknown>),
  });
  return pool;
}

/**
 * The one way a Prisma client is made: the app (lib/server/db.ts, with its pool options), the
 * seed and the tests use it. A connection the server dropped (a restart) is discarded by pg's
 * pool and replaced on the next query, so the app recovers without restarting.
 */
export function createPrismaClient(connectionString: string, options: PoolOptions = {}) {
  const pool = new pg.Pool({
    connectionString,
    max: options.size ?? 10,
    // Fail fast instead of queueing forever when the server is unreachable (a 503, not a hang).
    connectionTimeoutMillis: 5_000,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  const adapter = new PrismaPg(observe(pool), {
    onPoolError: observeDatabaseError,
    onConnectionError: observeDatabaseError,
    disposeExternalPool: true,
  });
  return new PrismaClient({ adapter });
}

export type Db = ReturnType<typeof createPrismaClient>;
