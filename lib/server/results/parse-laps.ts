import "server-only";
import { lapProblem, parseRepEntry, parseTime, type Prescription } from "@/lib/pacing";
import { entryField, type LogResultInput } from "@/lib/validation/coaching";
import { plural } from "@/lib/format/plural";

export type LapRow = {
  kind: "REP" | "RECOVERY";
  repIndex: number;
  lapIndex: number;
  seconds: number;
};

/**
 * Turns the typed reps and recoveries into lap rows against the frozen prescription, collecting
 * every problem at its field (so a coach fixes them all at once), plus the status rule: a
 * session marked completed has every rep lap.
 */
export function parseLaps(
  input: LogResultInput,
  prescription: Prescription,
): { laps: LapRow[]; errors: Record<string, string> } {
  const laps: LapRow[] = [];
  const errors: Record<string, string> = {};
  prescription.reps.forEach((rep, repIndex) => {
    const field = entryField("reps", repIndex);
    const text = input.reps[repIndex] ?? "";
    const entry = parseRepEntry(text, rep.laps, prescription.lapMeters, input.mode);
    if (!entry.ok) {
      errors[field] = entry.reason;
      return;
    }
    entry.lapSeconds.forEach((seconds, lapIndex) =>
      laps.push({ kind: "REP", repIndex, lapIndex, seconds }),
    );
    if (input.status === "COMPLETED" && entry.lapSeconds.length < rep.laps) {
      errors[field] =
        `A completed session has all ${plural(rep.laps, "lap")} of this rep: fill them in, or mark the session partial`;
    }
  });
  for (let repIndex = 0; repIndex < prescription.recovery.count; repIndex++) {
    const field = entryField("recoveries", repIndex);
    const text = (input.recoveries[repIndex] ?? "").trim();
    if (!text) continue; // recoveries are optional
    const parsed = parseTime(text);
    const problem = parsed.ok ? lapProblem(parsed.seconds, prescription.lapMeters) : parsed.reason;
    if (problem || !parsed.ok) errors[field] = `Recovery: ${problem}`;
    else laps.push({ kind: "RECOVERY", repIndex, lapIndex: 0, seconds: parsed.seconds });
  }
  return { laps, errors };
}
