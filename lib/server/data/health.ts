import "server-only";
import { committedMigrations, pendingMigrations } from "@/lib/database/migrations";
import { db } from "@/lib/server/db";

export type Health = {
  ok: boolean;
  database: "reachable" | "unreachable";
  migrations: "current" | "pending" | "unknown";
  pending?: string[];
};

async function appliedMigrations(): Promise<string[]> {
  try {
    const rows = await db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    return rows.map((r) => r.migration_name);
  } catch {
    return []; // no migrations table yet: everything is pending
  }
}

export async function checkHealth(): Promise<Health> {
  try {
    await db().$queryRaw`SELECT 1`;
  } catch {
    return { ok: false, database: "unreachable", migrations: "unknown" };
  }
  const pending = pendingMigrations(await committedMigrations(), await appliedMigrations());
  return pending.length
    ? { ok: false, database: "reachable", migrations: "pending", pending }
    : { ok: true, database: "reachable", migrations: "current" };
}
