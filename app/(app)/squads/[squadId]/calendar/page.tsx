import { paths } from "@/lib/paths";
import { noticeVariants } from "@/components/ui/notice-variants";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CalendarNav } from "@/components/schedule/calendar-nav";
import { type CalendarView, isDay, todayIn, viewDays } from "@/lib/dates";
import { MonthView } from "@/components/schedule/month-view";
import { WeekView } from "@/components/schedule/week-view";
import { SquadWorkoutsLink } from "@/components/workouts/squad-workouts-link";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { buttonPrimary, card } from "@/components/ui/styles";
import { recomputeAssignments } from "@/lib/server/actions/recompute-assignments";
import { requireUser } from "@/lib/server/auth/session";
import { getSquadCalendar, type CalendarEntry } from "@/lib/server/data/schedule";
import { plural } from "@/lib/format/plural";

export const metadata: Metadata = { title: "Squad calendar" };

type Query = Record<string, string | string[] | undefined>;

/** What is assigned, done and missed, by week or month, for every member of the squad. */
export default async function CalendarPage({
  params,
  searchParams,
}: {
  params: Promise<{ squadId: string }>;
  searchParams: Promise<Query>;
}) {
  const { squadId } = await params;
  const query = await searchParams;
  const viewer = await requireUser(paths.squadCalendar(squadId));
  const today = todayIn(viewer.timeZone);
  const view: CalendarView = query.view === "month" ? "month" : "week";
  const date = isDay(query.date) ? query.date : today;
  const days = viewDays(view, date);
  const calendar = await getSquadCalendar(viewer, squadId, {
    from: days[0] ?? date,
    to: days.at(-1) ?? date,
  });
  if (!calendar) notFound();
  const byDay = new Map<string, CalendarEntry[]>();
  for (const e of calendar.entries) byDay.set(e.date, [...(byDay.get(e.date) ?? []), e]);
  const assigned = typeof query.assigned === "string" ? Number(query.assigned) : 0;
  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <Link href={paths.squad(squadId)} className="text-brand-700 underline">
            {calendar.squad.name}
          </Link>
          <h1 className="text-2xl font-semibold">Calendar</h1>
        </div>
        {calendar.canCoach ? (
          <Link href={paths.squadAssign(squadId)} className={buttonPrimary}>
            Assign session
          </Link>
        ) : null}
      </div>
      {assigned > 0 ? (
        <p role="status" className={noticeVariants({ tone: "success" })}>
          Session assigned to {plural(assigned, "athlete")}.
          {calendar.canCoach ? <SquadWorkoutsLink squadId={squadId} date={date} /> : null}
        </p>
      ) : null}
      <section className={`${card} flex flex-col gap-4`} aria-label="Sessions">
        <CalendarNav
          base={paths.squadCalendar(squadId)}
          view={view}
          date={date}
          today={today}
          days={days}
        />
        {view === "week" ? (
          <WeekView
            days={days}
            byDay={byDay}
            today={today}
            canCoach={calendar.canCoach}
            sheetHref={(d) => paths.squadSheet(squadId, d)}
            assignHref={(d) => paths.squadAssign(squadId, { date: d })}
          />
        ) : (
          <MonthView
            days={days}
            month={date.slice(0, 7)}
            byDay={byDay}
            today={today}
            weekHref={(d) => paths.squadCalendar(squadId, { view: "week", date: d })}
          />
        )}
      </section>
      {calendar.canCoach ? (
        <section aria-labelledby="recompute" className={card}>
          <h2 id="recompute" className="mb-1 text-lg font-medium">
            New 5K times?
          </h2>
          <p className="mb-3 text-slate-700">
            Targets are frozen when a session is assigned. Recompute them for every upcoming,
            unlogged session from each athlete&apos;s current 5K; past and logged sessions keep
            theirs.
          </p>
          <ConfirmAction
            action={recomputeAssignments}
            fields={{ squadId }}
            label="Recompute future targets from current 5K times"
            confirmLabel="Yes, recompute"
            question="Replace the targets of every upcoming, unlogged session with ones from today's 5K times?"
          />
        </section>
      ) : null}
    </>
  );
}
