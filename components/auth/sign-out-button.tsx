"use client";
import { signOut } from "next-auth/react";

/**
 * Signing out also forgets the pages the stopwatch's service worker kept for offline use, so a
 * shared phone does not reopen a signed-in page without the network.
 */
async function signOutAndForget() {
  if ("caches" in window) {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith("stopwatch")).map((n) => caches.delete(n)));
  }
  await signOut({ callbackUrl: "/" });
}

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOutAndForget()}
      className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
