"use client";
import { useEffect, useState } from "react";
import { confirmSignOut, forgetOtherUsers, signOutThisDevice } from "./sign-out";

/**
 * In the header of every signed-in page, so it is also where a page loaded for one user drops
 * what the device kept for another (components/auth/sign-out.ts). Signing out clears the device,
 * after a warning when the stopwatch holds results not uploaded yet.
 */
export function SignOutButton({ userId }: { userId: string }) {
  const [state, setState] = useState<"idle" | "pending" | "offline">("idle");
  useEffect(() => void forgetOtherUsers(userId), [userId]);

  async function onClick() {
    if (!confirmSignOut()) return;
    setState("pending");
    if (!(await signOutThisDevice())) setState("offline");
  }

  return (
    <>
      <button
        type="button"
        onClick={() => void onClick()}
        disabled={state === "pending"}
        className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
      >
        {state === "pending" ? "Signing out…" : "Sign out"}
      </button>
      {state === "offline" ? (
        <span role="alert" className="text-red-800">
          No connection: still signed in, nothing deleted.
        </span>
      ) : null}
    </>
  );
}
