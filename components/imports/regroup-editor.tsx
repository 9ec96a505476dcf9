"use client";
import type { RepChoice, Stretch } from "@/lib/devices/regroup";
import { formatTime, repDistanceLabel, type Units } from "@/lib/pacing";
import { inputClass } from "@/components/ui/styles";

export type StretchClock = (seconds: number) => string;

/** "Lap 6 · 07:14:05 · 6:24.3 · 1,596 m": what the watch recorded, in the activity's local time. */
export function stretchLabel(s: Stretch, clock: StretchClock): string {
  const meters = s.meters === null ? null : `${Math.round(s.meters).toLocaleString("en-GB")} m`;
  const what = s.cut === "lap" ? `Lap ${s.index + 1}` : `Part ${s.index + 1}`;
  return [what, clock(s.start), formatTime(s.end - s.start, { decimals: 1 }), meters]
    .filter(Boolean)
    .join(" · ");
}

/**
 * "Choose which laps make which rep": per rep, the first and last of the watch's laps it is made
 * of, or "not run". Plain selects: keyboard and screen readers need nothing more.
 */
export function RegroupEditor({
  stretches,
  choice,
  suggested,
  units,
  clock,
  onChange,
  problem,
}: {
  stretches: Stretch[];
  choice: RepChoice;
  suggested: RepChoice;
  units: Units;
  clock: StretchClock;
  onChange: (choice: RepChoice) => void;
  problem: string | null;
}) {
  const set = (k: number, rep: { first: number; last: number } | null) =>
    onChange(choice.map((c, i) => (i === k ? rep : c)));
  const fallback = (k: number) =>
    suggested[k] ?? { first: stretches.length - 1, last: stretches.length - 1 };
  return (
    <fieldset aria-describedby={problem ? "regroup-problem" : "regroup-hint"}>
      <legend className="mb-1 font-medium text-slate-800">Which laps make which rep</legend>
      <p id="regroup-hint" className="mb-3 text-sm text-slate-700">
        As the reader found them. If a lap press was early, late or missed, move the rep&rsquo;s
        first or last lap; the review above follows.
      </p>
      <div className="flex flex-col gap-4">
        {choice.map((rep, k) => {
          const laps = [4, 3, 2, 1][k]!;
          const name = `Rep ${k + 1} (${repDistanceLabel(units, laps)})`;
          return (
            <div key={k} className="grid gap-2 sm:grid-cols-[9rem_1fr_1fr_auto] sm:items-end">
              <span className="font-medium">{name}</span>
              {(["first", "last"] as const).map((end) => (
                <label key={end} className="flex flex-col gap-1 text-sm">
                  <span>
                    {end === "first" ? "From" : "To"} <span className="sr-only">({name})</span>
                  </span>
                  <select
                    className={inputClass}
                    disabled={!rep}
                    value={rep ? rep[end] : ""}
                    onChange={(e) => rep && set(k, { ...rep, [end]: Number(e.target.value) })}
                  >
                    {!rep ? <option value="">not run</option> : null}
                    {stretches.map((s) => (
                      <option key={s.index} value={s.index}>
                        {stretchLabel(s, clock)}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
              <label className="flex min-h-11 items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-5"
                  checked={!rep}
                  onChange={(e) => set(k, e.target.checked ? null : fallback(k))}
                />
                Not run <span className="sr-only">({name})</span>
              </label>
            </div>
          );
        })}
      </div>
      {problem ? (
        <p id="regroup-problem" role="alert" className="mt-2 text-sm font-medium text-red-700">
          {problem}
        </p>
      ) : null}
    </fieldset>
  );
}
