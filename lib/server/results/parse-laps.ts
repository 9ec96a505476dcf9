import "server-only";
import { lapProblem, parseRepEntry, parseTime, type Prescription } from "@/lib/pacing";
import type { LogResultInput } from "@/lib/validation/coaching";

export type LapRow = {
  kind: "REP" | "RECOVERY";
  repIndex: number;
  lapIndex: number;
  seconds: number;
};

const REP_FIELDS = ["rep1", "rep2", "rep3", "rep4"] as const;
const RECOVERY_FIELDS = ["recovery1", "recovery2", "recovery3"] as const;

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
    const field = REP_FIELDS[repIndex]!;
    const entry = parseRepEntry(input[field], rep.laps, prescription.lapMeters, input.mode);
    if (!entry.ok) {
      errors[field] = entry.reason;
      return;
    }
    entry.lapSeconds.forEach((seconds, lapIndex) =>
      laps.push({ kind: "REP", repIndex, lapIndex, seconds }),
    );
    if (input.status === "COMPLETED" && entry.lapSeconds.length < rep.laps) {
      errors[field] =
        `A completed session has all ${rep.laps} lap${rep.laps === 1 ? "" : "s"} of this rep: fill them in, or mark the session partial`;
    }
  });
  RECOVERY_FIELDS.slice(0, prescription.recovery.count).forEach((field, repIndex) => {
    const text = input[field].trim();
    if (!text) return; // recoveries are optional
    const parsed = parseTime(text);
    const problem = parsed.ok ? lapProblem(parsed.seconds, prescription.lapMeters) : parsed.reason;
    if (problem || !parsed.ok) errors[field] = `Recovery: ${problem}`;
    else laps.push({ kind: "RECOVERY", repIndex, lapIndex: 0, seconds: parsed.seconds });
  });
  return { laps, errors };
}
