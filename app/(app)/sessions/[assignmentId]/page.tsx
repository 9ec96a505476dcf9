import { paths } from "@/lib/paths";
import { CardSection } from "@/components/ui/card-section";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { SessionChart } from "@/components/charts/session-chart";
import { SessionChartBlock } from "@/components/charts/session-chart-block";
import { FindingsList } from "@/components/review/findings-list";
import { HoldChecks } from "@/components/review/hold-checks";
import { RecalibrationPanel } from "@/components/review/recalibration-panel";
import { RecoveryTable } from "@/components/review/recovery-table";
import { RepAnalysisList } from "@/components/review/rep-analysis";
import { RepContextTable } from "@/components/review/rep-context";
import { ResultSummary } from "@/components/review/result-summary";
import { ImportSource } from "@/components/imports/import-source";
import { SessionHeader } from "@/components/review/session-header";
import { Conversation } from "@/components/comments/conversation";
import { markSessionRead } from "@/lib/server/activity/seen";
import { getConversation } from "@/lib/server/data/comments";
import { TargetCard } from "@/components/targets/target-card";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { WorkoutDownloads } from "@/components/workouts/workout-downloads";
import { workoutName } from "@/lib/devices/workout-text";
import { buttonVariants } from "@/components/ui/button-variants";
import { buttonPrimary, card } from "@/components/ui/styles";
import { toSessionChartData } from "@/lib/review/session-chart-data";
import { deleteResult } from "@/lib/server/actions/delete-result";
import { requireUser } from "@/lib/server/auth/session";
import { getSession } from "@/lib/server/data/sessions";

export const metadata: Metadata = { title: "Session" };

/** One assigned session: its frozen targets, and once logged the result and its analysis. */
export default async function SessionPage({
  params,
}: {
  params: Promise<{ assignmentId: string }>;
}) {
  const { assignmentId } = await params;
  const viewer = await requireUser(paths.session(assignmentId));
  // Taken before the comments are read: one posted meanwhile stays unread. Both reads check the
  // viewer's access themselves, so they run together.
  const openedAt = new Date();
  const [session, conversation] = await Promise.all([
    getSession(viewer, assignmentId),
    getConversation(viewer, assignmentId),
  ]);
  if (!session) notFound();
  // A read receipt: written once the page has gone out rather than before (it changes nothing
  // on it), so the page does not wait for the write's round trip.
  if (conversation) after(() => markSessionRead(viewer.id, assignmentId, openedAt));
  const { result, analysis, recalibration } = session;
  const logHref = paths.sessionLog(session.id);
  return (
    <>
      <SessionHeader session={session} />
      {session.canLog && !result ? (
        <p className="no-print">
          <Link href={logHref} className={buttonPrimary}>
            Log this session
          </Link>
        </p>
      ) : null}
      <TargetCard prescription={session.prescription}>
        <WorkoutDownloads
          fitHref={paths.sessionWorkoutFit(session.id)}
          icsHref={paths.sessionCalendarIcs(session.id)}
          name={workoutName(session.prescription.fiveKSeconds, session.date)}
          prescription={session.prescription}
        />
      </TargetCard>
      {result && analysis ? (
        <>
          <section aria-labelledby="result" className={card}>
            <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
              <h2 id="result" className="text-lg font-medium">
                Result
              </h2>
              {session.canLog ? (
                <Link
                  href={logHref}
                  className={buttonVariants({ variant: "secondary", className: "no-print" })}
                >
                  Edit
                </Link>
              ) : null}
            </div>
            <ResultSummary result={result} timeZone={viewer.timeZone} />
            {/* Its own read (where the file came from), for imported results only. */}
            {result.source === "IMPORT" ? (
              <ImportSource assignmentId={session.id} viewer={viewer} />
            ) : null}
          </section>
          {conversation ? <Conversation data={conversation} timeZone={viewer.timeZone} /> : null}
          <CardSection id="lap-chart" title="Lap by lap">
            <SessionChartBlock
              chart={<SessionChart data={toSessionChartData(session.prescription, analysis)} />}
              analysis={analysis}
            />
          </CardSection>
          <CardSection id="findings" title="Findings">
            <FindingsList findings={analysis.findings} />
          </CardSection>
          {session.canCoach && recalibration ? (
            <CardSection id="recalibration" title="5K time" className="no-print">
              <RecalibrationPanel
                assignmentId={session.id}
                recalibration={recalibration}
                decision={result.recalibrationDecision}
              />
            </CardSection>
          ) : null}
          <CardSection id="reps" title="Rep by rep">
            <RepAnalysisList reps={analysis.reps} />
          </CardSection>
          {session.repContext ? (
            <CardSection id="in-context" title="Against their last and best">
              <RepContextTable reps={analysis.reps} context={session.repContext} />
            </CardSection>
          ) : null}
          <CardSection id="hold" title="Holding pace late">
            <HoldChecks reps={analysis.reps} />
          </CardSection>
          <CardSection id="recoveries" title="Recoveries">
            <RecoveryTable recovery={analysis.recovery} />
          </CardSection>
          {session.canLog ? (
            <CardSection id="delete" title="Delete result" className="no-print">
              <div className="sm:w-fit">
                <ConfirmAction
                  action={deleteResult}
                  fields={{ assignmentId: session.id }}
                  label="Delete result"
                  confirmLabel="Yes, delete this result"
                  question="Delete this result and all its laps? The session stays assigned; this cannot be undone."
                />
              </div>
            </CardSection>
          ) : null}
        </>
      ) : (
        <>
          <p className="text-slate-700">Not logged yet.</p>
          {conversation ? <Conversation data={conversation} timeZone={viewer.timeZone} /> : null}
        </>
      )}
    </>
  );
}
