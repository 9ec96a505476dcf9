// The leaf module, not the lib/pacing index: client components (the squad grid) import this,
// and the index brings zod and every rule with it.
import { formatDelta, formatTime } from "@/lib/pacing/time";

/** What a table shows where there is no time: not run, not timed, nothing to compare. */
export const NO_TIME = "—";

/** "6:24", "1:28.5"; a dash when there is no time. */
export const timeText = (seconds: number | null) =>
  seconds === null ? NO_TIME : formatTime(seconds);

/**
 * "+2.5 s", "-12.0 s", "0.0 s"; a dash when there is nothing to compare. Without the unit
 * ("+2.5") where a column header or the sentence around it already says seconds.
 */
export function deltaText(seconds: number | null, { unit = true } = {}): string {
  if (seconds === null) return NO_TIME;
  const text = formatDelta(seconds);
  return unit ? text : text.replace(" s", "");
}
