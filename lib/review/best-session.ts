import type { ProgressSession } from "./progress-data";

export type BestSession = { assignmentId: string; date: string; offSeconds: number };

/**
 * The progress page's best session (docs/coaching-rules.md, "Each rep in context"): of those with
 * every rep fully timed, the one closest to target over its four reps (seconds off target, fast or
 * slow, added up), the later one on a tie. Differences from target, so a changed 5K is fair.
 */
export function bestSession(sessions: readonly ProgressSession[]): BestSession | null {
  let best: BestSession | null = null;
  for (const s of sessions) {
    const off = s.reps.flatMap((r) => (r.deltaSeconds === null ? [] : [Math.abs(r.deltaSeconds)]));
    if (off.length === 0 || off.length < s.reps.length) continue;
    const offSeconds = Math.round(off.reduce((sum, d) => sum + d, 0) * 10) / 10;
    if (
      !best ||
      offSeconds < best.offSeconds ||
      (offSeconds === best.offSeconds && s.date >= best.date)
    )
      best = { assignmentId: s.assignmentId, date: s.date, offSeconds };
  }
  return best;
}
