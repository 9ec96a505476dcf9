"use client";

import Link from "next/link";
import { buttonPrimary } from "@/components/ui/styles";

/** The dashboard failed to load (database down, a malformed stored session): say so, offer a retry. */
export default function DashboardError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold">The dashboard could not be shown</h1>
      <p className="text-slate-700">
        Something went wrong while reading your squads&apos; sessions. Nothing you saved was lost.
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={reset} className={buttonPrimary}>
          Try again
        </button>
        <Link href="/calculator" className="text-brand-700 underline">
          Open the calculator meanwhile
        </Link>
      </div>
    </div>
  );
}
