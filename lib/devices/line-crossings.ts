import type { Sample } from "./activity";

/** A crossing is believed only this close to the line, and this near where the distance puts it. */
const NEAR_LINE_METERS = 15;
const WINDOW_SECONDS = 12;
/** A rep starts and ends at the same line: further apart than this, the track is no loop. */
const SAME_LINE_METERS = 25;

type Point = { x: number; y: number };

function positionAt(samples: Sample[], t: number): Point | null {
  let i = samples.findIndex((s) => s.t >= t);
  if (i < 0) i = samples.length - 1;
  const b = samples[i];
  const a = samples[Math.max(0, i - 1)];
  if (!a || !b || a.lat === undefined || a.lon === undefined) return null;
  if (b.lat === undefined || b.lon === undefined) return null;
  const f = b.t > a.t ? Math.min(1, Math.max(0, (t - a.t) / (b.t - a.t))) : 1;
  return { x: a.lon + (b.lon - a.lon) * f, y: a.lat + (b.lat - a.lat) * f };
}

/**
 * Each lap mark inside a rep as the moment the runner crosses the rep's own start line again,
 * where the file holds positions (GPX, TCX points). Measured distance drifts with GPS error (a
 * metre or two sideways on a bend is a few metres of distance), but the line stays where it is,
 * so a crossing is placed to a fraction of a second. `guesses` are the marks from the distance;
 * a mark with no clear crossing near its guess keeps the guess.
 */
export function lineCrossings(samples: Sample[], start: number, end: number, guesses: number[]) {
  const a = positionAt(samples, start);
  const b = positionAt(samples, end);
  const ahead = positionAt(samples, start + 4);
  const behind = positionAt(samples, end - 4);
  if (!a || !b || !ahead || !behind) return guesses;
  // Degrees to metres on a local flat plane round the line.
  const kx = 111320 * Math.cos((a.y * Math.PI) / 180);
  const ky = 111320;
  const meters = (p: Point, o: Point) => ({ x: (p.x - o.x) * kx, y: (p.y - o.y) * ky });
  const apart = meters(b, a);
  if (Math.hypot(apart.x, apart.y) > SAME_LINE_METERS) return guesses;
  const line = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
  const d1 = meters(ahead, a);
  const d2 = meters(b, behind);
  const dx = d1.x / (Math.hypot(d1.x, d1.y) || 1) + d2.x / (Math.hypot(d2.x, d2.y) || 1);
  const dy = d1.y / (Math.hypot(d1.x, d1.y) || 1) + d2.y / (Math.hypot(d2.x, d2.y) || 1);
  const norm = Math.hypot(dx, dy);
  if (norm < 1) return guesses;
  const along = (s: Sample) => {
    const p = meters({ x: s.lon!, y: s.lat! }, line);
    return { ahead: (p.x * dx + p.y * dy) / norm, off: Math.abs(p.x * dy - p.y * dx) / norm };
  };
  return guesses.map((guess) => {
    const near = samples.filter(
      (s) => Math.abs(s.t - guess) <= WINDOW_SECONDS && s.lat !== undefined && s.lon !== undefined,
    );
    let best: number | null = null;
    for (let i = 1; i < near.length; i++) {
      const p = along(near[i - 1]!);
      const q = along(near[i]!);
      if (!(p.ahead < 0 && q.ahead >= 0)) continue;
      const f = -p.ahead / (q.ahead - p.ahead);
      if (p.off + (q.off - p.off) * f > NEAR_LINE_METERS) continue;
      const t = near[i - 1]!.t + (near[i]!.t - near[i - 1]!.t) * f;
      if (best === null || Math.abs(t - guess) < Math.abs(best - guess)) best = t;
    }
    return best ?? guess;
  });
}
