"use client";

import Link from "next/link";

/** The progress charts failed to load; the athlete's own page usually still works. */
export default function ProgressError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold">Progress could not be shown</h1>
      <p className="text-slate-700">
        Nothing you saved was lost. Try again, or go back to the squad.
      </p>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={reset}
          className="bg-brand-600 min-h-11 rounded-md px-4 py-2 font-medium text-white"
        >
          Try again
        </button>
        <Link
          href="/dashboard"
          className="text-brand-700 inline-flex min-h-11 items-center underline"
        >
          Your squads
        </Link>
      </div>
    </div>
  );
}
