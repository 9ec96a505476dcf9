import { paths } from "@/lib/paths";
import Link from "next/link";
import { STATUS } from "@/components/review/format";
import { mediumDay } from "@/lib/dates";
import { timeText } from "@/lib/format/time-text";
import { formatDelta, formatTime } from "@/lib/pacing";
import type { ProgressSession } from "@/lib/review/progress-data";

/** The charts as a table (the accessible alternative): sessions down, reps across. */
export function ProgressTable({
  sessions,
  labels,
  bestId,
}: {
  sessions: ProgressSession[];
  labels: string[];
  /** The best session's row says so (the charts mark it with a dotted line). */
  bestId?: string;
}) {
  return (
    <details className="group">
      <summary className="text-brand-700 min-h-11 cursor-pointer py-2 font-medium underline">
        Table of sessions (actual, target and difference per rep)
      </summary>
      <div className="mt-2 overflow-x-auto">
        <table className="tabular w-full min-w-[36rem] text-left text-sm">
          <caption className="sr-only">
            Each logged session: every rep as run against its target, late fades and recoveries
          </caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Session
              </th>
              {labels.map((label) => (
                <th key={label} scope="col" className="py-2 pr-3">
                  {label}
                </th>
              ))}
              <th scope="col" className="py-2 pr-3">
                Late fades
              </th>
              <th scope="col" className="py-2">
                Recoveries
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.assignmentId} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 font-normal">
                  <Link href={paths.session(s.assignmentId)} className="text-brand-700 underline">
                    {mediumDay(s.date)}
                  </Link>
                  <span className="block text-slate-600">
                    {STATUS[s.status]}, 5K {formatTime(s.fiveKSeconds)}
                  </span>
                  {s.assignmentId === bestId ? (
                    <strong className="block font-semibold text-emerald-800">
                      <span aria-hidden="true">★ </span>Best session
                    </strong>
                  ) : null}
                </th>
                {s.reps.map((r) => (
                  <td key={r.label} className="py-2 pr-3">
                    {timeText(r.actualSeconds)}
                    <span className="block text-slate-600">
                      target {formatTime(r.targetSeconds)}
                      {r.deltaSeconds === null ? "" : ` (${formatDelta(r.deltaSeconds)})`}
                    </span>
                  </td>
                ))}
                <td className="py-2 pr-3">
                  {s.hold.checks ? `${s.hold.faded} of ${s.hold.checks}` : "—"}
                </td>
                <td className="py-2">
                  {s.recoverySlowFraction === null
                    ? "—"
                    : `${Math.round(s.recoverySlowFraction * 100)}% ${s.recoverySlowFraction >= 0 ? "slow" : "fast"}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
