/**
 * A simulated runner doing the 4-3-2-1 whose true times are known, for the reader's tests. The
 * runner's along-track distance is piecewise linear in time (steady pace within each lap); the
 * encoders turn it into what a watch would store.
 */
import { lapMetersFor, prescribeStepDown, REP_LAPS, type Units } from "@/lib/pacing";

/** Seeded generator (mulberry32) so every test file is the same on every run. */
export function seeded(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => Math.sqrt(-2 * Math.log(next() || 1e-12)) * Math.cos(2 * Math.PI * next());
  return { next, normal, between: (lo: number, hi: number) => lo + (hi - lo) * next() };
}

export type Segment = {
  kind: "warmup" | "rep" | "jog" | "stand" | "cooldown";
  start: number;
  end: number;
  meters: number;
};

export type Simulation = {
  units: Units;
  lapMeters: number;
  /** Knots of true distance over time (seconds from the start, metres). */
  knots: { t: number; meters: number }[];
  segments: Segment[];
  truth: { reps: ({ seconds: number; laps: number[] } | null)[]; recoveries: (number | null)[] };
  end: number;
};

export type SimulateOptions = {
  fiveKSeconds: number;
  units?: Units;
  seed?: number;
  /** Reps run before stopping (1-4). */
  repsRun?: number;
  /** Seconds stood at the line before each rep after the first. */
  standSeconds?: number;
  warmupSeconds?: number;
  cooldownSeconds?: number;
  /** Another session's reps in laps (e.g. six 1-lap reps), for files that must be refused. */
  repLaps?: number[];
};

export function simulate(options: SimulateOptions): Simulation {
  const units = options.units ?? "metric";
  const rand = seeded(options.seed ?? 1);
  const lapMeters = lapMetersFor(units);
  const plan = prescribeStepDown({ fiveKSeconds: options.fiveKSeconds, units });
  const knots = [{ t: 0, meters: 0 }];
  const segments: Segment[] = [];
  const go = (kind: Segment["kind"], seconds: number, meters: number) => {
    const last = knots[knots.length - 1]!;
    knots.push({ t: last.t + seconds, meters: last.meters + meters });
    const prev = segments[segments.length - 1];
    if (prev && prev.kind === kind && kind !== "rep") {
      prev.end = last.t + seconds;
      prev.meters += meters;
    } else segments.push({ kind, start: last.t, end: last.t + seconds, meters });
  };
  const easy = plan.lapSeconds * 1.45;
  const warmup = (options.warmupSeconds ?? 600) + rand.between(0, 1);
  go("warmup", warmup, (warmup / easy) * lapMeters);
  go("stand", rand.between(20, 40), 0);
  const reps: Simulation["truth"]["reps"] = [null, null, null, null];
  const recoveries: (number | null)[] = [null, null, null];
  const repsRun = options.repsRun ?? Infinity;
  let lastEnd = 0;
  const shape = options.repLaps ?? [...REP_LAPS];
  shape.forEach((laps, k) => {
    if (k >= repsRun) return;
    const start = knots[knots.length - 1]!.t;
    if (k > 0 && k < 4) recoveries[k - 1] = start - lastEnd;
    const index = REP_LAPS.indexOf(laps as 4 | 3 | 2 | 1);
    const target = Array.from(
      { length: laps },
      () => plan.reps[index]?.lapSeconds[0] ?? plan.lapSeconds * 0.95,
    );
    const lapTimes = target.map((s) => s * (1 + 0.02 * rand.normal()));
    for (const s of lapTimes) {
      const last = knots[knots.length - 1]!;
      knots.push({ t: last.t + s, meters: last.meters + lapMeters });
    }
    const end = knots[knots.length - 1]!.t;
    segments.push({ kind: "rep", start, end, meters: laps * lapMeters });
    if (k < 4) reps[k] = { seconds: end - start, laps: lapTimes };
    lastEnd = end;
    if (k + 1 < Math.min(repsRun, shape.length)) {
      const jog = plan.recovery.targetSeconds * rand.between(0.95, 1.1);
      go("jog", jog, lapMeters);
      go("stand", options.standSeconds ?? rand.between(2, 8), 0);
    }
  });
  const cooldown = (options.cooldownSeconds ?? 480) + rand.between(0, 1);
  go("stand", rand.between(15, 30), 0);
  go("cooldown", cooldown, (cooldown / easy) * lapMeters);
  const end = knots[knots.length - 1]!.t;
  return { units, lapMeters, knots, segments, truth: { reps, recoveries }, end };
}

/** True distance at time t. */
export function trueMeters(sim: Simulation, t: number): number {
  const k = sim.knots;
  if (t <= 0) return 0;
  for (let i = 1; i < k.length; i++) {
    const a = k[i - 1]!;
    const b = k[i]!;
    if (t <= b.t)
      return b.t === a.t ? b.meters : a.meters + ((b.meters - a.meters) * (t - a.t)) / (b.t - a.t);
  }
  return k[k.length - 1]!.meters;
}

/** The lap-button presses a careful runner makes: warm-up end, each rep's start and end. */
export function pressTimes(sim: Simulation): number[] {
  const presses: number[] = [];
  for (const s of sim.segments) if (s.kind === "rep") presses.push(s.start, s.end);
  return presses;
}

/**
 * What the watch measured: the true distance shortened by a GPS bias (a lap reads short) plus a
 * slow wander of a few metres, sampled at whole seconds every `every` seconds (or a random 1-5 s).
 */
export function watchSamples(
  sim: Simulation,
  opts: { every?: number | "smart"; bias?: number; wander?: number; seed?: number } = {},
): { t: number; meters: number }[] {
  const rand = seeded(opts.seed ?? 7);
  const bias = opts.bias ?? 0.97;
  const out: { t: number; meters: number }[] = [];
  let drift = 0;
  let last = 0;
  for (let t = 0; t <= sim.end;) {
    drift = 0.97 * drift + (opts.wander ?? 0.5) * rand.normal() * 0.25;
    const meters = Math.max(last, trueMeters(sim, t) * bias + drift);
    out.push({ t, meters });
    last = meters;
    t += opts.every === "smart" ? 1 + Math.floor(rand.next() * 5) : (opts.every ?? 1);
  }
  return out;
}
