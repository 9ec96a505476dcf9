import { paths } from "@/lib/paths";
import Link from "next/link";
import { STATUS } from "@/components/review/format";
import { longDay } from "@/lib/dates";
import { formatTime, msToSeconds } from "@/lib/pacing";
import type { AthleteSessionRow } from "@/lib/server/data/athlete-sessions";

/** A list of assigned sessions, each a link to its page with its logged status. */
export function AthleteSessionsList({ rows, empty }: { rows: AthleteSessionRow[]; empty: string }) {
  if (rows.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200">
      {rows.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-x-4 py-2">
          <Link
            href={paths.session(s.id)}
            className="text-brand-700 min-h-11 content-center underline"
          >
            {longDay(s.date)}
          </Link>
          <span className="tabular text-sm text-slate-600">
            5K {formatTime(msToSeconds(s.fiveKMs))} · {s.status ? STATUS[s.status] : "not logged"}
          </span>
        </li>
      ))}
    </ul>
  );
}
