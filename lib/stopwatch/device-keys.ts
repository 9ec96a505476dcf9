/**
 * Where the stopwatch keeps each user's results on a device, and step 5 of
 * ./offline-queue.ts (dropped): other users' stopwatches removed, what signing out would lose.
 * Kept apart from the queue's rules so the sign-out button, on every page, loads only this.
 */
import { plural } from "@/lib/format/plural";

const PREFIX = "stopwatch:";
const VERSION = "v2";

/** Where one user's stopwatch for one squad's session date is kept. */
export const storageKey = (userId: string, squadId: string, date: string) =>
  `${PREFIX}${VERSION}:${userId}:${squadId}:${date}`;

/**
 * The user a stopwatch key belongs to; null for a key kept before keys named their user
 * ("stopwatch:v1:<squad>:<date>"), which nobody can be shown to own.
 */
export function ownerOf(key: string): string | null {
  const [, version, userId] = key.split(":");
  return version === VERSION && userId ? userId : null;
}

const keysOf = (storage: Storage) => {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  return keys;
};

/**
 * Removes every stopwatch kept for anyone but this user, unowned (older) ones included: their
 * results must never be uploaded under this user's name, nor their squad's ids stay behind.
 * Returns the keys removed.
 */
export function dropOtherUsers(storage: Storage, userId: string): string[] {
  const others = keysOf(storage).filter((key) => ownerOf(key) !== userId);
  for (const key of others) storage.removeItem(key);
  return others;
}

/**
 * Finished results on this device that the server has not confirmed: what signing out (which
 * clears the device) would lose. Every user's count, since signing out deletes them all.
 */
export function countUnuploaded(storage: Storage): number {
  let count = 0;
  for (const key of keysOf(storage)) {
    try {
      const saved = JSON.parse(storage.getItem(key) ?? "null") as {
        uploads?: Record<string, { state?: string }>;
      } | null;
      count += Object.values(saved?.uploads ?? {}).filter((u) => u?.state !== "saved").length;
    } catch {
      // Unreadable: the stopwatch itself starts afresh from it, so there is nothing to lose.
    }
  }
  return count;
}

/** The question asked before signing out with results still on the device. */
export function unuploadedWarning(count: number): string {
  const results = plural(count, "result from the stopwatch is", "results from the stopwatch are");
  return `${results} not uploaded yet. Sign out anyway? ${count === 1 ? "It" : "They"} will be deleted from this device.`;
}
