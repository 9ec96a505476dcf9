"use client";
import { useEffect, useSyncExternalStore } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { logResult } from "@/lib/server/actions/log-result";
import {
  afterSend,
  dropOtherUsers,
  dueForUpload,
  readSaved as parseSaved,
  requeueInterrupted,
  RETRY_EVERY_MS,
  SENDING,
  uploadOf,
  withUpload,
  type Saved,
} from "@/lib/stopwatch/offline-queue";

export {
  applyEvent,
  canUndo,
  newSession,
  queuedMore,
  savedFromLogForm,
  storageKey,
  type Saved,
  type Upload,
} from "@/lib/stopwatch/offline-queue";

/*
 * The device side of the stopwatch's offline queue, whose rules (what is kept, uploaded, when,
 * and dropped) are lib/stopwatch/offline-queue.ts. This tab's state lives here and only here:
 * a copy of what localStorage holds, the components listening to it, and the uploads in flight.
 */
const cache = new Map<string, Saved | null>();
const listeners = new Set<() => void>();
/** `${key}:${assignmentId}` of every result being sent from this tab. */
const inFlight = new Set<string>();
const flying = (key: string) => (id: string) => inFlight.has(`${key}:${id}`);

export function readSaved(key: string): Saved | null {
  if (!cache.has(key)) {
    let text: string | null = null;
    try {
      text = localStorage.getItem(key);
    } catch {
      // Storage blocked: nothing was kept.
    }
    cache.set(key, parseSaved(text));
  }
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
  listeners.forEach((l) => l());
}

export function updateSaved(key: string, fn: (s: Saved) => Saved) {
  const current = readSaved(key);
  if (current) writeSaved(key, fn(current));
}

/** Drops every other user's stopwatches from the device and from this tab, before reading. */
function forgetOtherUsers(userId: string) {
  try {
    for (const key of dropOtherUsers(localStorage, userId)) cache.delete(key);
  } catch {
    // Storage blocked: nothing was kept either.
  }
}

/** Sends what is due, one result at a time, while the device is online. */
export async function uploadPending(key: string, { retryFailed = true } = {}) {
  for (const id of dueForUpload(readSaved(key), { retryFailed, inFlight: flying(key) })) {
    if (!navigator.onLine) return;
    const upload = uploadOf(readSaved(key), id);
    const flight = `${key}:${id}`;
    if (!upload || inFlight.has(flight)) continue; // saved, or sent by another call meanwhile
    inFlight.add(flight);
    updateSaved(key, (s) => withUpload(s, id, SENDING));
    let result: ActionState | null = null;
    try {
      result = await logResult(initialActionState, upload);
    } catch {
      // The request itself failed: afterSend(null) queues it again.
    } finally {
      inFlight.delete(flight);
    }
    updateSaved(key, (s) => withUpload(s, id, afterSend(result)));
  }
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

/**
 * The stopwatch page's part of the queue: on load, forget other users and requeue what a reload
 * interrupted, then send what is due; again whenever the device comes online, and on a timer.
 */
export function useUploads(key: string, userId: string) {
  useEffect(() => {
    forgetOtherUsers(userId);
    updateSaved(key, (s) => requeueInterrupted(s, flying(key)));
    void uploadPending(key);
    const onOnline = () => void uploadPending(key);
    window.addEventListener("online", onOnline);
    const retry = setInterval(
      () => void uploadPending(key, { retryFailed: false }),
      RETRY_EVERY_MS,
    );
    return () => {
      window.removeEventListener("online", onOnline);
      clearInterval(retry);
    };
  }, [key, userId]);
}
