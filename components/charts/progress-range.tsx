import Link from "next/link";
import { buttonSecondary, inputClass } from "@/components/ui/styles";
import { monthsBefore, type ProgressRange } from "@/lib/review/progress-data";

/** The date-range filter: a plain GET form (works without JavaScript) and quick ranges. */
export function ProgressRangeForm({
  base,
  range,
  today,
}: {
  base: string;
  range: ProgressRange;
  today: string;
}) {
  const quick = [
    { label: "3 months", from: monthsBefore(today, 3) },
    { label: "6 months", from: monthsBefore(today, 6) },
    { label: "1 year", from: monthsBefore(today, 12) },
    { label: "All", from: "all" },
  ];
  // An open range may end after today (a session logged before its date): still a quick range.
  const current = range.open || range.to === today ? (range.from ?? "all") : null;
  return (
    <div className="flex flex-col gap-3">
      {/* Keyed and autocomplete off, so Back shows the dates of the range on screen, not the
          browser's memory of what was last typed. */}
      <form
        key={`${range.from ?? "all"}:${range.to}`}
        method="get"
        action={base}
        autoComplete="off"
        className="flex flex-wrap items-end gap-2"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="progress-from" className="font-medium text-slate-800">
            From
          </label>
          <input
            id="progress-from"
            type="date"
            name="from"
            defaultValue={range.from ?? ""}
            className={inputClass}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="progress-to" className="font-medium text-slate-800">
            To
          </label>
          <input
            id="progress-to"
            type="date"
            name="to"
            defaultValue={range.to}
            className={inputClass}
          />
        </div>
        <button type="submit" className={buttonSecondary}>
          Show
        </button>
      </form>
      <nav aria-label="Quick ranges" className="flex flex-wrap gap-2">
        {quick.map((q) => (
          <Link
            key={q.label}
            href={`${base}?from=${q.from}`}
            aria-current={q.from === current ? "page" : undefined}
            className="aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-slate-800 hover:bg-slate-100 aria-[current=page]:font-semibold"
          >
            {q.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
