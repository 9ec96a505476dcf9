/**
 * The common in-memory shape every format is decoded into, so that finding the session never
 * cares whether it came from FIT, TCX or GPX. All times are seconds of real (elapsed) time from
 * the start of the recording, distances metres.
 */
export type LapTrigger = "manual" | "distance" | "time" | "position" | "other";

export type Lap = {
  start: number;
  /** Elapsed time, pauses included: a rep is timed in real time, not watch timer time. */
  seconds: number;
  /** Distance the watch measured for the lap, or null when the file does not say. */
  meters: number | null;
  trigger: LapTrigger;
  /** The workout step the watch was executing (FIT wkt_step_index), or null. */
  stepIndex: number | null;
  intensity: string | null;
};

/** A record: distance so far, and the position where the file gives one (GPX, TCX points). */
export type Sample = { t: number; meters: number; lat?: number; lon?: number };

export type WorkoutStep = {
  index: number;
  /** "distance" and "time" steps carry their length; "open" ones end with the lap button. */
  kind: "distance" | "time" | "open" | "repeat" | "other";
  value: number | null;
  intensity: string | null;
};

export type Activity = {
  format: "FIT" | "TCX" | "GPX";
  /** Lower-case sport name when the file names one ("running", "cycling", "swimming"). */
  sport: string | null;
  laps: Lap[];
  /** Cumulative distance over time, sorted by time, distance never decreasing. */
  samples: Sample[];
  steps: WorkoutStep[];
};

export const lapEnd = (lap: Lap) => lap.start + lap.seconds;

/** Interpolated distance at time t (clamped to the recording). */
export function metersAt(samples: Sample[], t: number): number {
  const n = samples.length;
  if (n === 0) return 0;
  if (t <= samples[0]!.t) return samples[0]!.meters;
  if (t >= samples[n - 1]!.t) return samples[n - 1]!.meters;
  let lo = 0;
  let hi = n - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.t <= t) lo = mid;
    else hi = mid;
  }
  const a = samples[lo]!;
  const b = samples[hi]!;
  return b.t === a.t ? b.meters : a.meters + ((b.meters - a.meters) * (t - a.t)) / (b.t - a.t);
}

/** The first time the distance reaches `meters` (interpolated), or null if it never does. */
export function timeAtMeters(samples: Sample[], meters: number, from = 0): number | null {
  let lo = 0;
  let hi = samples.length - 1;
  if (hi < 0 || samples[hi]!.meters < meters) return null;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (samples[mid]!.meters < meters) lo = mid;
    else hi = mid;
  }
  const a = samples[lo]!;
  const b = samples[hi]!;
  if (a.meters >= meters) return Math.max(a.t, from);
  const t = a.t + ((b.t - a.t) * (meters - a.meters)) / (b.meters - a.meters);
  return Math.max(t, from);
}

/** Samples made cumulative-monotone and sorted, with repeated times dropped. */
export function cleanSamples(raw: Sample[]): Sample[] {
  const sorted = raw
    .filter((s) => Number.isFinite(s.t) && Number.isFinite(s.meters))
    .sort((a, b) => a.t - b.t);
  const out: Sample[] = [];
  let best = 0;
  for (const s of sorted) {
    best = Math.max(best, s.meters);
    const last = out[out.length - 1];
    if (last && last.t === s.t) last.meters = best;
    else out.push({ ...s, meters: best });
  }
  return out;
}
