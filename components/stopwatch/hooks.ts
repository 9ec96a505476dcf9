"use client";
import { paths } from "@/lib/paths";
import { useEffect, useState, useSyncExternalStore } from "react";

/** The wall clock, re-read every `ms` while `running` (a tenth of a second is what a coach reads). */
export function useNow(running: boolean, ms = 100): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [running, ms]);
  return now;
}

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}

/**
 * Keeps the screen on while clocks run, where the browser offers a wake lock; elsewhere (older
 * Safari, insecure origins) nothing happens. The lock drops when the tab is hidden, so it is
 * asked for again on return.
 */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !("wakeLock" in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = () => {
      if (document.visibilityState !== "visible") return;
      navigator.wakeLock.request("screen").then(
        (s) => {
          if (cancelled) void s.release();
          else sentinel = s;
        },
        () => undefined, // refused (battery saver, permissions): the stopwatch works regardless
      );
    };
    request();
    document.addEventListener("visibilitychange", request);
    return () => {
      cancelled = true;
      document.removeEventListener("visibilitychange", request);
      void sentinel?.release();
    };
  }, [active]);
}

/**
 * Registers the stopwatch's service worker (app/(app)/squads/[squadId]/stopwatch/sw.js), then
 * hands it this page and its static files, so the page opens again with no network. It names the
 * user the page was loaded for: the worker keeps one user's pages only (see worker-source.ts).
 */
export function useOfflinePage(squadId: string, userId: string) {
  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    const base = paths.squadStopwatch(squadId);
    navigator.serviceWorker
      .register(`${base}/sw.js`, { scope: base })
      .then(async (registration) => {
        await navigator.serviceWorker.ready;
        const files = performance
          .getEntriesByType("resource")
          .map((entry) => entry.name)
          .filter((url) => new URL(url).pathname.startsWith("/_next/static/"));
        registration.active?.postMessage({
          type: "cache",
          user: userId,
          urls: [location.href, ...files],
        });
      })
      .catch(() => undefined); // no worker (private mode, http): the page just needs the network
  }, [squadId, userId]);
}
