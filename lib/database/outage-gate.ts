import pg from "pg";
import { databaseDownSince, markAvailable } from "./availability";

/** How often, at most, a process that saw the database down asks it again. */
export const PROBE_EVERY_MS = 1_000;

type Probe = { at: number; answers: Promise<boolean> };
const KEY = Symbol.for("stepdown.database-probe");
const held = globalThis as unknown as Record<symbol, Probe | undefined>;

/**
 * Does the database answer? At once "yes" while this process has not seen it down; otherwise one
 * `SELECT 1` on a connection of its own (not the app's pool, whose slots may all be waiting),
 * shared by every request that asks within PROBE_EVERY_MS. A "yes" marks the database back.
 *
 * scripts/serve.ts asks before handing a page to Next: a page under a loading.tsx starts its
 * answer (200, the loading state) before its first query, so once it fails the status cannot
 * become 503 any more. Asking first turns every such request during an outage into a 503 except
 * the ones that found the database gone (docs/operations.md, "When PostgreSQL is down").
 */
export function databaseAnswers(url: string): Promise<boolean> | true {
  if (databaseDownSince() === null) return true;
  const last = held[KEY];
  if (last && Date.now() - last.at < PROBE_EVERY_MS) return last.answers;
  const probe = { at: Date.now(), answers: ask(url) };
  held[KEY] = probe;
  return probe.answers;
}

async function ask(url: string): Promise<boolean> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: 1_000,
    query_timeout: 1_000,
  });
  // An error after connecting (the server going away again) must not crash the process.
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    markAvailable();
    return true;
  } catch {
    return false;
  } finally {
    client.end().catch(() => {});
  }
}
