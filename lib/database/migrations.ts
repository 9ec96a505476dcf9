import { readdir } from "node:fs/promises";
import path from "node:path";

/** Names of the migrations committed in prisma/migrations, oldest first. */
export async function committedMigrations(root = process.cwd()): Promise<string[]> {
  const dir = path.join(root, "prisma", "migrations");
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** Committed migrations the database has not applied (or whose apply failed). */
export function pendingMigrations(committed: string[], applied: string[]): string[] {
  const done = new Set(applied);
  return committed.filter((name) => !done.has(name));
}
