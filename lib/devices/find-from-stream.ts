import { metersAt, type Sample } from "./activity";
import {
  describeEfforts,
  stepDownError,
  type Effort,
  type Found,
  type Span,
  repCount,
} from "./describe";
import { refineEnd, refineStart } from "./change-point";
import { refuse, type Refusal } from "./refusals";

/** Longest stretch examined, second by second; longer recordings are looked at more coarsely. */
const MAX_GRID_POINTS = 6 * 3600;
/** Gaps shorter than this inside an effort are GPS flickers, not a jog. */
const MIN_JOG_SECONDS = 8;
/** The slowest rep is at least this fraction of the fastest rep's speed. */
const SAME_PACE = 0.85;

type Grid = { step: number; meters: Float64Array; speed: Float64Array };

function medianInterval(samples: Sample[]): number {
  const gaps = samples
    .slice(1)
    .map((s, i) => s.t - samples[i]!.t)
    .sort((a, b) => a - b);
  return gaps[gaps.length >> 1] ?? 1;
}

/** Distance on an even time grid and a smoothed speed (a centred difference over a few seconds). */
function toGrid(samples: Sample[]): Grid {
  const end = samples[samples.length - 1]!.t;
  const step = Math.max(1, Math.ceil(end / MAX_GRID_POINTS));
  const n = Math.floor(end / step) + 1;
  const meters = new Float64Array(n);
  for (let i = 0; i < n; i++) meters[i] = metersAt(samples, i * step);
  const half = Math.max(2, Math.round((2 * medianInterval(samples)) / step), Math.round(4 / step));
  const speed = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - half);
    const b = Math.min(n - 1, i + half);
    speed[i] = b > a ? (meters[b]! - meters[a]!) / ((b - a) * step) : 0;
  }
  return { step, meters, speed };
}

/** Stretches at or above a speed, short dips bridged, with their length in metres. */
function effortsAbove(grid: Grid, threshold: number, minMeters: number): Span[] {
  const spans: Span[] = [];
  let from = -1;
  const close = (to: number) => {
    const last = spans[spans.length - 1];
    const start = from * grid.step;
    const end = to * grid.step;
    if (last && start - last.end < MIN_JOG_SECONDS) last.end = end;
    else spans.push({ start, end });
  };
  grid.speed.forEach((v, i) => {
    if (v >= threshold && from < 0) from = i;
    if (v < threshold && from >= 0) {
      close(i);
      from = -1;
    }
  });
  if (from >= 0) close(grid.speed.length - 1);
  return spans.filter((s) => lengthOf(grid, s) >= minMeters);
}

const lengthOf = (grid: Grid, s: Span) =>
  grid.meters[Math.round(s.end / grid.step)]! - grid.meters[Math.round(s.start / grid.step)]!;

type Candidate = { reps: Span[]; error: number; threshold: number };

/** The best run of consecutive efforts shaped 4:3:2:1 (or its start, when it is the file's end). */
function matchEfforts(grid: Grid, efforts: Span[], lapMeters: number): Candidate | null {
  let best: Candidate | null = null;
  const lengths = efforts.map((e) => lengthOf(grid, e));
  for (let i = 0; i < efforts.length; i++) {
    const count = Math.min(4, efforts.length - i);
    // Fewer than four only when the file ends there (a session stopped early).
    if (count < 4 && count < 2) continue;
    const take = count === 4 ? 4 : efforts.length - i;
    const error = stepDownError(lengths.slice(i, i + take), lapMeters, 0.15);
    if (error === null) continue;
    const jogsOk = efforts
      .slice(i + 1, i + take)
      .every((e, k) => e.start - efforts[i + k]!.end < 900);
    if (!jogsOk) continue;
    const reps = efforts.slice(i, i + take);
    // The reps of one session are run at much the same pace; an easy cool-down is not rep 3.
    const speeds = reps.map((r) => lengthOf(grid, r) / Math.max(r.end - r.start, 1));
    if (Math.min(...speeds) < SAME_PACE * Math.max(...speeds)) continue;
    if (
      !best ||
      reps.length > best.reps.length ||
      (reps.length === best.reps.length && error < best.error)
    )
      best = { reps, error, threshold: 0 };
  }
  return best;
}

function thresholds(grid: Grid): number[] {
  const moving = Array.from(grid.speed)
    .filter((v) => v > 0.5)
    .sort((a, b) => a - b);
  if (moving.length < 10) return [];
  const out: number[] = [];
  for (let q = 0.2; q <= 0.97; q += 0.01) out.push(moving[Math.floor(q * (moving.length - 1))]!);
  return out;
}

/**
 * Finds the reps in the record stream alone (auto-laps, no laps, a missed press): the four
 * efforts whose lengths step down 4:3:2:1 at a speed that sets them apart from the jogs. Every
 * threshold between easy and fast is tried, so no pace is assumed; the clearest match wins, and
 * each start and end is then placed where the pace changes.
 */
export function findFromStream(samples: Sample[], lapMeters: number): Found | Refusal {
  if (samples.length < 10) return refuse("it holds too few recorded points to find the reps in");
  const grid = toGrid(samples);
  const matches: Candidate[] = [];
  for (const threshold of thresholds(grid)) {
    const efforts = effortsAbove(grid, threshold, lapMeters * 0.5);
    const m = matchEfforts(grid, efforts, lapMeters);
    if (m) matches.push({ ...m, threshold });
  }
  // The most reps wins; among the thresholds that show them, the middle one sits furthest from
  // both the jog and the rep pace, so its crossings are the best first guess at each change.
  const most = Math.max(0, ...matches.map((m) => m.reps.length));
  const agreeing = matches.filter((m) => m.reps.length === most);
  const best = agreeing[agreeing.length >> 1] ?? null;
  if (!best) {
    const found: Effort[] = clearEfforts(grid, lapMeters).map((s) => ({
      meters: lengthOf(grid, s),
      seconds: s.end - s.start,
    }));
    return refuse(`its pace shows ${describeEfforts(found)}, not the 4-3-2-1 step-down`);
  }
  const reps = best.reps.map((s, k) => {
    const prevEnd = k > 0 ? best.reps[k - 1]!.end : 0;
    const nextStart = best.reps[k + 1]?.start ?? Infinity;
    const start = refineStart(samples, s.start, prevEnd, s.end);
    const end = refineEnd(samples, s.end, start, nextStart);
    return { start, end };
  });
  const all = [0, 1, 2, 3].map((k) => reps[k] ?? null);
  return { ok: true, reps: all, notes: [`${repCount(reps.length)} found from the change of pace`] };
}

/** For saying what a file held instead: efforts well above the usual pace (halfway to the top). */
function clearEfforts(grid: Grid, lapMeters: number): Span[] {
  const moving = Array.from(grid.speed)
    .filter((v) => v > 0.5)
    .sort((a, b) => a - b);
  if (moving.length < 10) return [];
  const middle = moving[Math.floor(moving.length * 0.5)]!;
  const top = moving[Math.floor(moving.length * 0.95)]!;
  return effortsAbove(grid, (middle + top) / 2, lapMeters * 0.5);
}
