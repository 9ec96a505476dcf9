import { metersAt, timeAtMeters, type Sample } from "./activity";
import type { Span } from "./describe";
import { lineCrossings } from "./line-crossings";

/**
 * Track laps inside a rep, line to line. The rep's measured distance is scaled to its known
 * length (GPS reads a lap 10-15 m short), and each lap mark is the moment the scaled distance
 * reaches it; where the file holds positions, the moment the runner crosses the rep's start line
 * again is surer still. Without a record stream the laps are even shares of the rep.
 */
export function lapSplits(
  samples: Sample[],
  rep: Span,
  laps: number,
): { laps: number[]; measured: boolean } {
  const seconds = rep.end - rep.start;
  const even = { laps: Array.from({ length: laps }, () => seconds / laps), measured: false };
  if (laps === 1) return { laps: [seconds], measured: true };
  const inside = samples.filter((s) => s.t >= rep.start && s.t <= rep.end).length;
  if (inside < laps * 2) return even;
  const from = metersAt(samples, rep.start);
  const meters = metersAt(samples, rep.end) - from;
  if (!(meters > 0)) return even;
  const marks = [rep.start];
  for (let k = 1; k < laps; k++) {
    const t = timeAtMeters(samples, from + (meters * k) / laps, marks[k - 1]);
    marks.push(Math.min(t ?? rep.end, rep.end));
  }
  if (samples.some((s) => s.lat !== undefined)) {
    const crossed = lineCrossings(samples, rep.start, rep.end, marks.slice(1));
    // Kept only when they stay in order inside the rep (a crossing found for the wrong lap is not).
    const ordered = [rep.start, ...crossed, rep.end].every(
      (t, i, all) => i === 0 || t > all[i - 1]!,
    );
    // The two err for different reasons (distance gained on a bend, the position drifting along
    // the track), so their mean is steadier than either.
    if (ordered) marks.splice(1, crossed.length, ...crossed.map((t, i) => (t + marks[i + 1]!) / 2));
  }
  marks.push(rep.end);
  return { laps: marks.slice(1).map((t, k) => t - marks[k]!), measured: true };
}
