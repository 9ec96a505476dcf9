/**
 * The analysis thresholds, in one place so the UI can quote them. Each is a coaching judgment,
 * not physiology; change them here and the tests say what moved.
 */

/** A checked lap more than this much slower than its target is a fade ("third quarter", docs/coaching-rules.md). */
export const FADE_TOLERANCE_SECONDS = 2;

/**
 * Laps examined for the hold (docs/coaching-rules.md: "the later laps of rep 1 and reps 3-4"): the third and
 * last quarters of the 4-lap rep, and every lap of the 2- and 1-lap reps. The 3-lap rep is
 * judged on its window only.
 */
export function holdLaps(laps: number): number[] {
  if (laps === 4) return [3, 4];
  if (laps <= 2) return Array.from({ length: laps }, (_, index) => index + 1);
  return [];
}

/** A recovery more than 15% slower than its target is "cheating on the recovery". */
export const RECOVERY_SLOW_FRACTION = 0.15;

/** Laps in one rep spreading wider than this (max - min) are called uneven. */
export const UNEVEN_RANGE_SECONDS = 3;
