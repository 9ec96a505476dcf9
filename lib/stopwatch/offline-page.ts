/**
 * The service worker's cache of stopwatch pages (app/(app)/squads/[squadId]/stopwatch/sw.js),
 * and the entry in it that says whose pages they are and when that user last loaded one online.
 * Pages read the entry too, to drop another user's copies without waiting for the worker. What
 * the stopwatch keeps of its results is lib/stopwatch/offline-queue.ts.
 */
export const OFFLINE_CACHE = "stopwatch-v2";
export const OFFLINE_OWNER = "/__stopwatch-owner";
/** How long after its user last loaded it online a copy still opens offline: a day at the track. */
export const OFFLINE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
export type OfflineOwner = { user: string; at: number };
