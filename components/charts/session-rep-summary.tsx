import { Fragment } from "react";
import { deltaText, timeText } from "@/lib/format/time-text";
import { VERDICT } from "@/lib/review/verdict";
import { verdictText } from "@/components/review/verdict-style";
import type { SessionAnalysis } from "@/lib/pacing";
import { TableHead } from "@/components/ui/table-head";

/**
 * The chart's numbers as a table, one row per rep and per jog in session order: beside the chart
 * on a wide screen, under it on a phone, and the accessible alternative to it.
 */
export function SessionRepSummary({ analysis }: { analysis: SessionAnalysis }) {
  const jogs = analysis.recovery.recoveries;
  return (
    <table className="tabular w-full text-left text-sm">
      <caption className="pb-2 text-left text-slate-600">
        Rep by rep: time against target, seconds off target (plus is slower) and verdict.
      </caption>
      <TableHead
        columns={["Rep", "Actual", "Target", { label: "+/− s", plain: true }, "Verdict"]}
      />
      <tbody>
        {analysis.reps.map((rep, index) => {
          const jog = jogs[index];
          const verdict = VERDICT[rep.verdict];
          return (
            <Fragment key={rep.rep}>
              <tr className="border-b border-slate-200">
                <th scope="row" className="py-1.5 pr-2 font-semibold whitespace-nowrap">
                  {rep.label}
                </th>
                <td className="px-2 py-1.5">
                  {rep.actualSeconds === null
                    ? `${rep.lapsLogged}/${rep.laps} laps`
                    : timeText(rep.actualSeconds)}
                </td>
                <td className="px-2 py-1.5 text-slate-600">{timeText(rep.targetSeconds)}</td>
                <td className="px-2 py-1.5">{deltaText(rep.deltaSeconds, { unit: false })}</td>
                <td className={verdictText({ verdict: rep.verdict, className: "py-1.5 pl-2" })}>
                  <span aria-hidden="true">{verdict.symbol} </span>
                  {verdict.words}
                </td>
              </tr>
              {jog ? (
                <tr className="border-b border-slate-100 text-slate-700">
                  <th scope="row" className="py-1 pr-2 font-normal">
                    Jog {jog.recovery}
                  </th>
                  <td className="px-2 py-1">{timeText(jog.actualSeconds)}</td>
                  <td className="px-2 py-1 text-slate-600">{timeText(jog.targetSeconds)}</td>
                  <td className="px-2 py-1">
                    {jog.actualSeconds === null
                      ? "—"
                      : deltaText(jog.actualSeconds - jog.targetSeconds, { unit: false })}
                  </td>
                  <td className={`py-1 pl-2 ${jog.flagged ? "font-medium text-red-800" : ""}`}>
                    {jog.actualSeconds === null ? "Not timed" : jog.flagged ? "⚑ Too slow" : "OK"}
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
