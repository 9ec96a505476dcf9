import {
  Encoder,
  Profile,
  type FileIdMesg,
  type WorkoutMesg,
  type WorkoutStepMesg,
} from "@garmin/fitsdk";
import { prescribeStepDown, type Prescription, type Units } from "@/lib/pacing";
import { workoutSteps, type WorkoutStep } from "./workout-steps";

/**
 * The 4-3-2-1 as a structured FIT workout file, written with Garmin's FIT SDK encoder. A watch
 * running it beeps when a rep drifts out of its window, and records each lap with the step's
 * index, which is how the importer reads the reps back.
 */
export function writeWorkoutFit(input: {
  fiveKSeconds: number;
  units: "metric" | "imperial";
  name: string;
}): Uint8Array {
  const units: Units = input.units;
  return workoutFitFor(prescribeStepDown({ fiveKSeconds: input.fiveKSeconds, units }), input.name);
}

/** For a prescription as frozen at assignment (its own offsets), not recomputed from a 5K. */
export function workoutFitFor(prescription: Prescription, name: string): Uint8Array {
  const steps = workoutSteps(prescription);
  const encoder = new Encoder();
  const fileId: FileIdMesg = {
    type: fitEnum("file", "workout"),
    manufacturer: fitEnum("manufacturer", "development"),
    product: 0,
    serialNumber: serialOf(name),
    timeCreated: new Date(),
  };
  const workout: WorkoutMesg = {
    wktName: name,
    sport: fitEnum("sport", "running"),
    subSport: fitEnum("subSport", "generic"),
    numValidSteps: steps.length,
  };
  encoder.onMesg(mesgNum("FILE_ID"), fileId);
  encoder.onMesg(mesgNum("WORKOUT"), workout);
  steps.forEach((step, index) => encoder.onMesg(mesgNum("WORKOUT_STEP"), stepMesg(step, index)));
  return encoder.close();
}

/**
 * Every step carries the same fields: the encoder writes one definition per message type from
 * the first message, so a step with fewer fields would be decoded shifted. It writes no
 * sub-fields either, hence the raw values: durationValue in centimetres, speeds in mm/s.
 */
function stepMesg(step: WorkoutStep, index: number): WorkoutStepMesg {
  const base = {
    messageIndex: index,
    wktStepName: step.name,
    notes: step.notes,
    targetValue: 0,
  };
  switch (step.kind) {
    case "warmup":
    case "cooldown":
      return {
        ...base,
        durationType: fitEnum("wktStepDuration", "open"),
        durationValue: 0,
        targetType: fitEnum("wktStepTarget", "open"),
        customTargetValueLow: 0,
        customTargetValueHigh: 0,
        intensity: fitEnum("intensity", step.kind),
      };
    case "recovery":
      return {
        ...base,
        durationType: fitEnum("wktStepDuration", "distance"),
        durationValue: centimetres(step.meters),
        targetType: fitEnum("wktStepTarget", "open"),
        customTargetValueLow: 0,
        customTargetValueHigh: 0,
        intensity: fitEnum("intensity", "recovery"),
      };
    case "rep": {
      const [fastest, slowest] = step.windowSeconds;
      return {
        ...base,
        durationType: fitEnum("wktStepDuration", "distance"),
        durationValue: centimetres(step.meters),
        // Custom speed range (targetValue 0): low is the slowest acceptable time, high the
        // fastest, rounded outwards so the whole window is inside it.
        targetType: fitEnum("wktStepTarget", "speed"),
        customTargetValueLow: Math.floor((step.meters * 1000) / slowest),
        customTargetValueHigh: Math.ceil((step.meters * 1000) / fastest),
        intensity: fitEnum("intensity", "active"),
      };
    }
  }
}

/** An enum value by its profile name ("intensity", "warmup"): the SDK types enums as numbers. */
function fitEnum(type: string, name: string): number {
  const entry = Object.entries(Profile.types[type] ?? {}).find(([, value]) => value === name);
  if (!entry) throw new Error(`The FIT SDK has no ${type} "${name}"`);
  return Number(entry[0]);
}

/** The SDK types its message numbers as a plain record; a missing one is a broken SDK. */
function mesgNum(name: string): number {
  const num = Profile.MesgNum[name];
  if (num === undefined) throw new Error(`The FIT SDK has no ${name} message`);
  return num;
}

const centimetres = (meters: number) => Math.round(meters * 100);

/** A stable serial per workout name (FNV-1a), so re-sending the same file reads as the same one. */
function serialOf(name: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(name)) {
    hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  }
  return hash || 1;
}
