/** Writes a simulated session as a FIT activity with the SDK's encoder, shaped like a watch's. */
import { Encoder, Profile } from "@garmin/fitsdk";
import { REP_LAPS } from "@/lib/pacing";
import { pressTimes, watchSamples, type Simulation } from "./simulate";

export const T0 = Date.UTC(2026, 4, 14, 6, 0, 0);
const at = (t: number) => new Date(T0 + Math.floor(t) * 1000);

export type LapStyle =
  | { kind: "button"; extra?: number[]; missing?: number[] }
  | { kind: "auto"; meters: number }
  | { kind: "workout" }
  | { kind: "none" };

export type WatchOptions = {
  laps: LapStyle;
  every?: number | "smart";
  bias?: number;
  /** Stops the timer (and the records) while the runner stands still for longer than 3 s. */
  autoPause?: boolean;
  seed?: number;
  /** The session's sport (running unless a test says otherwise). */
  sport?: string;
  /**
   * Records as full as a recent watch writes them (position, heart rate, cadence, altitude,
   * power, running dynamics, a GPS fix beside each): two hours at 1 s make about 1 MB.
   */
  fullRecords?: boolean;
};

/** The extra record fields a running watch writes every second (values only need to be plausible). */
function fullRecord(t: number) {
  const wobble = Math.sin(t / 30);
  return {
    positionLat: Math.round(((47 + wobble * 0.0003) * 2 ** 31) / 180),
    positionLong: Math.round(((8 + Math.cos(t / 30) * 0.0004) * 2 ** 31) / 180),
    altitude: 400 + wobble,
    enhancedAltitude: 400 + wobble,
    enhancedSpeed: 4 + wobble,
    heartRate: Math.round(150 + 20 * wobble),
    cadence: 88,
    fractionalCadence: 0.5,
    power: Math.round(300 + 50 * wobble),
    accumulatedPower: Math.round(300 * t),
    verticalOscillation: 85,
    stanceTime: 230,
    stanceTimePercent: 33,
    verticalRatio: 7.5,
    stepLength: 1300,
    stanceTimeBalance: 50,
    temperature: 21,
    grade: 0,
    calories: Math.round(t / 6),
    gpsAccuracy: 3,
    activityType: "running",
    leftRightBalance: 50,
    absolutePressure: 96500,
    enhancedRespirationRate: 32,
    coreTemperature: 38,
    currentStress: 40,
    batterySoc: 80,
    totalCycles: Math.round(t * 1.5),
    timeFromCourse: 0,
  };
}

/** The GPS fix a recent Garmin writes beside each record. */
function gpsMetadata(t: number) {
  return {
    mesgNum: Profile.MesgNum.GPS_METADATA!,
    timestamp: at(t),
    positionLat: Math.round(((47 + Math.sin(t / 30) * 0.0003) * 2 ** 31) / 180),
    positionLong: Math.round(((8 + Math.cos(t / 30) * 0.0004) * 2 ** 31) / 180),
    enhancedAltitude: 400,
    enhancedSpeed: 4,
    heading: (t * 3) % 360,
    utcTimestamp: at(t),
    velocity: [1, 2, 0],
  };
}

/** The SDK's message types are per message; tests write plain objects of raw fields. */
const put = (e: Encoder, mesg: Record<string, unknown>) =>
  e.writeMesg(mesg as unknown as Parameters<Encoder["writeMesg"]>[0]);

type Boundary = {
  t: number;
  trigger: "manual" | "distance" | "time" | "sessionEnd";
  step?: number;
};

/** Where the watch's laps end, as the chosen lap style would put them. */
export function lapBoundaries(
  sim: Simulation,
  opts: WatchOptions,
  samples: { t: number; meters: number }[],
): Boundary[] {
  const style = opts.laps;
  let out: Boundary[] = [];
  if (style.kind === "button") {
    const presses = pressTimes(sim).filter((_, i) => !(style.missing ?? []).includes(i));
    out = [...presses, ...(style.extra ?? [])].map((t) => ({ t, trigger: "manual" as const }));
  } else if (style.kind === "auto") {
    let next = style.meters;
    for (let i = 1; i < samples.length; i++) {
      const a = samples[i - 1]!;
      const b = samples[i]!;
      while (b.meters >= next) {
        out.push({
          t: a.t + ((b.t - a.t) * (next - a.meters)) / Math.max(b.meters - a.meters, 1e-9),
          trigger: "distance",
        });
        next += style.meters;
      }
    }
  } else if (style.kind === "workout") {
    const reps = sim.segments.filter((s) => s.kind === "rep");
    // Each boundary closes a lap: before rep 1 the open warm-up (step 0), then rep k (step
    // 2k + 1) and its recovery (step 2k + 2); the last lap is the cool-down (step 8).
    reps.forEach((r, k) => {
      out.push({ t: r.start, trigger: k === 0 ? "manual" : "distance", step: 2 * k });
      out.push({ t: r.end, trigger: "distance", step: 2 * k + 1 });
    });
  }
  out = out.filter((b) => b.t > 0 && b.t < sim.end).sort((a, b) => a.t - b.t);
  const lastStep = out[out.length - 1]?.step;
  out.push({ t: sim.end, trigger: "sessionEnd", step: lastStep === 7 ? 8 : (lastStep ?? 0) + 1 });
  return out;
}

function pausedBetween(sim: Simulation, from: number, to: number, autoPause: boolean): number {
  if (!autoPause) return 0;
  return sim.segments
    .filter((s) => s.kind === "stand" && s.end - s.start > 3)
    .reduce((sum, s) => sum + Math.max(0, Math.min(to, s.end) - Math.max(from, s.start + 3)), 0);
}

export function encodeFit(sim: Simulation, opts: WatchOptions): Uint8Array {
  const samples = watchSamples(sim, { every: opts.every, bias: opts.bias, seed: opts.seed });
  const recorded = samples.filter(
    (s) => pausedBetween(sim, s.t - 0.5, s.t + 0.5, opts.autoPause ?? false) === 0,
  );
  const bounds = lapBoundaries(sim, opts, samples);
  const meters = (t: number) => {
    const after = samples.findIndex((s) => s.t >= t);
    if (after <= 0) return after === 0 ? samples[0]!.meters : samples[samples.length - 1]!.meters;
    const a = samples[after - 1]!;
    const b = samples[after]!;
    return a.meters + ((b.meters - a.meters) * (t - a.t)) / (b.t - a.t);
  };
  const workout = opts.laps.kind === "workout";
  const e = new Encoder();
  put(e, {
    mesgNum: Profile.MesgNum.FILE_ID!,
    type: "activity",
    manufacturer: "garmin",
    product: 1,
    timeCreated: at(0),
    serialNumber: 1234,
  });
  put(e, { mesgNum: Profile.MesgNum.EVENT!, timestamp: at(0), event: "timer", eventType: "start" });
  if (workout) writeWorkout(e, sim);
  for (const s of recorded) {
    put(e, {
      mesgNum: Profile.MesgNum.RECORD!,
      timestamp: at(s.t),
      distance: s.meters,
      speed: 0,
      ...(opts.fullRecords ? fullRecord(s.t) : {}),
    });
    if (opts.fullRecords) put(e, gpsMetadata(s.t));
  }
  let start = 0;
  bounds.forEach((b, i) => {
    const elapsed = b.t - start;
    put(e, {
      mesgNum: Profile.MesgNum.LAP!,
      messageIndex: i,
      timestamp: at(b.t),
      startTime: at(start),
      totalElapsedTime: elapsed,
      totalTimerTime: elapsed - pausedBetween(sim, start, b.t, opts.autoPause ?? false),
      totalDistance: meters(b.t) - meters(start),
      event: "lap",
      eventType: "stop",
      lapTrigger: b.trigger,
      sport: opts.sport ?? "running",
      ...(workout ? { wktStepIndex: b.step ?? 0, intensity: stepIntensity(b.step ?? 0) } : {}),
    });
    start = b.t;
  });
  put(e, {
    mesgNum: Profile.MesgNum.SESSION!,
    timestamp: at(sim.end),
    startTime: at(0),
    sport: opts.sport ?? "running",
    totalElapsedTime: sim.end,
    totalTimerTime: sim.end,
    totalDistance: meters(sim.end),
    numLaps: bounds.length,
  });
  put(e, {
    mesgNum: Profile.MesgNum.ACTIVITY!,
    timestamp: at(sim.end),
    numSessions: 1,
    totalTimerTime: sim.end,
  });
  return e.close();
}

/** The planned workout: open warm-up, reps and one-lap recoveries as distance steps, cool-down. */
function writeWorkout(e: Encoder, sim: Simulation) {
  const steps: { durationType: string; durationValue: number; intensity: string }[] = [
    { durationType: "open", durationValue: 0, intensity: "warmup" },
  ];
  REP_LAPS.forEach((laps, k) => {
    steps.push({
      durationType: "distance",
      durationValue: Math.round(laps * sim.lapMeters * 100),
      intensity: "active",
    });
    if (k < 3)
      steps.push({
        durationType: "distance",
        durationValue: Math.round(sim.lapMeters * 100),
        intensity: "recovery",
      });
  });
  steps.push({ durationType: "open", durationValue: 0, intensity: "cooldown" });
  put(e, {
    mesgNum: Profile.MesgNum.WORKOUT!,
    sport: "running",
    numValidSteps: steps.length,
    wktName: "4-3-2-1",
  });
  steps.forEach((s, i) =>
    put(e, { mesgNum: Profile.MesgNum.WORKOUT_STEP!, messageIndex: i, ...s, targetType: "open" }),
  );
}

const stepIntensity = (step: number) =>
  step === 0 ? "warmup" : step === 8 ? "cooldown" : step % 2 === 1 ? "active" : "recovery";
