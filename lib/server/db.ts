import "server-only";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { databaseUrl, env } from "@/lib/env";

// One client per process; kept on globalThis so dev hot reloads do not open a pool each time.
const globalForDb = globalThis as unknown as { stepdownDb?: Db };

export function db(): Db {
  globalForDb.stepdownDb ??= createPrismaClient(databaseUrl(), {
    size: env().DATABASE_POOL_SIZE,
    statementTimeoutMs: env().DATABASE_STATEMENT_TIMEOUT_MS,
  });
  return globalForDb.stepdownDb;
}
