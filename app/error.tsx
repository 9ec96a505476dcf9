"use client";

export default function RootError({ reset }: { error: Error; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl px-4 py-16" role="alert">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-slate-700">
        The page could not be shown. Nothing you entered was lost.
      </p>
      <button
        type="button"
        onClick={reset}
        className="bg-brand-600 mt-4 rounded-md px-4 py-2 font-medium text-white"
      >
        Try again
      </button>
    </main>
  );
}
