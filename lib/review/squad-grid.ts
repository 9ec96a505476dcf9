import type { Prescription, RepVerdict, SessionAnalysis } from "@/lib/pacing";
// The leaf module: the squad grid (a client component) imports this file.
import { formatTime } from "@/lib/pacing/time";
import { NOT_LOGGED, VERDICT, type VerdictLook } from "./verdict";

/** A lap in a grid cell, seconds; actual and delta are null when the lap was not timed. */
export type GridLap = { actual: number | null; target: number; delta: number | null };

/** One rep of one athlete, as logged: its time, verdict and laps against their targets. */
export type LoggedGridRep = {
  target: number;
  window: [number, number];
  actual: number | null;
  delta: number | null;
  verdict: RepVerdict;
  laps: GridLap[];
};

/**
 * One rep of one athlete. Before the session is logged a cell shows only the rep's target, so
 * that is all it carries: the grid's rows travel to the browser as data (docs/performance.md).
 */
export type GridRep = LoggedGridRep | { target: number; verdict: null };

/**
 * The grid's cells for one athlete: the analysis when a result exists, otherwise the frozen
 * targets, so every row has the same columns.
 */
export function gridReps(prescription: Prescription, analysis: SessionAnalysis | null): GridRep[] {
  return prescription.reps.map((rep, i) => {
    const judged = analysis?.reps[i];
    if (!judged) return { target: rep.targetSeconds, verdict: null };
    return {
      target: rep.targetSeconds,
      window: rep.windowSeconds,
      actual: judged.actualSeconds,
      delta: judged.deltaSeconds,
      verdict: judged.verdict,
      laps: rep.lapSeconds.map((target, l) => {
        const lap = judged.lapResults[l];
        return { target, actual: lap?.actualSeconds ?? null, delta: lap?.deltaSeconds ?? null };
      }),
    };
  });
}

export type CellLook = VerdictLook;

/**
 * How a cell reads: words and a symbol as well as the colour band (components/review/verdict-style.ts),
 * since colour alone says nothing to some eyes (and nothing at all when printed in black and white).
 */
export const cellLook = (verdict: RepVerdict | null): CellLook =>
  verdict ? VERDICT[verdict] : NOT_LOGGED;

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

/** "6:23–6:25" for a window, one value when fastest and slowest coincide. */
export function windowText([fastest, slowest]: [number, number]): string {
  return fastest === slowest
    ? formatTime(fastest)
    : `${formatTime(fastest)}–${formatTime(slowest)}`;
}
