import { REP_LAPS } from "@/lib/pacing";
import { plural } from "@/lib/format/plural";

/** A stretch of the activity the reader takes for a rep: elapsed seconds from the recording's start. */
export type Span = { start: number; end: number };

/** What a finder hands back: one span per rep of the 4-3-2-1 (null where not run), and notes. */
export type Found = { ok: true; reps: (Span | null)[]; notes: string[] };

export type Effort = { meters: number; seconds: number };

const round = (meters: number, step: number) => Math.round(meters / step) * step;

/** "6 fast efforts of about 400 m" / "5 fast efforts of 740 to 810 m": what a file held instead. */
export function describeEfforts(efforts: Effort[], what = "fast efforts"): string {
  if (efforts.length === 0) return `no ${what}`;
  const meters = efforts.map((e) => e.meters).sort((a, b) => a - b);
  const lo = meters[0]!;
  const hi = meters[meters.length - 1]!;
  const step = hi >= 2000 ? 100 : 10;
  const one = efforts.length === 1 ? what.replace(/s$/, "") : what;
  if (hi - lo <= Math.max(20, 0.06 * hi))
    return `${efforts.length} ${one} of about ${round((lo + hi) / 2, step)} m`;
  return `${efforts.length} ${one} of ${round(lo, step)} to ${round(hi, step)} m`;
}

/** The laps in each rep, in the order they are run. */
export const REP_LAP_COUNTS: readonly number[] = REP_LAPS;

/**
 * How well measured rep lengths fit 4, 3, 2, 1 laps. GPS reads a whole session short or long by
 * the same few per cent, so one scale is fitted first; each rep must then be within `tolerance`.
 * Returns the worst relative error, or null when the lengths are not the step-down.
 */
export function stepDownError(
  meters: number[],
  lapMeters: number,
  tolerance = 0.12,
): number | null {
  if (meters.length === 0 || meters.length > 4) return null;
  const expected = meters.map((_, k) => REP_LAP_COUNTS[k]! * lapMeters);
  const scale = meters.reduce((a, b) => a + b, 0) / expected.reduce((a, b) => a + b, 0);
  if (scale < 0.85 || scale > 1.12) return null;
  let worst = 0;
  meters.forEach((m, k) => {
    worst = Math.max(worst, Math.abs(m / (expected[k]! * scale) - 1));
  });
  return worst <= tolerance ? worst : null;
}

/** "1 rep", "4 reps". */
export const repCount = (n: number) => plural(n, "rep");
