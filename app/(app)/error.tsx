"use client";

export default function AppError({ reset }: { error: Error; reset: () => void }) {
  return (
    <div role="alert" className="flex flex-col items-start gap-3">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="text-slate-700">This page could not be shown. Nothing you saved was lost.</p>
      <button
        type="button"
        onClick={reset}
        className="bg-brand-600 rounded-md px-4 py-2 font-medium text-white"
      >
        Try again
      </button>
    </div>
  );
}
