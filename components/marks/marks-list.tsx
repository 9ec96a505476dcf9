import { longDay } from "@/lib/dates";
import { formatTime, msToSeconds } from "@/lib/pacing";
import type { AthleteView } from "@/lib/server/data/athletes";
import { PinMarkButton } from "./pin-mark-button";

const SOURCE = {
  RACE: "race",
  TIME_TRIAL: "time trial",
  ESTIMATE: "estimate",
  RECALIBRATION: "recalibration",
} as const;

const badge = "ml-2 rounded px-1.5 py-0.5 text-xs font-medium";

/** Every 5K mark, newest first; "current" is the one targets come from (pinned, else latest). */
export function MarksList({ athlete }: { athlete: AthleteView }) {
  if (athlete.marks.length === 0) {
    return <p className="text-slate-700">No 5K time yet: targets need one.</p>;
  }
  return (
    <ul className="divide-y divide-slate-200">
      {athlete.marks.map((m) => {
        const time = formatTime(msToSeconds(m.timeMs));
        const date = longDay(m.date.toISOString().slice(0, 10));
        return (
          <li key={m.id} className="flex items-center justify-between gap-3 py-2">
            <div>
              <span className="tabular font-medium">{time}</span>
              {m.current ? (
                <span className={`${badge} bg-emerald-100 text-emerald-900`}>current</span>
              ) : null}
              {m.pinned ? (
                <span className={`${badge} bg-slate-200 text-slate-800`}>pinned</span>
              ) : null}
              <span className="block text-sm text-slate-600">
                {date} · {SOURCE[m.source]}
                {m.note ? ` · ${m.note}` : ""}
              </span>
            </div>
            {athlete.canCoach ? (
              <PinMarkButton
                athleteId={athlete.id}
                markId={m.id}
                pinned={m.pinned}
                description={`${time} of ${date}`}
              />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
