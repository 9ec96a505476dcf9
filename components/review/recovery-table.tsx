import type { RecoveryAnalysis } from "@/lib/pacing";
import { timeText } from "@/lib/format/time-text";
import { TableHead } from "@/components/ui/table-head";

/** The jogs between reps: their quality sets the session's (docs/coaching-rules.md), so a slow one is flagged. */
export function RecoveryTable({ recovery }: { recovery: RecoveryAnalysis }) {
  return (
    <table className="tabular w-full text-left text-sm">
      <caption className="pb-2 text-left text-slate-600">
        Recovery jogs: one lap at half 5K speed after each of the first three reps.
      </caption>
      <TableHead columns={["Jog", "Actual", "Target", "Verdict"]} />
      <tbody>
        {recovery.recoveries.map((r) => (
          <tr key={r.recovery} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-2 font-normal">
              After rep {r.recovery}
            </th>
            <td className="px-2 py-1">
              {r.actualSeconds === null ? "not timed" : timeText(r.actualSeconds)}
            </td>
            <td className="px-2 py-1 text-slate-600">{timeText(r.targetSeconds)}</td>
            <td className="py-1 pl-2">{verdict(r.slowByFraction, r.flagged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function verdict(fraction: number | null, flagged: boolean) {
  if (fraction === null) return "—";
  const rounded = Math.round(Math.abs(fraction) * 100);
  const percent = rounded === 0 ? "on target" : `${rounded}% ${fraction > 0 ? "slow" : "quick"}`;
  return flagged ? (
    <span className="font-medium text-red-800">
      <span aria-hidden="true">⚑ </span>Much slower ({percent})
    </span>
  ) : (
    <span>OK ({percent})</span>
  );
}
