import { paths } from "@/lib/paths";
import Link from "next/link";
import { longDay } from "@/lib/dates";
import { buttonSecondary, inputClass } from "@/components/ui/styles";

/** Links, not a client-side select: switching squads works without JavaScript. */
export function SquadSwitcher({
  squads,
  current,
}: {
  squads: { id: string; name: string }[];
  current: string;
}) {
  if (squads.length < 2) return null;
  return (
    <nav aria-label="Coached squads" className="flex flex-wrap gap-2">
      {squads.map((s) => (
        <Link
          key={s.id}
          href={paths.dashboard({ squad: s.id })}
          aria-current={s.id === current ? "page" : undefined}
          className="aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-50 inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3"
        >
          {s.name}
        </Link>
      ))}
    </nav>
  );
}

/** A plain GET form: the chosen date lands in the URL, so it can be shared and reloaded. */
export function DatePicker({
  squadId,
  date,
  sessionDates,
}: {
  squadId: string;
  date: string;
  sessionDates: string[];
}) {
  const dates = sessionDates.includes(date) ? sessionDates : [date, ...sessionDates];
  return (
    <form method="get" action="/dashboard" className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="squad" value={squadId} />
      <div className="flex flex-col gap-1">
        <label htmlFor="dashboard-date" className="font-medium text-slate-800">
          Session date
        </label>
        <select id="dashboard-date" name="date" defaultValue={date} className={inputClass}>
          {dates.map((d) => (
            <option key={d} value={d}>
              {longDay(d)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonSecondary}>
        Show
      </button>
    </form>
  );
}
