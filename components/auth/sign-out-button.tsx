"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => void signOut({ callbackUrl: "/" })}
      className="rounded px-2 py-1 text-slate-700 hover:bg-slate-100"
    >
      Sign out
    </button>
  );
}
