import { paths } from "@/lib/paths";
import Link from "next/link";
import { LazySessionChart } from "@/components/charts/lazy-session-chart";
import { SessionChartBlock } from "@/components/charts/session-chart-block";
import { FindingsList } from "@/components/review/findings-list";
import { STATUS } from "@/components/review/format";
import { longDay } from "@/lib/dates";
import { TargetCard } from "@/components/targets/target-card";
import { CalendarFeeds } from "@/components/calendar/calendar-feeds";
import { UnreadComments } from "@/components/comments/unread-comments";
import { WorkoutDownloads } from "@/components/workouts/workout-downloads";
import { workoutName } from "@/lib/devices/workout-text";
import { card } from "@/components/ui/styles";
import type { Viewer } from "@/lib/server/auth/session";
import { getAthleteHome } from "@/lib/server/data/athlete-home";

/**
 * The athlete's part of the home page: what to run next, and how the last one went. Renders
 * nothing for a viewer who is no athlete (a coach's home is built elsewhere on the page).
 */
export async function AthleteHome({ viewer }: { viewer: Viewer }) {
  const home = await getAthleteHome(viewer);
  if (!home) return null;
  const { next, last } = home;
  return (
    <>
      <UnreadComments viewer={viewer} />
      {next ? (
        <div className="flex flex-col gap-2">
          <p className="text-slate-700">
            Next session:{" "}
            <Link
              href={paths.session(next.assignmentId)}
              className="text-brand-700 font-medium underline"
            >
              {longDay(next.date)}
            </Link>{" "}
            · {next.squadName}
          </p>
          <TargetCard prescription={next.prescription} title="Your next 4-3-2-1 targets">
            <WorkoutDownloads
              fitHref={paths.sessionWorkoutFit(next.assignmentId)}
              icsHref={paths.sessionCalendarIcs(next.assignmentId)}
              name={workoutName(next.prescription.fiveKSeconds, next.date)}
              prescription={next.prescription}
            />
          </TargetCard>
        </div>
      ) : (
        <section aria-labelledby="next-session" className={card}>
          <h2 id="next-session" className="text-lg font-medium">
            No session ahead
          </h2>
          <p className="mt-1 text-slate-700">
            When your coach assigns your next 4-3-2-1, its targets appear here: every lap, split and
            jog, worked out from your 5K time.
          </p>
        </section>
      )}
      <section aria-labelledby="last-session" className={card}>
        <h2 id="last-session" className="mb-1 text-lg font-medium">
          Your last session
        </h2>
        {last ? (
          <>
            <p className="mb-3 text-slate-700">
              <Link
                href={paths.session(last.assignmentId)}
                className="text-brand-700 font-medium underline"
              >
                {longDay(last.date)}
              </Link>{" "}
              · {last.squadName} · {STATUS[last.status]}
            </p>
            <SessionChartBlock
              chart={<LazySessionChart data={last.chartData} />}
              analysis={last.analysis}
            />
            <h3 className="mt-4 mb-2 font-semibold">Findings</h3>
            <FindingsList findings={last.findings} />
          </>
        ) : (
          <p className="text-slate-700">
            No session logged yet: after your first 4-3-2-1, its chart appears here, every lap
            against its target, with what held and what faded.
          </p>
        )}
      </section>
      <CalendarFeeds viewer={viewer} squads={false} title="Your calendar" />
    </>
  );
}
