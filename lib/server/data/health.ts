import "server-only";
import { committedMigrations, pendingMigrations } from "@/lib/database/migrations";
import type { Db } from "@/lib/database/client";
import { isLoopback } from "@/lib/server/client-address";
import { db } from "@/lib/server/db";

export type Health = {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: "current" | "pending" | "unknown";
  pending?: string[];
};

/** What anyone else sees: ready or not, and nothing about the schema. */
export type PublicHealth = { ok: boolean };

type Client = Pick<Db, "$queryRaw">;

async function appliedMigrations(client: Client): Promise<string[]> {
  try {
    const rows = await client.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return rows.map((r) => r.migration_name);
  } catch {
    return []; // no migrations table yet: everything is pending
  }
}

/** `client` is the app's own unless a test points it at another database. */
export async function checkHealth(client: Client = db()): Promise<Health> {
  try {
    await client.$queryRaw`SELECT 1`;
  } catch {
    return { ok: false, database: "unreachable", migrations: "unknown" };
  }
  let committed: string[];
  try {
    committed = await committedMigrations();
  } catch {
    // prisma/migrations missing or unreadable (a bad deploy): not ready, said as such, not a 500.
    return { ok: false, database: "reachable", migrations: "unknown" };
  }
  const pending = pendingMigrations(committed, await appliedMigrations(client));
  return pending.length
    ? { ok: false, database: "reachable", migrations: "pending", pending }
    : { ok: true, database: "reachable", migrations: "current" };
}

/**
 * The health check as `address` may see it: the details (which migrations are pending) only for
 * a request from this machine, where the operator is; just ready-or-not for everyone else, so
 * the schema's history is not published. The status code the route derives is the same for both.
 */
export async function healthFor(
  address: string,
  client: Client = db(),
): Promise<Health | PublicHealth> {
  const health = await checkHealth(client);
  return isLoopback(address) ? health : { ok: health.ok };
}
