import { deltaText } from "@/lib/format/time-text";
import type { RepContext } from "@/lib/review/rep-context";

/**
 * A grid cell's line of context: the rep's difference from target last time and at best (this
 * workout), so a coach sees "better than last time" without opening the athlete.
 */
export function RepContextLine({ context }: { context: RepContext | undefined }) {
  if (!context) return null;
  const { previous, best, bestYet } = context;
  if (!previous || !best) return <li className="text-slate-600">first time on this rep</li>;
  return (
    <li className="tabular text-slate-600">
      last {deltaText(previous.deltaSeconds)} · best {deltaText(best.deltaSeconds)}
      {bestYet ? <strong className="block font-semibold text-slate-800">closest yet</strong> : null}
    </li>
  );
}
