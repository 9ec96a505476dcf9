import Link from "next/link";
import { shortDay } from "@/lib/dates";
import { buttonSecondary, inputClass } from "@/components/ui/styles";

/** A plain GET form and links: choosing a date needs no JavaScript. */
export function DatePicker({
  path,
  date,
  today,
  dates,
}: {
  path: string;
  date: string;
  today: string;
  dates: string[];
}) {
  const shown = Array.from(new Set([...dates, today])).sort();
  return (
    <nav aria-label="Session dates" className="no-print flex flex-col gap-3">
      <form action={path} method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          <span className="font-medium">Session date</span>
          <input type="date" name="date" defaultValue={date} className={inputClass} required />
        </label>
        <button type="submit" className={buttonSecondary}>
          Show
        </button>
      </form>
      <ul className="flex flex-wrap gap-2">
        {shown.map((day) => (
          <li key={day}>
            <Link
              href={`${path}?date=${day}`}
              aria-current={day === date ? "date" : undefined}
              className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 aria-[current=date]:border-slate-900 aria-[current=date]:bg-slate-900 aria-[current=date]:text-white"
            >
              {day === today ? `Today (${shortDay(day)})` : shortDay(day)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
