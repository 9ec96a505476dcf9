import type { ReadSessionResult } from "../index";
import type { Simulation } from "./simulate";

/**
 * Every way a reading misses the truth by more than the tolerances (rep and recovery seconds,
 * each lap): an empty list is a pass, and a failing test prints exactly what was off.
 */
export function misses(
  result: ReadSessionResult,
  sim: Simulation,
  repTolerance: number,
  lapTolerance = 1.5,
): string[] {
  if (!result.ok) return [`refused: ${result.reason}`];
  const out: string[] = [];
  const completed = sim.truth.reps.every((r) => r !== null);
  if (result.status !== (completed ? "completed" : "partial")) out.push(`status ${result.status}`);
  sim.truth.reps.forEach((truth, k) => {
    const rep = result.reps[k];
    if (!truth || !rep) {
      if (truth !== rep) out.push(`rep ${k + 1}: ${rep ? "found" : "missing"}`);
      return;
    }
    const off = rep.seconds - truth.seconds;
    if (Math.abs(off) > repTolerance) out.push(`rep ${k + 1} off by ${off.toFixed(2)} s`);
    if (rep.laps.length !== truth.laps.length) out.push(`rep ${k + 1}: ${rep.laps.length} laps`);
    rep.laps.forEach((lap, i) => {
      const d = lap - truth.laps[i]!;
      if (Math.abs(d) > lapTolerance)
        out.push(`rep ${k + 1} lap ${i + 1} off by ${d.toFixed(2)} s`);
    });
  });
  sim.truth.recoveries.forEach((truth, k) => {
    const got = result.recoveries[k];
    if (truth === null || got === null || got === undefined) {
      if (truth !== (got ?? null)) out.push(`recovery ${k + 1}: ${got ?? "missing"}`);
      return;
    }
    if (Math.abs(got - truth) > repTolerance)
      out.push(`recovery ${k + 1} off by ${(got - truth).toFixed(2)} s`);
  });
  return out;
}
