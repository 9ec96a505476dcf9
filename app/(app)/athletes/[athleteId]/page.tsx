import { paths } from "@/lib/paths";
import { noticeVariants } from "@/components/ui/notice-variants";
import { CardSection } from "@/components/ui/card-section";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AddMarkForm } from "@/components/marks/add-mark-form";
import { AthleteSessionsList } from "@/components/marks/athlete-sessions-list";
import { MarksList } from "@/components/marks/marks-list";
import { RestoreAthleteButton } from "@/components/squads/restore-athlete-button";
import { longDay, todayIn } from "@/lib/dates";
import { requireUser } from "@/lib/server/auth/session";
import { listAthleteSessions } from "@/lib/server/data/athlete-sessions";
import { getAthlete } from "@/lib/server/data/athletes";

export const metadata: Metadata = { title: "Athlete" };

export default async function AthletePage({ params }: { params: Promise<{ athleteId: string }> }) {
  const { athleteId } = await params;
  const viewer = await requireUser(paths.athlete(athleteId));
  const [athlete, sessions] = await Promise.all([
    getAthlete(viewer, athleteId),
    listAthleteSessions(viewer, athleteId),
  ]);
  if (!athlete || !sessions) notFound();
  return (
    <>
      <div>
        <Link href={paths.squad(athlete.squad.id)} className="text-brand-700 underline">
          {athlete.squad.name}
        </Link>
        <h1 className="text-2xl font-semibold">
          {athlete.name}
          {athlete.isViewer ? <span className="ml-2 text-base font-normal">(you)</span> : null}
        </h1>
        <Link
          href={paths.athleteProgress(athlete.id)}
          className="text-brand-700 inline-flex min-h-11 items-center underline"
        >
          Progress
        </Link>
        {!athlete.removedAt && athlete.marks.length > 0 ? (
          <a
            href={paths.athleteWorkoutFit(athlete.id)}
            download
            className="text-brand-700 ml-4 inline-flex min-h-11 items-center underline"
          >
            Workout from the current 5K (.fit)
          </a>
        ) : null}
      </div>
      {athlete.removedAt ? (
        <div
          role="note"
          className={noticeVariants({
            tone: "warning",
            framed: true,
            className: "flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between",
          })}
        >
          <p>
            A former athlete of {athlete.squad.name}, removed{" "}
            {longDay(athlete.removedAt.toISOString().slice(0, 10))}. Their history is kept here,
            read-only.
            {athlete.userId
              ? " To bring them back, send them an invitation link: accepting it restores this history."
              : null}
          </p>
          {athlete.canRestore ? (
            <RestoreAthleteButton athleteId={athlete.id} name={athlete.name} />
          ) : null}
        </div>
      ) : null}
      <CardSection id="marks" title="5K marks">
        <p className="mb-2 text-sm text-slate-600">
          Targets come from the current mark: the pinned one if a coach pinned one, otherwise the
          latest.
        </p>
        <MarksList athlete={athlete} />
        {athlete.canAddMark ? (
          <div className="mt-4 border-t border-slate-200 pt-4">
            <h3 className="mb-2 font-medium">Add a 5K mark</h3>
            <AddMarkForm athleteId={athlete.id} today={todayIn(viewer.timeZone)} />
          </div>
        ) : null}
      </CardSection>
      <CardSection id="upcoming" title="Upcoming sessions">
        <AthleteSessionsList rows={sessions.upcoming} empty="Nothing assigned yet." />
      </CardSection>
      <CardSection id="past" title="Past sessions">
        <AthleteSessionsList rows={sessions.past} empty="No past sessions." />
      </CardSection>
    </>
  );
}
