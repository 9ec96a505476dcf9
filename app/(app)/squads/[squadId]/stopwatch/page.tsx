import { paths } from "@/lib/paths";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DatePicker } from "@/components/stopwatch/date-picker";
import { Stopwatch } from "@/components/stopwatch/stopwatch";
import { isDay, todayIn } from "@/lib/dates";
import { requireUser } from "@/lib/server/auth/session";
import { getStopwatchSessions, listStopwatchDates } from "@/lib/server/data/stopwatch";

export const metadata: Metadata = { title: "Stopwatch" };

export default async function StopwatchPage({
  params,
  searchParams,
}: {
  params: Promise<{ squadId: string }>;
  searchParams: Promise<{ date?: string | string[] }>;
}) {
  const { squadId } = await params;
  const { date: asked } = await searchParams;
  const path = paths.squadStopwatch(squadId);
  const viewer = await requireUser(paths.squadStopwatch(squadId, isDay(asked) ? asked : undefined));
  const today = todayIn(viewer.timeZone);
  const date = isDay(asked) ? asked : today;
  const [data, dates] = await Promise.all([
    getStopwatchSessions(viewer, squadId, date),
    listStopwatchDates(viewer, squadId, date),
  ]);
  if (!data || !dates) notFound();
  return (
    <>
      <div className="flex flex-col gap-1">
        <Link href={paths.squad(squadId)} className="no-print text-brand-700 underline">
          {data.squad.name}
        </Link>
        <h1 className="text-2xl font-semibold">Stopwatch</h1>
        <p className="text-slate-700">
          Tap an athlete as they cross the line: each tap ends the lap shown on their tile, rep laps
          and recovery jogs in session order. Results save when the connection allows.
        </p>
      </div>
      <DatePicker path={path} date={date} today={today} dates={dates} />
      <Stopwatch
        key={date}
        userId={viewer.id}
        squadId={data.squad.id}
        date={date}
        athletes={data.sessions.map(({ assignmentId, name, logged, prescription }) => ({
          assignmentId,
          name,
          logged,
          prescription,
        }))}
      />
    </>
  );
}
