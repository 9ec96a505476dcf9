import "server-only";
import { LRUCache } from "lru-cache";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Prescription, SessionAnalysis } from "@/lib/pacing";
import { db } from "@/lib/server/db";
import { parseRows, resultStatus } from "@/lib/server/raw-rows";
import { analyseStored, unpackLaps } from "./analysis";

/**
 * A session as the coach's home reads it (the grid, the 5K suggestions, the triage): its frozen
 * targets and, once a result exists, its analysis. Treat as read-only: one review is shared by
 * every request that asks for the same content (frozen, so a slip throws instead of leaking).
 */
export type Review = { prescription: Prescription; analysis: SessionAnalysis | null };

/**
 * What a review is a pure function of, computed in SQL beside each row: the assignment's targets,
 * its result's status and the result's laps (lapsPacked, kept by a trigger on Lap). Any change to
 * those gives another key, so nothing is ever invalidated; a new deploy starts an empty cache, so
 * a change to the engine's rules is never served stale either. `a` and `r` are the statement's
 * aliases for "Assignment" and a LEFT JOINed "SessionResult".
 */
export const reviewKey = (a: string, r: string) => Prisma.sql`md5(${Prisma.raw(a)}.targets::text
  || coalesce(${Prisma.raw(r)}.status::text, '') || coalesce(${Prisma.raw(r)}."lapsPacked"::text, ''))`;

/**
 * Reviews kept between requests (docs/performance.md, "Analyses kept by content"). A club's home
 * reads some 250 sessions (each athlete's last three for the triage, the day's grid, the
 * suggestions) on every visit; analysing them and reading their targets and laps was a third of
 * the page. A review takes about 7 KB of heap (measured): 8,000 hold some 30 such squads (many
 * more smaller ones) in 56 MB at most.
 */
const kept = new LRUCache<string, Review>({ max: 8_000 });

const sessionRow = z.object({
  assignmentId: z.string(),
  key: z.string(),
  targets: z.unknown(),
  status: resultStatus.nullable(),
  laps: z.array(z.int()).nullable(),
});

/** Targets, status and laps of the squad's sessions named, with each one's key. */
async function readSessions(squadId: string, assignmentIds: string[]) {
  const rows = await db().$queryRaw<unknown[]>`
    SELECT a.id AS "assignmentId", ${reviewKey("a", "r")} AS key, a.targets,
      r.status::text AS status, r."lapsPacked" AS laps
    FROM "Assignment" a LEFT JOIN "SessionResult" r ON r."assignmentId" = a.id
    WHERE a.id = ANY(${assignmentIds}::text[]) AND a."squadId" = ${squadId}`;
  return parseRows("session reviews", sessionRow, rows);
}

function review(row: z.infer<typeof sessionRow>): Review {
  return deepFreeze(analyseStored(row.targets, unpackLaps(row.laps ?? []), row.status));
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The reviews of a squad's sessions, by assignment id, for rows read with their reviewKey: kept
 * ones as they are, the rest read (one statement) and analysed. A session whose content changed
 * between the two reads is reviewed as it is now; one deleted meanwhile has none, and the caller
 * leaves it out, as it would had the first read come a moment later.
 */
export async function reviewsOf(
  squadId: string,
  sessions: readonly { assignmentId: string; key: string }[],
): Promise<Map<string, Review>> {
  const found = new Map<string, Review>();
  const missing = new Set<string>();
  for (const { assignmentId, key } of sessions) {
    const hit = kept.get(key);
    if (hit) found.set(assignmentId, hit);
    else missing.add(assignmentId);
  }
  if (missing.size > 0) {
    for (const row of await readSessions(squadId, [...missing])) {
      const fresh = kept.get(row.key) ?? review(row);
      kept.set(row.key, fresh);
      found.set(row.assignmentId, fresh);
    }
  }
  return found;
}
