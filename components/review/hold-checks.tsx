import type { RepAnalysis } from "@/lib/pacing";
import { deltaText } from "@/lib/format/time-text";

/**
 * The "third quarter" checks (docs/coaching-rules.md): the later laps of the 1600 against 5K pace, and the laps
 * of the 800 and 400, each held or faded.
 */
export function HoldChecks({ reps }: { reps: RepAnalysis[] }) {
  const checks = reps.flatMap((rep) =>
    rep.hold.map((check) => ({ ...check, rep: rep.rep, label: rep.label })),
  );
  if (checks.length === 0) return <p className="text-slate-700">No laps to check yet.</p>;
  return (
    <ul className="tabular flex flex-col gap-1 text-sm">
      {checks.map((c) => (
        <li key={`${c.rep}-${c.lap}`} className="flex flex-wrap justify-between gap-x-4">
          <span>
            Lap {c.lap} of the {c.label}
          </span>
          <span className={c.faded ? "font-medium text-red-800" : "text-emerald-800"}>
            <span aria-hidden="true">{c.faded ? "▼ " : "✓ "}</span>
            {c.faded ? "Faded" : "Held"} ({deltaText(c.deltaSeconds)})
          </span>
        </li>
      ))}
    </ul>
  );
}
