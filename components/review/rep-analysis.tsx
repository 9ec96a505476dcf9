import type { RepAnalysis } from "@/lib/pacing";
import { deltaText, timeText } from "@/lib/format/time-text";
import { VERDICT } from "@/lib/review/verdict";
import { lapSeconds } from "./format";
import { verdictText } from "./verdict-style";
import { TableHead } from "@/components/ui/table-head";

/**
 * One block per rep rather than one wide table, so a phone at the track shows every number
 * without scrolling sideways: the rep's target, window, time and verdict, then its laps.
 */
export function RepAnalysisList({ reps }: { reps: RepAnalysis[] }) {
  return (
    <ol className="flex flex-col gap-4">
      {reps.map((rep) => (
        <li key={rep.rep}>
          <RepBlock rep={rep} />
        </li>
      ))}
    </ol>
  );
}

function RepBlock({ rep }: { rep: RepAnalysis }) {
  const verdict = VERDICT[rep.verdict];
  const [fastest, slowest] = rep.windowSeconds;
  const captionId = `rep-${rep.rep}-caption`;
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 className="font-semibold">
          Rep {rep.rep}: the {rep.label}
        </h3>
        <p className={verdictText({ verdict: rep.verdict, className: "font-medium" })}>
          <span aria-hidden="true">{verdict.symbol} </span>
          {verdict.words}
        </p>
      </div>
      <dl className="tabular mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm sm:grid-cols-4">
        <Fact term="Target" value={timeText(rep.targetSeconds)} />
        <Fact
          term="Window"
          value={fastest === slowest ? "On pace" : `${timeText(fastest)}–${timeText(slowest)}`}
        />
        <Fact
          term="Actual"
          value={
            rep.actualSeconds === null
              ? `${rep.lapsLogged} of ${rep.laps} laps timed`
              : `${timeText(rep.actualSeconds)} (${deltaText(rep.deltaSeconds, { unit: false })})`
          }
        />
        <Fact term="Stepped down" value={steppedDown(rep.steppedDown)} />
      </dl>
      <table className="tabular mt-3 w-full text-left text-sm" aria-describedby={captionId}>
        <caption id={captionId} className="sr-only">
          Laps of the {rep.label}: actual, target and difference in seconds (plus is slower)
        </caption>
        <TableHead columns={["Lap", "Actual", "Target", { label: "+/− s", plain: true }]} />
        <tbody>
          {rep.lapResults.map((lap) => (
            <tr key={lap.lap} className="border-b border-slate-100">
              <th scope="row" className="py-1 pr-2 font-normal">
                {lap.lap}
              </th>
              <td className="px-2 py-1">
                {lap.actualSeconds === null ? "not timed" : lapSeconds(lap.actualSeconds)}
              </td>
              <td className="px-2 py-1 text-slate-600">{lapSeconds(lap.targetSeconds)}</td>
              <td className={`py-1 pl-2 ${deltaTone(lap.deltaSeconds)}`}>
                {deltaText(lap.deltaSeconds, { unit: false })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function steppedDown(value: boolean | null): string {
  if (value === null) return "—";
  return value ? "Yes" : "No";
}

function deltaTone(value: number | null): string {
  if (value === null) return "";
  return value > 1 ? "text-red-800" : value < -1 ? "text-amber-800" : "";
}

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt className="text-slate-600">{term}</dt>
      <dd className="font-medium">{value}</dd>
    </div>
  );
}
