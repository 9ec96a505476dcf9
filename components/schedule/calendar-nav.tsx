import Link from "next/link";
import { buttonVariants } from "@/components/ui/button-variants";
import { buttonSecondary } from "@/components/ui/styles";
import { type CalendarView, formatDay, shiftView } from "@/lib/dates";

/** Week or month, previous / today / next: plain links, so the calendar is a URL. */
export function CalendarNav({
  base,
  view,
  date,
  today,
  days,
}: {
  base: string;
  view: CalendarView;
  date: string;
  today: string;
  days: string[];
}) {
  const href = (v: CalendarView, d: string) => `${base}?view=${v}&date=${d}`;
  const title =
    view === "month"
      ? formatDay(date, { month: "long", year: "numeric" })
      : `Week of ${formatDay(days[0] ?? date, { day: "numeric", month: "long", year: "numeric" })}`;
  const tab = (v: CalendarView, label: string) => (
    <Link
      href={href(v, date)}
      aria-current={view === v ? "page" : undefined}
      className={buttonVariants({
        variant: "secondary",
        className: "aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50",
      })}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="Calendar" className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-xl font-semibold">{title}</h2>
        <div className="flex gap-2">
          {tab("week", "Week")}
          {tab("month", "Month")}
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <Link href={href(view, shiftView(view, date, -1))} className={buttonSecondary}>
          <span aria-hidden="true">←&nbsp;</span>Previous {view}
        </Link>
        <Link href={href(view, today)} className={buttonSecondary}>
          Today
        </Link>
        <Link href={href(view, shiftView(view, date, 1))} className={buttonSecondary}>
          Next {view}
          <span aria-hidden="true">&nbsp;→</span>
        </Link>
      </div>
    </nav>
  );
}
