import { paths } from "@/lib/paths";
import Link from "next/link";
import type { CalendarEntry } from "@/lib/server/data/schedule";
import { longDay } from "@/lib/dates";
import { statusLook } from "./status-badge";

const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

/**
 * A month grid on wider screens; on a phone the same list collapses to the days that have
 * sessions, one under another, so nothing scrolls sideways. A day's number opens its week.
 */
export function MonthView({
  days,
  month,
  byDay,
  today,
  weekHref,
}: {
  days: string[];
  /** "YYYY-MM": days of other months are greyed. */
  month: string;
  byDay: Map<string, CalendarEntry[]>;
  today: string;
  weekHref: (day: string) => string;
}) {
  const any = days.some((d) => d.startsWith(month) && byDay.has(d));
  return (
    <div>
      <div
        aria-hidden="true"
        className="hidden grid-cols-7 gap-1 pb-1 text-sm text-slate-600 sm:grid"
      >
        {WEEKDAYS.map((w) => (
          <span key={w} className="px-1">
            {w}
          </span>
        ))}
      </div>
      {any ? null : <p className="text-slate-600 sm:hidden">No sessions this month.</p>}
      <ol className="flex flex-col gap-2 sm:grid sm:grid-cols-7 sm:gap-1">
        {days.map((day) => {
          const entries = byDay.get(day) ?? [];
          const inMonth = day.startsWith(month);
          return (
            <li
              key={day}
              aria-current={day === today ? "date" : undefined}
              className={`${entries.length && inMonth ? "" : "hidden sm:block"} aria-[current=date]:border-brand-600 rounded-md border border-slate-200 p-2 sm:min-h-24 sm:p-1 ${inMonth ? "bg-white" : "bg-slate-50 text-slate-400"}`}
            >
              <Link
                href={weekHref(day)}
                className="inline-flex min-h-11 items-center text-sm font-medium underline-offset-2 hover:underline sm:min-h-0"
              >
                <span className="sm:sr-only">{longDay(day)}</span>
                <span aria-hidden="true" className="hidden sm:inline">
                  {Number(day.slice(8))}
                </span>
              </Link>
              <ul className="mt-1 flex flex-col gap-1">
                {entries.map((e) => {
                  const look = statusLook(e);
                  return (
                    <li key={e.id}>
                      <Link
                        href={paths.session(e.id)}
                        className={`flex min-h-11 flex-wrap items-center gap-x-1 rounded border px-2 py-0.5 text-sm leading-tight break-words sm:min-h-0 sm:px-1 ${look.colour}`}
                      >
                        <span aria-hidden="true">{look.icon}</span>
                        {e.athlete.name} <span className="text-xs">{look.text}</span>
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
