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
 * (steady speed between knots), each point weighted. The rep's side may also curve (`bend`: a
 * squared term from the change on): its measured pace drifts (GPS gains distance unevenly on a
 * bend, the runner eases in), and a straight line forced through a curve moves the change by up
 * to a second. Returns the squared error and the speed of each piece at the change. Written
 * without allocation in the inner loop: it runs thousands of times per file.
 */
type Point = Sample & { w: number };
const A = new Float64Array(5 * 6);
const B = new Float64Array(5);
const RHS = new Float64Array(5);
/** The speed of each piece after a fit (first piece first), for kinkError to read. */
const SPEEDS = new Float64Array(3);
function hingeFit(points: Point[], k1: number, k2: number | null, tau: number, after: boolean) {
  const knots = k2 === null ? 1 : 2;
  const m = knots + 3;
  const w = m + 1;
  A.fill(0);
  let yy = 0;
  B[0] = 1;
  for (const p of points) {
    B[1] = p.t;
    B[2] = p.t > k1 ? p.t - k1 : 0;
    if (k2 !== null) B[3] = p.t > k2 ? p.t - k2 : 0;
    const d = p.t - tau;
    B[m - 1] = (after ? d > 0 : d < 0) ? d * d : 0;
    for (let i = 0; i < m; i++) {
      const bi = B[i]! * p.w;
      if (bi === 0) continue;
      for (let j = i; j < m; j++) A[i * w + j] = A[i * w + j]! + bi * B[j]!;
      A[i * w + m] = A[i * w + m]! + bi * p.meters;
    }
    yy += p.w * p.meters * p.meters;
  }
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < i; j++) A[i * w + j] = A[j * w + i]!;
    // A little ridge keeps a knot with no points beside it from making the system singular.
    A[i * w + i] = A[i * w + i]! + 1e-6;
    RHS[i] = A[i * w + m]!;
  }
  for (let c = 0; c < m; c++) {
    const d = A[c * w + c]!;
    if (Math.abs(d) < 1e-12) return Infinity;
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = A[r * w + c]! / d;
      if (f === 0) continue;
      for (let j = c; j <= m; j++) A[r * w + j] = A[r * w + j]! - f * A[c * w + j]!;
    }
  }
  // Residual sum of squares from the normal equations: y·y − coef·(Xᵀy).
  let fitted = 0;
  let speed = 0;
  for (let i = 0; i < m; i++) {
    const coef = A[i * w + m]! / A[i * w + i]!;
    fitted += coef * RHS[i]!;
    if (i === 1) speed = coef;
    else if (i >= 2 && i < m - 1) speed += coef;
    if (i >= 1 && i < m - 1) SPEEDS[i - 1] = speed;
  }
  return Math.max(0, yy - fitted);
}

/**
 * A stand before a rep's start or after its end (the second knot) is believed only when it fits
 * better by this much (squared metres times seconds): otherwise, where points are seconds apart,
 * a "stand" can always be slipped into the gap and it drags the change by a second or two. A
 * stand at the line before a rep is common, so it is believed on less evidence there.
 */
const STAND_EVIDENCE_END = 3;
const STAND_EVIDENCE_START = 1;
/** The piece beside the change on the slow side must be clearly slower than the rep. */
const SLOWER = 0.8;
const STOPPED = 0.25;

function kinkError(points: Point[], other: number | null, tau: number, fastAfter: boolean) {
  const k1 = other === null ? tau : Math.min(other, tau);
  const k2 = other === null ? null : Math.max(other, tau);
  const sse = hingeFit(points, k1, k2, tau, fastAfter);
  const at = k1 === tau ? 0 : 1;
  const fast = fastAfter ? SPEEDS[at + 1]! : SPEEDS[at]!;
  const slow = fastAfter ? SPEEDS[at]! : SPEEDS[at + 1]!;
  // Distance never goes down: a piece running backwards is a fit to a gap, not a stand.
  for (let i = 0; i < (k2 === null ? 2 : 3); i++) if (SPEEDS[i]! < -0.1 * fast) return Infinity;
  // After a rep the runner may stop and stand before jogging on, but a second change there is
  // only believed when it is a stop: otherwise a lap run a little slower inside the rep fits too.
  const limit = k2 !== null ? STOPPED : SLOWER;
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
    .map((s) => ({ t: s.t - guess, meters: s.meters, w: 1 }));
  if (points.length < 5) return guess;
  const base = points[0]!.meters;
  points.forEach((p, i) => {
    p.meters -= base;
    const prev = points[i - 1]?.t ?? p.t;
    const next = points[i + 1]?.t ?? p.t;
    // Each point stands for the time round it, so a stretch recorded densely (smart recording
    // writes more points when the pace changes) does not outweigh a sparse one.
    p.w = Math.max((next - prev) / 2, 0.5);
  });
  const lo = Math.max(-SEARCH, after - guess);
  const hi = Math.min(SEARCH, before - guess);
  const evidence = fastAfter ? STAND_EVIDENCE_START : STAND_EVIDENCE_END;
  const errorAt = (tau: number) => {
    let best = kinkError(points, null, tau, fastAfter);
    for (const d of SECOND_KNOT) {
      const k = fastAfter ? tau - d : tau + d;
      if (k <= from - guess || k >= to - guess) continue;
      best = Math.min(best, kinkError(points, k, tau, fastAfter) + evidence);
    }
    return best;
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
