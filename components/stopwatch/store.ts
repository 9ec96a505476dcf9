"use client";
import { useSyncExternalStore } from "react";
import {
  createStopwatch,
  isFinished,
  restoreStopwatch,
  stopwatchReducer,
  toLogFields,
  type LogFields,
  type Prescription,
  type StopwatchEvent,
  type StopwatchState,
} from "@/lib/pacing";
import { dropOtherUsers } from "@/lib/stopwatch-storage";

export type Upload = { state: "pending" | "sending" | "saved" | "failed"; message?: string };

/**
 * Everything the device keeps for one user's stopwatch for one squad's session date, written to
 * localStorage on every change so a reload, a closed tab or a dead network loses nothing. Each athlete's idempotency
 * key is made once, when the stopwatch is set up, and stored with the clocks: every re-send of
 * that athlete's result carries the same key, so the server stores one result.
 */
export type Saved = {
  v: 1;
  clocks: StopwatchState;
  keys: Record<string, string>;
  /** The result fields, fixed when the athlete finished (all laps, or stopped). */
  results: Record<string, LogFields>;
  uploads: Record<string, Upload>;
};

/** Keys name the user as well (lib/stopwatch-storage.ts): one device, several coaches in turn. */
export { storageKey } from "@/lib/stopwatch-storage";

const cache = new Map<string, Saved | null>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

function load(key: string): Saved | null {
  try {
    const raw = JSON.parse(localStorage.getItem(key) ?? "null") as Partial<Saved> | null;
    const clocks = restoreStopwatch(raw?.clocks);
    if (!raw || raw.v !== 1 || !clocks) return null;
    return {
      v: 1,
      clocks,
      keys: raw.keys ?? {},
      results: raw.results ?? {},
      uploads: raw.uploads ?? {},
    };
  } catch {
    return null; // unreadable: start afresh rather than crash at the trackside
  }
}

export function readSaved(key: string): Saved | null {
  if (!cache.has(key)) cache.set(key, load(key));
  return cache.get(key) ?? null;
}

export function writeSaved(key: string, next: Saved | null) {
  cache.set(key, next);
  try {
    if (next) localStorage.setItem(key, JSON.stringify(next));
    else localStorage.removeItem(key);
  } catch {
    // Storage full or blocked (private mode): the session still runs in memory.
  }
  notify();
}

/**
 * Drops every other user's stopwatches from the device and from this tab's memory, before this
 * user's are read: a result someone else queued is never shown or uploaded as this user.
 */
export function forgetOtherUsers(userId: string) {
  try {
    for (const key of dropOtherUsers(localStorage, userId)) cache.delete(key);
  } catch {
    // Storage blocked: nothing was kept either.
  }
}

export function updateSaved(key: string, fn: (s: Saved) => Saved) {
  const current = readSaved(key);
  if (current) writeSaved(key, fn(current));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  // Another tab on the same session: drop our copy so the next read picks theirs up.
  const onStorage = (e: StorageEvent) => {
    if (e.key && cache.has(e.key)) {
      cache.delete(e.key);
      listener();
    }
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

/** undefined while rendering on the server (no storage there), then the saved state or null. */
export function useSaved(key: string): Saved | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => readSaved(key),
    () => undefined,
  );
}

export function newSession(athletes: { id: string; prescription: Prescription }[]): Saved {
  return {
    v: 1,
    clocks: createStopwatch(athletes),
    keys: Object.fromEntries(athletes.map(({ id }) => [id, crypto.randomUUID()])),
    results: {},
    uploads: {},
  };
}

/**
 * Applies one event, then queues the result of anyone who has just finished. An undo on a
 * finished athlete whose result has not gone out yet takes it back out of the queue.
 */
export function applyEvent(
  s: Saved,
  event: StopwatchEvent,
  prescriptions: Record<string, Prescription>,
): Saved {
  const clocks = stopwatchReducer(s.clocks, event);
  if (clocks === s.clocks) return s;
  const results = { ...s.results };
  const uploads = { ...s.uploads };
  for (const [id, clock] of Object.entries(clocks.clocks)) {
    const prescription = prescriptions[id];
    if (!prescription) continue;
    if (isFinished(clock) && !uploads[id]) {
      results[id] = toLogFields(clock, prescription);
      uploads[id] = { state: "pending" };
    } else if (!isFinished(clock) && uploads[id] && uploads[id].state !== "saved") {
      delete results[id];
      delete uploads[id];
    }
  }
  return { ...s, clocks, results, uploads };
}

/** Undo is refused once a result is on its way or saved: what the server has stays true. */
export const canUndo = (s: Saved, id: string) => {
  const state = s.uploads[id]?.state;
  return state !== "sending" && state !== "saved";
};
