import { paths } from "@/lib/paths";
import { CardSection } from "@/components/ui/card-section";
import { mediumDay, todayIn } from "@/lib/dates";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressChart } from "@/components/charts/progress-chart";
import { ProgressRangeForm } from "@/components/charts/progress-range";
import { ProgressTable } from "@/components/charts/progress-table";
import { card } from "@/components/ui/styles";
import { shapeProgress } from "@/lib/review/progress-data";
import { requireUser } from "@/lib/server/auth/session";
import { getAthleteProgress } from "@/lib/server/data/athlete-progress";
import { plural } from "@/lib/format/plural";

export const metadata: Metadata = { title: "Progress" };

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** One athlete's step-downs over time: each rep against target, the late-lap hold, the 5K. */
export default async function ProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ athleteId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { athleteId } = await params;
  const query = await searchParams;
  const base = paths.athleteProgress(athleteId);
  const viewer = await requireUser(base);
  const progress = await getAthleteProgress(viewer, athleteId, {
    from: one(query.from),
    to: one(query.to),
  });
  if (!progress) notFound();
  const { athlete, range, sessions, marks } = progress;
  const charts = shapeProgress(sessions, marks, range);
  const today = todayIn(viewer.timeZone);
  const span = `${range.from ? mediumDay(range.from) : "the first session"} to ${mediumDay(range.to)}`;
  return (
    <>
      <div>
        <Link href={paths.athlete(athlete.id)} className="text-brand-700 underline">
          {athlete.name}
        </Link>
        <span className="text-slate-600"> · {athlete.squad.name}</span>
        <h1 className="text-2xl font-semibold">Progress</h1>
        <p className="text-slate-700">
          The 4-3-2-1 step-down from {span}: {plural(sessions.length, "logged session")}.
        </p>
      </div>
      <CardSection id="range" title="Date range">
        <ProgressRangeForm base={base} range={range} today={today} />
      </CardSection>
      {sessions.length === 0 ? (
        <section className={card}>
          <h2 className="mb-2 text-lg font-medium">No logged sessions in this range</h2>
          <p className="text-slate-700">
            Progress shows once sessions are logged: open a session from{" "}
            <Link href={paths.athlete(athlete.id)} className="text-brand-700 underline">
              {athlete.name}&apos;s page
            </Link>{" "}
            and log its laps, or choose a wider range (try &ldquo;All&rdquo;).
          </p>
        </section>
      ) : (
        <>
          <CardSection id="summary" title="In short">
            <ul className="tabular flex list-disc flex-col gap-1 pl-5 text-slate-800">
              {charts.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </CardSection>
          <CardSection id="charts" title="Session by session">
            <ProgressChart charts={charts} />
            <div className="mt-4 border-t border-slate-200 pt-2">
              <ProgressTable
                sessions={sessions}
                labels={charts.reps.map((r) => r.label)}
                bestId={charts.best?.assignmentId}
              />
            </div>
          </CardSection>
        </>
      )}
    </>
  );
}
