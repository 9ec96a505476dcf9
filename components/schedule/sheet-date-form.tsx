import Link from "next/link";
import { buttonSecondary, inputClass } from "@/components/ui/styles";
import { mediumDay } from "@/lib/dates";

/** Choose another session date: any day, or one of the squad's session dates. Not printed. */
export function SheetDateForm({
  base,
  date,
  sessionDates,
}: {
  base: string;
  date: string;
  sessionDates: string[];
}) {
  return (
    <div className="no-print flex flex-col gap-3">
      <form method="get" action={base} className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="sheet-date" className="font-medium text-slate-800">
            Session date
          </label>
          <input
            id="sheet-date"
            type="date"
            name="date"
            defaultValue={date}
            className={inputClass}
          />
        </div>
        <button type="submit" className={buttonSecondary}>
          Show
        </button>
      </form>
      {sessionDates.length ? (
        <nav aria-label="Session dates" className="flex flex-wrap gap-2 text-sm">
          {sessionDates.map((d) => (
            <Link
              key={d}
              href={`${base}?date=${d}`}
              aria-current={d === date ? "date" : undefined}
              className="aria-[current=date]:border-brand-600 aria-[current=date]:bg-brand-50 inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3"
            >
              {mediumDay(d)}
            </Link>
          ))}
        </nav>
      ) : null}
    </div>
  );
}
