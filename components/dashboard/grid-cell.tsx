import { verdictCell } from "@/components/review/verdict-style";
import { deltaText, timeText } from "@/lib/format/time-text";
import { cellLook, lapVerdict, type GridRep } from "@/lib/review/squad-grid";
import type { RepContext } from "@/lib/review/rep-context";
import { RepContextLine } from "@/components/review/rep-context-line";

/**
 * One rep of one athlete: the time and its delta as text, a symbol and a colour band by verdict.
 * A logged rep opens (native <details>: keyboard and screen readers for free, no JS) to its laps.
 */
export function GridCell({
  rep,
  label,
  context,
}: {
  rep: GridRep;
  label: string;
  /** The rep against the athlete's last and best (logged sessions only). */
  context?: RepContext;
}) {
  const look = cellLook(rep.verdict);
  if (rep.verdict === null) {
    return (
      <div className={verdictCell({ className: "min-h-11 px-2 py-1" })}>
        <span className="tabular text-slate-600">target {timeText(rep.target)}</span>
        <span className="sr-only">, {look.words}</span>
      </div>
    );
  }
  return (
    <details className={verdictCell({ verdict: rep.verdict })}>
      <summary className="min-h-11 cursor-pointer px-2 py-1 marker:text-slate-500">
        <span className="tabular font-semibold">{timeText(rep.actual)}</span>{" "}
        <span aria-hidden="true">{look.symbol}</span>
        <span className="sr-only"> {look.words}</span>
        <span className="tabular block text-sm text-slate-800">{deltaText(rep.delta)}</span>
        <span className="sr-only"> ({label} laps)</span>
      </summary>
      <ol className="flex flex-col gap-0.5 px-2 pb-2 text-sm" aria-label={`${label} laps`}>
        {rep.laps.map((lap, i) => {
          const lapLook = cellLook(lapVerdict(lap.actual, rep.window, rep.laps.length));
          return (
            <li key={i} className="tabular flex gap-2 whitespace-nowrap">
              <span className="text-slate-600">L{i + 1}</span>
              <span>{timeText(lap.actual)}</span>
              <span>{deltaText(lap.delta)}</span>
              <span aria-hidden="true">{lap.actual === null ? "" : lapLook.symbol}</span>
            </li>
          );
        })}
        <li className="text-slate-600">target {timeText(rep.target)}</li>
        <RepContextLine context={context} />
      </ol>
    </details>
  );
}
