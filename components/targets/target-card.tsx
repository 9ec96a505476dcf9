import { Fragment, useId, type ReactNode } from "react";
import type { Prescription } from "@/lib/pacing";
import { describePrescription, type RepView } from "./describe-prescription";
import { TableHead } from "@/components/ui/table-head";

type TargetCardProps = {
  prescription: Prescription;
  /** Defaults to "4-3-2-1 targets for a 20:00 5K". */
  title?: string;
  /** Below the table: what to take to the watch and the calendar (components/workouts). */
  children?: ReactNode;
};

/**
 * The full 4-3-2-1 target sheet for one prescription, rows in session order (rep, jog, rep, …) so
 * a coach can read it top to bottom at the track. Props in, markup out: reused for assigned
 * sessions and squad print sheets, so no data fetching and no client code here.
 */
export function TargetCard({ prescription, title, children }: TargetCardProps) {
  const view = describePrescription(prescription);
  const headingId = useId();
  const { recovery } = view;

  return (
    <section
      aria-labelledby={headingId}
      className="break-inside-avoid rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6 print:border-slate-400 print:shadow-none"
    >
      <h2 id={headingId} className="text-xl font-semibold tracking-tight">
        {title ?? `4-3-2-1 targets for a ${view.fiveK} 5K`}
      </h2>
      <dl className="tabular mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-4">
        <Fact term="5K time" value={view.fiveK} />
        <Fact term="5K lap pace" value={`${view.lap} per ${view.lapDistance}`} />
        <Fact
          term="Recoveries"
          value={`${recovery.count} × ${recovery.distance} jog in ${recovery.target}`}
        />
        <Fact term="Session" value={`${view.total} in all`} />
      </dl>

      <table className="tabular mt-4 w-full border-collapse text-left text-sm">
        <caption className="pb-2 text-left text-slate-600">
          Reps and recovery jogs in session order. Window: fastest to slowest acceptable time.
        </caption>
        <TableHead columns={["Rep", "Target", "Window", "Each lap", "Splits"]} roomy />
        <tbody>
          {view.reps.map((rep, index) => (
            <Fragment key={rep.distance}>
              {index > 0 && (
                <tr className="border-b border-slate-100 align-baseline text-slate-600">
                  <th scope="row" className="py-1.5 pr-2 font-normal">
                    Jog
                  </th>
                  <td className="px-2 py-1.5">{recovery.target}</td>
                  <td colSpan={3} className="py-1.5 pl-2">
                    {recovery.distance} easy, at half your 5K speed
                  </td>
                </tr>
              )}
              <RepRow rep={rep} />
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t border-slate-300 align-baseline">
            <th scope="row" className="py-2 pr-2 font-semibold">
              Total
            </th>
            <td className="px-2 py-2 font-semibold">{view.total}</td>
            <td colSpan={3} className="py-2 pl-2 text-slate-600">
              About {view.longerThanFiveKPercent}% longer than the 5K; warm-up and cool-down extra
            </td>
          </tr>
        </tfoot>
      </table>
      {children ? <div className="mt-4">{children}</div> : null}
    </section>
  );
}

function RepRow({ rep }: { rep: RepView }) {
  const [fastest, slowest] = rep.window;
  // Laps are even-paced by design, so one number says it; a list only if they ever differ.
  const evenLaps = rep.laps.every((lap) => lap === rep.laps[0]);
  return (
    <tr className="border-b border-slate-200 align-baseline">
      <th scope="row" className="py-2 pr-2 font-semibold whitespace-nowrap">
        {rep.distance}
      </th>
      <td className="px-2 py-2 text-base font-semibold">{rep.target}</td>
      {/* The dash is a line-break opportunity, so a narrow phone wraps the window, not the page. */}
      <td className="px-2 py-2">{fastest === slowest ? "On pace" : `${fastest}–${slowest}`}</td>
      <td className="px-2 py-2">{evenLaps ? rep.laps[0] : rep.laps.join(", ")}</td>
      <td className="py-2 pl-2">
        <ol className="flex flex-wrap gap-x-2.5" aria-label={`Splits for the ${rep.distance}`}>
          {rep.splits.map((split, lap) => (
            <li key={lap}>{split}</li>
          ))}
        </ol>
      </td>
    </tr>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
