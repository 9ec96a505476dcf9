import { signOut } from "next-auth/react";
import type { ActionState } from "@/lib/action-state";
import { OFFLINE_CACHE, OFFLINE_OWNER, type OfflineOwner } from "@/lib/stopwatch/offline-page";
import { countUnuploaded, dropOtherUsers, unuploadedWarning } from "@/lib/stopwatch/device-keys";

/**
 * Signing out on this device clears it: what the stopwatch keeps (its queued results, the
 * offline copies of squad pages) must not outlive the session on a shared or lost phone, nor be
 * uploaded by whoever signs in next, as them. See docs/security.md, "Devices and sign-out".
 */

/** True when nothing would be lost, or the user agreed to lose the results not uploaded yet. */
export function confirmSignOut(): boolean {
  let count = 0;
  try {
    count = countUnuploaded(localStorage);
  } catch {
    return true; // storage blocked: the stopwatch kept nothing
  }
  return count === 0 || window.confirm(unuploadedWarning(count));
}

/**
 * The same as the Clear-Site-Data answer of /signed-out, done from here as well for browsers
 * that ignore the header: every kept page, every storage, every service worker of the site.
 */
async function clearThisDevice() {
  try {
    localStorage.clear();
    sessionStorage.clear();
    if ("caches" in window) await Promise.all((await caches.keys()).map((n) => caches.delete(n)));
    const workers = await navigator.serviceWorker?.getRegistrations();
    await Promise.all((workers ?? []).map((w) => w.unregister()));
  } catch {
    // Blocked storage holds nothing to clear; the header still asks the browser to.
  }
}

/**
 * Ends the next-auth session, clears the device and goes on to `next` through /signed-out,
 * whose Clear-Site-Data header sweeps the site's caches and storage. False when the session
 * could not be ended (no connection): then nothing is deleted.
 */
export async function signOutThisDevice(next = "/sign-in"): Promise<boolean> {
  try {
    await signOut({ redirect: false });
  } catch {
    return false;
  }
  await clearThisDevice();
  // A full load, not the router: the route's response headers are what clear the device.
  const clearing = new URL("/signed-out", window.location.origin);
  clearing.searchParams.set("next", next);
  window.location.assign(clearing);
  return true;
}

/** Where a server action's redirect() was going: Next rejects the call with this digest. */
function redirectTarget(error: unknown): string | null {
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT;")) return null;
  return digest.split(";").slice(2, -2).join(";") || "/sign-in";
}

type FormAction = (state: ActionState, form: FormData) => Promise<ActionState>;

/**
 * For an action that ends this device's session when it succeeds (a new password, sign out
 * everywhere, deleting the account): warns first about results not uploaded, and on success
 * signs out here and clears the device on the way to the page the action redirects to.
 */
export function endingSession(action: FormAction): FormAction {
  return async (previous, form) => {
    if (!confirmSignOut())
      return {
        ok: false,
        message: "Nothing changed: the stopwatch's results stay on this device.",
      };
    try {
      return await action(previous, form);
    } catch (error) {
      const next = redirectTarget(error);
      if (next === null) throw error;
      if (!(await signOutThisDevice(next))) window.location.assign(next);
      return previous;
    }
  };
}

/**
 * Drops what the device kept for anyone but this user: the stopwatch's saved state and the
 * offline copies of another user's pages (the worker empties its cache too, but only once a
 * stopwatch page loads).
 */
export async function forgetOtherUsers(userId: string) {
  try {
    dropOtherUsers(localStorage, userId);
    if (!("caches" in window) || !(await caches.has(OFFLINE_CACHE))) return;
    const entry = await (await caches.open(OFFLINE_CACHE)).match(OFFLINE_OWNER);
    const owner = entry ? ((await entry.json()) as OfflineOwner) : null;
    if (owner?.user !== userId) await caches.delete(OFFLINE_CACHE);
  } catch {
    // Storage blocked or unreadable: nothing kept to drop.
  }
}

/** For a visitor with no session: no offline copy of a signed-in page may open any more. */
export async function forgetOfflineCopies() {
  try {
    if (!("caches" in window)) return;
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith("stopwatch")).map((n) => caches.delete(n)));
  } catch {
    // Nothing kept.
  }
}
