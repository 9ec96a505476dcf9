const bar = "animate-pulse rounded bg-slate-200";

/** The dashboard's shape while it loads: title, grid with its side panel, then the squad list. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="flex flex-col gap-6">
      <span className="sr-only">Loading…</span>
      <div className={`h-8 w-1/3 ${bar}`} />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <div className="flex flex-col gap-3">
          <div className={`h-11 w-2/3 ${bar}`} />
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className={`h-14 ${bar}`} />
          ))}
        </div>
        <div className={`h-64 ${bar}`} />
      </div>
      <div className={`h-16 ${bar}`} />
    </div>
  );
}
