/**
 * Each rep in the athlete's own context (docs/coaching-rules.md, "Each rep in context"): beside
 * their previous result on that rep and their best on it for this workout. Compared as the
 * difference from target, not raw time, so a session run on another 5K time compares fairly;
 * "best" is the closest to target, since a rep run too fast is a miss in this session too.
 */
import { roundTo } from "@/lib/pacing";

/** One earlier logged session of the same workout: each rep's time minus target (null: not fully timed). */
export type PastSession = { assignmentId: string; date: string; deltas: (number | null)[] };

export type PastRep = { assignmentId: string; date: string; deltaSeconds: number };

export type RepContext = {
  /** The latest earlier session with this rep fully timed. */
  previous: PastRep | null;
  /** The earlier session closest to target on this rep (the later one on a tie). */
  best: PastRep | null;
  /** This rep is as close to target as the best before it, or closer; false without both. */
  bestYet: boolean;
  /** |previous| − |this|: positive means closer to target than last time. */
  closerBySeconds: number | null;
};

const round = (n: number) => roundTo(n, 2);

/** Context for each rep of a session, from the athlete's earlier sessions of the same workout. */
export function repContexts(
  current: readonly (number | null)[],
  earlier: readonly PastSession[],
): RepContext[] {
  const newestFirst = [...earlier].sort((a, b) => b.date.localeCompare(a.date));
  return current.map((delta, rep) => {
    const past = newestFirst.flatMap((s) => {
      const deltaSeconds = s.deltas[rep];
      return deltaSeconds === null || deltaSeconds === undefined
        ? []
        : [{ assignmentId: s.assignmentId, date: s.date, deltaSeconds }];
    });
    const previous = past[0] ?? null;
    const best = past.reduce<PastRep | null>(
      (b, p) => (b === null || Math.abs(p.deltaSeconds) < Math.abs(b.deltaSeconds) ? p : b),
      null,
    );
    return {
      previous,
      best,
      bestYet: delta !== null && best !== null && Math.abs(delta) <= Math.abs(best.deltaSeconds),
      closerBySeconds:
        delta !== null && previous
          ? round(Math.abs(previous.deltaSeconds) - Math.abs(delta))
          : null,
    };
  });
}
