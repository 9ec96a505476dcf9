import { paths } from "@/lib/paths";
import Link from "next/link";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { deleteAssignment } from "@/lib/server/actions/delete-assignment";
import type { CalendarEntry } from "@/lib/server/data/schedule";
import { longDay } from "@/lib/dates";
import { StatusBadge } from "./status-badge";

/**
 * One week, a day per row: every session with its status, a link to it and, for coaches, a way
 * to unassign one not yet logged, and to assign on a free day still to come. Reads the same on a
 * phone and a desk.
 */
export function WeekView({
  days,
  byDay,
  today,
  canCoach,
  sheetHref,
  assignHref,
}: {
  days: string[];
  byDay: Map<string, CalendarEntry[]>;
  today: string;
  canCoach: boolean;
  sheetHref: (day: string) => string;
  assignHref: (day: string) => string;
}) {
  return (
    <ol className="flex flex-col gap-3">
      {days.map((day) => {
        const entries = byDay.get(day) ?? [];
        return (
          <li
            key={day}
            aria-current={day === today ? "date" : undefined}
            className="aria-[current=date]:border-brand-600 rounded-lg border border-slate-200 bg-white p-3"
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-medium">
                {longDay(day)}
                {day === today ? <span className="text-brand-700 ml-2 text-sm">today</span> : null}
              </h3>
              {entries.length ? (
                <Link href={sheetHref(day)} className="text-brand-700 text-sm underline">
                  Squad sheet
                </Link>
              ) : null}
            </div>
            {entries.length === 0 ? (
              <p className="flex flex-wrap items-center gap-x-3 text-sm text-slate-600">
                No sessions
                {canCoach && day >= today ? (
                  <Link
                    href={assignHref(day)}
                    className="text-brand-700 inline-flex min-h-11 items-center underline"
                  >
                    Assign<span className="sr-only"> the 4-3-2-1 on {longDay(day)}</span>
                  </Link>
                ) : null}
              </p>
            ) : (
              <ul className="mt-2 divide-y divide-slate-100">
                {entries.map((e) => (
                  <li key={e.id} className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center">
                    <div className="flex grow flex-wrap items-center gap-2">
                      <Link
                        href={paths.session(e.id)}
                        className="text-brand-700 inline-flex min-h-11 items-center font-medium underline"
                      >
                        {e.athlete.name}
                      </Link>
                      <StatusBadge entry={e} />
                    </div>
                    {canCoach && !e.result ? (
                      <ConfirmAction
                        action={deleteAssignment}
                        fields={{ assignmentId: e.id }}
                        label={`Unassign ${e.athlete.name}`}
                        confirmLabel="Yes, unassign"
                        question={`Unassign ${e.athlete.name}'s session on ${longDay(day)}? Its targets go with it.`}
                      />
                    ) : null}
                  </li>
                ))}
              </ul>
            )}
          </li>
        );
      })}
    </ol>
  );
}
