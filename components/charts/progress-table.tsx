import Link from "next/link";
import { formatDelta, formatTime } from "@/lib/pacing";
import type { ProgressSession } from "@/lib/review/progress-data";

const STATUS = { COMPLETED: "Completed", PARTIAL: "Partial", ABANDONED: "Abandoned" } as const;

const day = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });

/** The charts as a table (the accessible alternative): sessions down, reps across. */
export function ProgressTable({
  sessions,
  labels,
}: {
  sessions: ProgressSession[];
  labels: string[];
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
                  <Link href={`/sessions/${s.assignmentId}`} className="text-brand-700 underline">
                    {day(s.date)}
                  </Link>
                  <span className="block text-slate-600">
                    {STATUS[s.status]}, 5K {formatTime(s.fiveKSeconds)}
                  </span>
                </th>
                {s.reps.map((r) => (
                  <td key={r.label} className="py-2 pr-3">
                    {r.actualSeconds === null ? "—" : formatTime(r.actualSeconds)}
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
