import { paths } from "@/lib/paths";
import { noticeVariants } from "@/components/ui/notice-variants";
import Link from "next/link";
import { longDay } from "@/lib/dates";
import { buttonPrimary, card } from "@/components/ui/styles";
import type { SquadDashboard as Board } from "@/lib/server/data/squad-dashboard";
import { ComingUp } from "./coming-up";
import { DatePicker } from "./dashboard-controls";
import { NotLoggedList } from "./not-logged-list";
import { RecalibrationQueue } from "./recalibration-queue";
import { GridLegend, SquadGrid } from "./squad-grid";

/** The coach's home for one squad: the grid of the chosen date, and beside it what needs doing. */
export function SquadDashboard({ board }: { board: Board }) {
  const { squad, date } = board;
  if (date === null) return <NoSessions squadId={squad.id} />;
  const nobodyLogged = board.rows.length > 0 && board.notLogged.length === board.rows.length;
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,1fr)_15rem]">
      <section aria-labelledby="grid-heading" className="flex min-w-0 flex-col gap-3">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="grid-heading" className="text-xl font-semibold">
            {longDay(date)}
          </h2>
          <DatePicker squadId={squad.id} date={date} sessionDates={board.sessionDates} />
        </div>
        {board.rows.length === 0 ? (
          <p className={card}>
            None of {squad.name}&apos;s current athletes had a 4-3-2-1 on {longDay(date)}. Pick one
            of the squad&apos;s session dates above.
          </p>
        ) : (
          <>
            {nobodyLogged ? (
              <p role="status" className={noticeVariants({ tone: "info", framed: true })}>
                Nobody has logged this session yet. Results appear here as athletes log them, or
                time the squad with the{" "}
                <Link href={paths.squadStopwatch(squad.id)} className="text-brand-700 underline">
                  stopwatch
                </Link>{" "}
                and save from there. Until then each cell shows the athlete&apos;s target.
              </p>
            ) : (
              <GridLegend />
            )}
            <SquadGrid rows={board.rows} units={board.units ?? "metric"} />
          </>
        )}
      </section>
      <aside aria-label="To do" className={`${card} flex flex-col gap-6 self-start`}>
        <NotLoggedList athletes={board.notLogged} past={date < board.today} squadId={squad.id} />
        <RecalibrationQueue items={board.recalibrations} />
        <ComingUp upcoming={board.upcoming} squadId={squad.id} />
      </aside>
    </div>
  );
}

/** A squad that has never had a session: say what to do first. */
function NoSessions({ squadId }: { squadId: string }) {
  return (
    <div className={`${card} flex flex-col items-start gap-3`}>
      <h2 className="text-lg font-medium">No sessions yet</h2>
      <p className="text-slate-700">
        Assign the 4-3-2-1 to see the squad&apos;s results here: every athlete&apos;s reps against
        their targets, who still has to log, and new 5K times to approve.
      </p>
      <Link href={paths.squadAssign(squadId)} className={buttonPrimary}>
        Assign the 4-3-2-1
      </Link>
    </div>
  );
}
