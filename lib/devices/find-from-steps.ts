import { lapEnd, type Activity, type Lap } from "./activity";
import { describeEfforts, stepDownError, type Found, repCount } from "./describe";
import { isStray } from "./merge-laps";
import { refuse, type Refusal } from "./refusals";

const EASY = new Set(["rest", "recovery", "warmup", "cooldown"]);

export type StepReading = {
  /** One lap per executed work step, strays already merged. */
  reps: Lap[];
  /** The laps between one rep and the next. */
  recoveries: Lap[][];
  /** Each rep's length: the step's own distance, else what the watch measured. */
  lengths: (number | null)[];
  /** How many work steps the workout planned (0 when the file does not carry them). */
  planned: number;
  /** The planned work steps' lengths, in order (empty when the file does not carry them). */
  planLengths: number[];
};

/**
 * Which laps are reps, from an executed structured workout: each lap carries the index of the
 * workout step the watch was running, and the work steps are the distance steps that are not
 * warm-up, recovery or cool-down. Null when the file was not run as a workout. Takes the laps as
 * recorded (stray presses not merged).
 */
export function readWorkoutSteps(activity: Activity, laps: Lap[]): StepReading | null {
  const indexed = laps.filter((l) => l.stepIndex !== null);
  if (new Set(indexed.map((l) => l.stepIndex)).size < 2) return null;
  const planned = activity.steps.filter(
    (s) => s.kind === "distance" && !EASY.has(s.intensity ?? ""),
  );
  const work = new Set(
    planned.length > 0
      ? planned.map((s) => s.index)
      : indexed
          .filter((l) => l.trigger === "distance" && !EASY.has(l.intensity ?? ""))
          .map((l) => l.stepIndex),
  );
  if (work.size === 0) return null;
  const reps: Lap[] = [];
  const recoveries: Lap[][] = [];
  let between: Lap[] = [];
  for (const lap of laps) {
    // A work step's lap is timed by the watch itself; stray presses around it are recovery time.
    if (lap.stepIndex !== null && work.has(lap.stepIndex) && !isStray(lap)) {
      if (reps.length > 0) recoveries.push(between);
      reps.push(lap);
      between = [];
    } else between.push(lap);
  }
  const stepLength = new Map(planned.map((s) => [s.index, s.value]));
  const lengths = reps.map((r) => stepLength.get(r.stepIndex ?? -1) ?? r.meters);
  const planLengths = planned.map((s) => s.value ?? 0);
  return { reps, recoveries, lengths, planned: planned.length, planLengths };
}

/** The 4-3-2-1 from workout steps, a refusal saying what the workout was, or null (no workout). */
export function findFromSteps(
  activity: Activity,
  laps: Lap[],
  lapMeters: number,
): Found | Refusal | null {
  const reading = readWorkoutSteps(activity, laps);
  if (!reading) return null;
  const { reps, recoveries, lengths } = reading;
  const known = lengths.every((l): l is number => l !== null);
  const tolerance = reading.planned > 0 ? 0.03 : 0.12;
  // A workout stopped early is partial only when the plan itself was the 4-3-2-1.
  const plan = reading.planLengths;
  const planFits =
    plan.length === 0 || (plan.length === 4 && stepDownError(plan, lapMeters, 0.03) !== null);
  if (
    known &&
    planFits &&
    reps.length <= 4 &&
    stepDownError(lengths, lapMeters, tolerance) !== null
  ) {
    const spans = [0, 1, 2, 3].map((k) => {
      const lap = reps[k];
      return lap ? { start: lap.start, end: lapEnd(lap) } : null;
    });
    return { ok: true, reps: spans, notes: [`${repCount(reps.length)} from the workout steps`] };
  }
  const efforts = reps.map((r, i) => ({ meters: lengths[i] ?? r.meters ?? 0, seconds: r.seconds }));
  const jogs = recoveries.map((laps) => laps.reduce((sum, l) => sum + l.seconds, 0));
  const even = jogs.length > 0 && Math.max(...jogs) - Math.min(...jogs) <= 2;
  const rest = even ? ` with ${Math.round(jogs[0]!)} s recoveries` : "";
  return refuse(
    `its workout steps hold ${describeEfforts(efforts, "reps")}${rest}, not the 4-3-2-1 step-down`,
  );
}
