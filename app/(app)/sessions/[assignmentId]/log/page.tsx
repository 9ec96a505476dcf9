import { paths } from "@/lib/paths";
import { noticeVariants } from "@/components/ui/notice-variants";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { entryTime, seconds } from "@/components/review/format";
import { ImportFromWatch } from "@/components/imports/import-from-watch";
import { LogForm } from "@/components/review/log-form";
import type { LogFormExisting } from "@/components/review/log-form-types";
import { StopwatchDraftLog } from "@/components/review/stopwatch-draft-log";
import { longDay, todayIn } from "@/lib/dates";
import { plural } from "@/lib/format/plural";
import { card } from "@/components/ui/styles";
import { formatTime, msToSeconds, repDistanceLabel } from "@/lib/pacing";
import { requireUser } from "@/lib/server/auth/session";
import { getSession, type SessionView } from "@/lib/server/data/sessions";

export const metadata: Metadata = { title: "Log session" };

/**
 * Logging (or editing) one session: the athlete themself, or a coach of their squad.
 * ?from=stopwatch starts an unlogged session from the laps the stopwatch kept on this device.
 */
export default async function LogSessionPage({
  params,
  searchParams,
}: {
  params: Promise<{ assignmentId: string }>;
  searchParams: Promise<{ from?: string | string[] }>;
}) {
  const { assignmentId } = await params;
  const { from } = await searchParams;
  const viewer = await requireUser(paths.sessionLog(assignmentId));
  const session = await getSession(viewer, assignmentId);
  if (!session?.canLog) notFound();
  const { prescription, units } = session;
  const unit = units === "METRIC" ? "metric" : "imperial";
  const form = {
    assignmentId: session.id,
    lapMeters: prescription.lapMeters,
    reps: prescription.reps.map((rep) => ({
      laps: rep.laps,
      targetSeconds: rep.targetSeconds,
      label: `${repDistanceLabel(unit, rep.laps)} — ${plural(rep.laps, "lap")} (target ${formatTime(rep.targetSeconds)})`,
    })),
    recoveryTargets: Array.from({ length: prescription.recovery.count }, () =>
      formatTime(prescription.recovery.targetSeconds),
    ),
  };
  return (
    <>
      <div>
        <Link href={paths.session(session.id)} className="text-brand-700 underline">
          Back to the session
        </Link>
        <h1 className="text-2xl font-semibold">
          {session.result ? "Edit" : "Log"} {session.athlete.name}&rsquo;s step-down
        </h1>
        <p className="tabular text-slate-700">
          {longDay(session.date)} · targets from a {formatTime(prescription.fiveKSeconds)} 5K
        </p>
      </div>
      {!session.result && session.date > todayIn(viewer.timeZone) ? (
        // Allowed (a session run a day early is still that session), but worth a second look.
        <p role="note" className={noticeVariants({ tone: "warning", framed: true })}>
          This session is planned for {longDay(session.date)}, which has not come yet. Log it now
          only if it has already been run.
        </p>
      ) : null}
      <ImportFromWatch session={session} viewer={viewer} />
      <section className={card} aria-label="Result">
        <p className="mb-4 text-slate-700">
          Per rep, type the lap times (&ldquo;96 95.4 97 96&rdquo;) or the watch&rsquo;s splits
          (&ldquo;1:36 3:12 4:48 6:24&rdquo;); each is read back below it before you save. Leave a
          rep empty if it was not run. Enter moves to the next field.
        </p>
        {from === "stopwatch" ? (
          <StopwatchDraftLog
            userId={viewer.id}
            squadId={session.athlete.squad.id}
            date={session.date}
            {...form}
            existing={existingEntry(session)}
          />
        ) : (
          <LogForm {...form} existing={existingEntry(session)} />
        )}
      </section>
    </>
  );
}

/** The saved laps typed back as the form takes them, so an unchanged edit saves the same laps. */
function existingEntry(session: SessionView): LogFormExisting | null {
  const { result, prescription } = session;
  if (!result) return null;
  const laps = [...result.laps].sort((a, b) => a.lapIndex - b.lapIndex);
  const rep = (i: number) =>
    laps
      .filter((l) => l.kind === "REP" && l.repIndex === i)
      .map((l) => seconds(msToSeconds(l.timeMs)))
      .join(" ");
  const recovery = (i: number) => {
    const lap = laps.find((l) => l.kind === "RECOVERY" && l.repIndex === i);
    return lap ? entryTime(msToSeconds(lap.timeMs)) : "";
  };
  return {
    version: result.version,
    status: result.status,
    effort: result.effort,
    notes: result.notes,
    reps: prescription.reps.map((_, i) => rep(i)),
    recoveries: Array.from({ length: prescription.recovery.count }, (_, i) => recovery(i)),
  };
}
