import type { Sample } from "./activity";

/** Seconds of record stream examined on the fast side of a change of pace, and the slow side. */
const FAST_SIDE = 24;
const SLOW_SIDE = 16;
/** How far from the rough guess the change may be, and the resolution it is found to. */
const SEARCH = 12;
const STEP = 0.05;
/** The slow side may hold a second change (a jog, then standing at the line): this far away. */
const SECOND_KNOT = [2, 4, 6, 8, 11, 14, 17, 20, 24];

/**
 * Least-squares fit of a continuous piecewise-linear distance with hinges at the given knots
 * (steady speed between knots). Returns the squared error and the speed of each piece. Written
 * without allocation in the inner loop: it runs thousands of times per file.
 */
const A = new Float64Array(4 * 5);
function hingeFit(points: Sample[], knots: number[]): { sse: number; speeds: number[] } {
  const m = knots.length + 2;
  const w = m + 1;
  A.fill(0);
  let yy = 0;
  const b = [1, 0, 0, 0];
  for (const p of points) {
    b[1] = p.t;
    for (let k = 0; k < knots.length; k++) b[k + 2] = p.t > knots[k]! ? p.t - knots[k]! : 0;
    for (let i = 0; i < m; i++) {
      const bi = b[i]!;
      if (bi === 0) continue;
      for (let j = i; j < m; j++) A[i * w + j] = A[i * w + j]! + bi * b[j]!;
      A[i * w + m] = A[i * w + m]! + bi * p.meters;
    }
    yy += p.meters * p.meters;
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) A[i * w + j] = A[j * w + i]!;
    // A little ridge keeps a knot with no points beside it from making the system singular.
    A[i * w + i] = A[i * w + i]! + 1e-6;
  }
  const rhs = Array.from({ length: m }, (_, i) => A[i * w + m]!);
  for (let c = 0; c < m; c++) {
    const d = A[c * w + c]!;
    if (Math.abs(d) < 1e-12) return { sse: Infinity, speeds: [] };
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = A[r * w + c]! / d;
      if (f === 0) continue;
      for (let j = c; j <= m; j++) A[r * w + j] = A[r * w + j]! - f * A[c * w + j]!;
    }
  }
  const coef = Array.from({ length: m }, (_, i) => A[i * w + m]! / A[i * w + i]!);
  // Residual sum of squares from the normal equations: y·y − coef·(Xᵀy).
  const sse = Math.max(0, yy - coef.reduce((sum, c, i) => sum + c * rhs[i]!, 0));
  const speeds = [coef[1]!];
  for (let i = 2; i < m; i++) speeds.push(speeds[i - 2]! + coef[i]!);
  return { sse, speeds };
}

/** The piece beside the change on the slow side must be clearly slower than the rep. */
const SLOWER = 0.8;
const STOPPED = 0.35;

function kinkError(points: Sample[], knots: number[], tau: number, fastAfter: boolean): number {
  const { sse, speeds } = hingeFit(points, knots);
  const at = knots.indexOf(tau);
  const fast = fastAfter ? speeds[at + 1]! : speeds[at]!;
  const slow = fastAfter ? speeds[at]! : speeds[at + 1]!;
  // After a rep the runner may stop and stand before jogging on, but a second change there is
  // only believed when it is a stop: otherwise a lap run a little slower inside the rep fits too.
  const limit = knots.length > 1 ? STOPPED : SLOWER;
  return slow < fast * limit ? sse : Infinity;
}

/**
 * The change of pace nearest `guess`: the knot between the fast side (steady rep pace) and the
 * slow side, where a second knot lets the slow side be a jog and then a stand.
 */
function bestKink(
  samples: Sample[],
  guess: number,
  fastAfter: boolean,
  after: number,
  before: number,
): number {
  const from = Math.max(guess - SEARCH - (fastAfter ? SLOW_SIDE : FAST_SIDE), after);
  const to = Math.min(guess + SEARCH + (fastAfter ? FAST_SIDE : SLOW_SIDE), before);
  const points = samples
    .filter((s) => s.t >= from && s.t <= to)
    .map((s) => ({ t: s.t - guess, meters: s.meters }));
  if (points.length < 5) return guess;
  const base = points[0]!.meters;
  for (const p of points) p.meters -= base;
  const lo = Math.max(-SEARCH, after - guess);
  const hi = Math.min(SEARCH, before - guess);
  const errorAt = (tau: number) => {
    const seconds = SECOND_KNOT.map((d) => (fastAfter ? tau - d : tau + d)).filter(
      (k) => k > from - guess && k < to - guess,
    );
    const fits = [[tau], ...seconds.map((k) => [Math.min(k, tau), Math.max(k, tau)])];
    return Math.min(...fits.map((knots) => kinkError(points, knots, tau, fastAfter)));
  };
  // Coarse, then fine around the best coarse knot.
  let best = 0;
  let bestError = Infinity;
  const scan = (a: number, b: number, step: number) => {
    for (let tau = a; tau <= b + 1e-9; tau += step) {
      const e = errorAt(tau);
      if (e < bestError - 1e-9) [best, bestError] = [tau, e];
    }
  };
  scan(lo, hi, 0.5);
  scan(Math.max(lo, best - 0.5), Math.min(hi, best + 0.5), STEP);
  return guess + best;
}

/**
 * The window follows the guess, so a rough guess sees the change off-centre: search again from
 * each answer until it stands still (the window is then centred on the change itself).
 */
function settle(
  samples: Sample[],
  guess: number,
  fastAfter: boolean,
  after: number,
  before: number,
): number {
  let t = guess;
  for (let i = 0; i < 3; i++) {
    const next = bestKink(samples, t, fastAfter, after, before);
    if (Math.abs(next - t) < 0.1) return next;
    t = next;
  }
  return t;
}

/**
 * Which points fall inside the window shifts the answer a little (a lap run faster, a stand
 * before the jog): the median over windows shifted a few seconds either way is steadier.
 */
function steady(
  samples: Sample[],
  guess: number,
  fastAfter: boolean,
  after: number,
  before: number,
): number {
  const first = settle(samples, guess, fastAfter, after, before);
  const found = [-3, 0, 3]
    .map((shift) => settle(samples, first + shift, fastAfter, after, before))
    .sort((a, b) => a - b);
  return found[1]!;
}

/** Where a rep starts: the change from jog (or standing) to rep pace near `guess`. */
export function refineStart(
  samples: Sample[],
  guess: number,
  after: number,
  before: number,
): number {
  return steady(samples, guess, true, after, before);
}

/** Where a rep ends: the change from rep pace to the jog near `guess`. */
export function refineEnd(samples: Sample[], guess: number, after: number, before: number): number {
  return steady(samples, guess, false, after, before);
}
