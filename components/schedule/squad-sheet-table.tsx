import { describePrescription } from "@/components/targets/describe-prescription";
import type { SquadSheet } from "@/lib/server/data/schedule";

/**
 * The clipboard sheet: one row per athlete, one column per rep with its target, lap time and the
 * splits to call out at each lap mark, then the jog. Compact enough for a squad on one page.
 */
export function SquadSheetTable({ rows }: { rows: SquadSheet["rows"] }) {
  const views = rows.map((r) => ({ ...r, view: describePrescription(r.prescription) }));
  const columns = views[0]?.view.reps.map((rep) => rep.distance) ?? [];
  const cell = "border border-slate-300 px-2 py-1 align-top print:px-1";
  const stuck = "sticky left-0 z-10 print:static";
  // The key sits above the scrolling box, so it wraps to the screen rather than to the table; on a
  // phone the table scrolls sideways inside its box with the athletes' names held in place.
  return (
    <div className="flex min-w-0 flex-col gap-2">
      <p id="sheet-key" className="text-sm text-slate-600">
        Bold: the rep&apos;s target. Then the time for each lap and the splits to call at each lap
        mark. Jog: each recovery lap.
        <span className="sm:hidden print:hidden"> Scroll the table sideways for every rep.</span>
      </p>
      <div className="overflow-x-auto print:overflow-visible">
        <table
          aria-describedby="sheet-key"
          className="tabular w-full border-collapse text-left text-sm print:text-[9pt]"
        >
          <caption className="sr-only">Every athlete&apos;s targets for the session</caption>
          <thead>
            <tr className="bg-slate-100">
              <th scope="col" className={`${cell} ${stuck} bg-slate-100`}>
                Athlete
              </th>
              <th scope="col" className={cell}>
                5K
              </th>
              {columns.map((distance) => (
                <th key={distance} scope="col" className={cell}>
                  {distance}
                </th>
              ))}
              <th scope="col" className={cell}>
                Jog
              </th>
            </tr>
          </thead>
          <tbody>
            {views.map(({ assignmentId, athlete, view }) => (
              <tr key={assignmentId} className="break-inside-avoid">
                <th scope="row" className={`${cell} ${stuck} bg-white font-medium`}>
                  {athlete.name}
                </th>
                <td className={cell}>{view.fiveK}</td>
                {view.reps.map((rep) => (
                  <td key={rep.distance} className={cell}>
                    <strong className="block text-base print:text-[10pt]">{rep.target}</strong>
                    <span className="block whitespace-nowrap">lap {rep.laps[0]}</span>
                    {/* Splits worth calling: from the 1200 up; on an 800 the one split is the lap. */}
                    {rep.splits.length > 2 ? (
                      <span className="block text-slate-700">
                        {rep.splits.slice(0, -1).join(" · ")}
                      </span>
                    ) : null}
                  </td>
                ))}
                <td className={cell}>{view.recovery.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
