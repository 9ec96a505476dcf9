import {
  Decoder,
  Encoder,
  Profile,
  Stream,
  type LapMesg,
  type RecordMesg,
  type WorkoutStepMesg,
} from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { prescribeStepDown, type Prescription, type Units } from "@/lib/pacing";
import { readSession } from "./index";
import { writeWorkoutFit } from "./workout-fit";

/**
 * The round trip: export the workout, "run" it as a watch does (one lap per step, each lap
 * carrying the step's index, the workout and its steps copied into the activity file, a record
 * every second), then import that file. The reps come back as what was run.
 */
const T0 = Date.UTC(2026, 11, 8, 18, 0, 0);
const WARM_UP_SECONDS = 900;
const COOL_DOWN_SECONDS = 600;

type Ran = { stepIndex: number; intensity: string; start: number; seconds: number; meters: number };

const mesgNum = (name: string) => Profile.MesgNum[name]!;
const enumOf = (type: string, name: string) =>
  Number(Object.entries(Profile.types[type]!).find(([, v]) => v === name)![0]);

function decoded(bytes: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read({
    expandSubFields: false,
    convertTypesToStrings: false,
  });
  expect(errors).toEqual([]);
  return messages;
}

/** What a runner who hits every target does with the exported workout, step by step. */
function run(steps: WorkoutStepMesg[], prescription: Prescription): Ran[] {
  let clock = 0;
  let rep = 0;
  return steps.map((step, index) => {
    const meters = (step.durationValue ?? 0) / 100;
    const intensity = Profile.types.intensity![step.intensity as number]!;
    const seconds =
      intensity === "warmup"
        ? WARM_UP_SECONDS
        : intensity === "cooldown"
          ? COOL_DOWN_SECONDS
          : intensity === "recovery"
            ? prescription.recovery.targetSeconds
            : prescription.reps[rep++]!.targetSeconds;
    const ran = {
      stepIndex: Number(step.messageIndex ?? index),
      intensity,
      start: clock,
      seconds,
      meters: meters || (seconds * 1000) / 400, // open steps: easy running
    };
    clock += seconds;
    return ran;
  });
}

/** The executed workout as a FIT activity: the watch's file after running the exported one. */
function executedWorkoutFit(workout: Uint8Array, prescription: Prescription) {
  const messages = decoded(workout);
  const steps = messages.workoutStepMesgs ?? [];
  const ran = run(steps, prescription);
  const at = (seconds: number) => new Date(T0 + Math.floor(seconds) * 1000);
  const encoder = new Encoder();
  encoder.onMesg(mesgNum("FILE_ID"), {
    type: enumOf("file", "activity"),
    manufacturer: enumOf("manufacturer", "development"),
    product: 0,
    serialNumber: 1,
    timeCreated: at(0),
  } as object);
  encoder.onMesg(mesgNum("WORKOUT"), messages.workoutMesgs![0]!);
  for (const step of steps) encoder.onMesg(mesgNum("WORKOUT_STEP"), step);
  // Records every second: distance grows evenly through each step.
  let meters = 0;
  const end = ran.at(-1)!.start + ran.at(-1)!.seconds;
  for (let t = 0; t <= Math.floor(end); t++) {
    const step = ran.find((r) => t < r.start + r.seconds) ?? ran.at(-1)!;
    const before = ran.filter((r) => r.start < step.start).reduce((sum, r) => sum + r.meters, 0);
    meters = before + (step.meters * Math.min(t - step.start, step.seconds)) / step.seconds;
    const record: RecordMesg = { timestamp: at(t), distance: meters };
    encoder.onMesg(mesgNum("RECORD"), record);
  }
  ran.forEach((lap, index) => {
    const mesg: LapMesg = {
      messageIndex: index,
      timestamp: at(lap.start + lap.seconds),
      startTime: at(lap.start),
      totalElapsedTime: lap.seconds,
      totalTimerTime: lap.seconds,
      totalDistance: lap.meters,
      // The warm-up ends with the lap button; distance steps end themselves.
      lapTrigger: enumOf(
        "lapTrigger",
        lap.intensity === "warmup"
          ? "manual"
          : index === ran.length - 1
            ? "sessionEnd"
            : "distance",
      ),
      wktStepIndex: lap.stepIndex,
      intensity: enumOf("intensity", lap.intensity),
    };
    encoder.onMesg(mesgNum("LAP"), mesg);
  });
  encoder.onMesg(mesgNum("SESSION"), {
    timestamp: at(end),
    startTime: at(0),
    totalElapsedTime: end,
    totalTimerTime: end,
    totalDistance: meters,
    sport: enumOf("sport", "running"),
    numLaps: ran.length,
  } as object);
  return { bytes: encoder.close(), ran };
}

describe("a workout exported, run on a watch and imported", () => {
  it.each([
    ["metric", 1200],
    ["imperial", 1200],
    ["metric", 15 * 60 + 5],
    ["imperial", 31 * 60 + 50],
  ] as [Units, number][])("%s, 5K %i s: the reps come back as run", async (units, fiveK) => {
    const prescription = prescribeStepDown({ fiveKSeconds: fiveK, units });
    const workout = writeWorkoutFit({ fiveKSeconds: fiveK, units, name: "4-3-2-1" });
    const { bytes, ran } = executedWorkoutFit(workout, prescription);

    // The watch's laps carry the exported steps' indexes: reps on steps 1, 3, 5, 7.
    const laps = decoded(bytes).lapMesgs ?? [];
    expect(laps.map((l) => l.wktStepIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    const exported = decoded(workout).workoutStepMesgs ?? [];
    const repSteps = exported.filter((s) => s.targetType === enumOf("wktStepTarget", "speed"));
    expect(repSteps.map((s) => s.messageIndex)).toEqual([1, 3, 5, 7]);

    const imported = await readSession({ name: "executed-workout.fit", bytes }, units);
    if (!imported.ok) throw new Error(imported.reason);
    expect(imported.status).toBe("completed");
    expect(imported.notes.join(" ")).toMatch(/workout steps/);
    prescription.reps.forEach((rep, i) => {
      const got = imported.reps[i]!;
      expect(got.seconds).toBeCloseTo(rep.targetSeconds, 0);
      expect(Math.abs(got.seconds - rep.targetSeconds)).toBeLessThanOrEqual(0.5);
      expect(got.laps).toHaveLength(rep.laps);
      got.laps.forEach((lap, l) => expect(Math.abs(lap - rep.lapSeconds[l]!)).toBeLessThan(1.5));
    });
    const jogs = ran.filter((r) => r.intensity === "recovery").map((r) => r.seconds);
    imported.recoveries.forEach((seconds, i) =>
      expect(Math.abs(seconds! - jogs[i]!)).toBeLessThanOrEqual(0.5),
    );
  });
});
