import {
  formatDelta,
  formatTime,
  type Prescription,
  type RepVerdict,
  type SessionAnalysis,
} from "@/lib/pacing";

/** A lap in a grid cell, seconds; actual and delta are null when the lap was not timed. */
export type GridLap = { actual: number | null; target: number; delta: number | null };

/** One rep of one athlete: null verdict means nothing is logged for the session yet. */
export type GridRep = {
  target: number;
  window: [number, number];
  actual: number | null;
  delta: number | null;
  verdict: RepVerdict | null;
  laps: GridLap[];
};

/**
 * The grid's cells for one athlete: the analysis when a result exists, otherwise the frozen
 * targets with empty actuals, so every row has the same columns.
 */
export function gridReps(prescription: Prescription, analysis: SessionAnalysis | null): GridRep[] {
  return prescription.reps.map((rep, i) => {
    const judged = analysis?.reps[i];
    return {
      target: rep.targetSeconds,
      window: rep.windowSeconds,
      actual: judged?.actualSeconds ?? null,
      delta: judged?.deltaSeconds ?? null,
      verdict: judged?.verdict ?? null,
      laps: rep.lapSeconds.map((target, l) => {
        const lap = judged?.lapResults[l];
        return { target, actual: lap?.actualSeconds ?? null, delta: lap?.deltaSeconds ?? null };
      }),
    };
  });
}

export type CellLook = { words: string; symbol: string; tone: string };

/**
 * How a cell reads: words and a symbol as well as the colour band, since colour alone says
 * nothing to some eyes (and nothing at all when printed in black and white).
 */
export function cellLook(verdict: RepVerdict | null): CellLook {
  switch (verdict) {
    case "on-target":
      return { words: "On target", symbol: "✓", tone: "border-emerald-600 bg-emerald-50" };
    case "too-fast":
      return { words: "Too fast", symbol: "▲", tone: "border-amber-500 bg-amber-50" };
    case "too-slow":
      return { words: "Too slow", symbol: "▼", tone: "border-red-600 bg-red-50" };
    case "incomplete":
      return { words: "Not all laps timed", symbol: "…", tone: "border-slate-400 bg-slate-50" };
    case "not-run":
      return { words: "Not run", symbol: "–", tone: "border-slate-300 bg-slate-100" };
    default:
      return { words: "Not logged", symbol: "○", tone: "border-slate-200 bg-white" };
  }
}

/**
 * A lap judged against its share of the rep's window (a 1600 window of 6:24 on pace gives each
 * lap 96 s), so a lap can be read the same way as its rep.
 */
export function lapVerdict(
  actual: number | null,
  window: [number, number],
  laps: number,
): RepVerdict {
  if (actual === null) return "not-run";
  // A hair of slack: lap shares of a window are rounded, a watch is not.
  const fastest = window[0] / laps - 0.05;
  const slowest = window[1] / laps + 0.05;
  if (actual < fastest) return "too-fast";
  if (actual > slowest) return "too-slow";
  return "on-target";
}

/** "+1.2 s", "-3.0 s", or an em dash for nothing to compare. */
export const deltaText = (delta: number | null) => (delta === null ? "—" : formatDelta(delta));

/** "6:24", "1:28.5", or an em dash for an untimed rep. */
export const timeText = (seconds: number | null) => (seconds === null ? "—" : formatTime(seconds));

/** "6:23–6:25" for a window, one value when fastest and slowest coincide. */
export function windowText([fastest, slowest]: [number, number]): string {
  return fastest === slowest
    ? formatTime(fastest)
    : `${formatTime(fastest)}–${formatTime(slowest)}`;
}
