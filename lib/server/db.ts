import "server-only";
import { createPrismaClient, type Db } from "@/lib/database/client";
import { databaseUrl } from "@/lib/env";

// One client per process; kept on globalThis so dev hot reloads do not open a pool each time.
const globalForDb = globalThis as unknown as { stepdownDb?: Db };

export function db(): Db {
  globalForDb.stepdownDb ??= createPrismaClient(databaseUrl());
  return globalForDb.stepdownDb;
}
