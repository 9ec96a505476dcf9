import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { Decoder, Stream, type WorkoutStepMesg } from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import {
  MAX_FIVE_K_SECONDS,
  MIN_FIVE_K_SECONDS,
  prescribeStepDown,
  type Units,
} from "@/lib/pacing";
import { writeWorkoutFit as fromIndex } from "./index";
import { workoutFitFor, writeWorkoutFit } from "./workout-fit";

// The FIT SDK's sample workouts, among the real files (fixtures/real/README.md).
const SAMPLES = path.join(import.meta.dirname, "fixtures/real");

function decode(bytes: Uint8Array) {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  expect(decoder.isFIT()).toBe(true);
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  return messages;
}

const REP_METERS: Record<Units, number[]> = {
  metric: [1600, 1200, 800, 400],
  imperial: [1609.344, 1207.008, 804.672, 402.336],
};
const LAP_METERS: Record<Units, number> = { metric: 400, imperial: 402.336 };

/** The contract's checks on one decoded workout. */
function expectStepDown(bytes: Uint8Array, fiveKSeconds: number, units: Units) {
  const messages = decode(bytes);
  const steps = messages.workoutStepMesgs ?? [];
  expect(messages.fileIdMesgs?.[0]?.type).toBe("workout");
  expect(messages.workoutMesgs).toHaveLength(1);
  expect(messages.workoutMesgs?.[0]).toMatchObject({ sport: "running", numValidSteps: 9 });
  expect(steps.map((s) => s.intensity)).toEqual([
    "warmup",
    ...["active", "recovery", "active", "recovery", "active", "recovery", "active"],
    "cooldown",
  ]);
  expect(steps.map((s) => s.messageIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  for (const open of [steps[0], steps[8]]) {
    expect(open).toMatchObject({ durationType: "open", targetType: "open" });
  }
  const reps = steps.filter((s) => s.intensity === "active");
  const windows = prescribeStepDown({ fiveKSeconds, units }).reps.map((r) => r.windowSeconds);
  reps.forEach((rep: WorkoutStepMesg, i) => {
    const meters = REP_METERS[units][i]!;
    expect(rep.durationType).toBe("distance");
    expect(Math.abs((rep.durationValue ?? 0) / 100 - meters)).toBeLessThanOrEqual(0.005);
    expect(rep.targetType).toBe("speed");
    const [fastest, slowest] = windows[i]!;
    const low = (rep.customTargetValueLow ?? 0) / 1000;
    const high = (rep.customTargetValueHigh ?? 0) / 1000;
    // The range holds the whole window: a rep run anywhere in it never beeps.
    // (A micrometre a second of slack for floating point: the file holds whole mm/s.)
    expect(low).toBeLessThanOrEqual(meters / slowest + 1e-9);
    expect(high).toBeGreaterThanOrEqual(meters / fastest - 1e-9);
    // And no more than 1% beyond it, or the watch would not beep when it should.
    expect(low).toBeGreaterThanOrEqual((meters / slowest) * 0.99);
    expect(high).toBeLessThanOrEqual((meters / fastest) * 1.01);
  });
  for (const jog of steps.filter((s) => s.intensity === "recovery")) {
    expect(jog.durationType).toBe("distance");
    expect(Math.abs((jog.durationValue ?? 0) / 100 - LAP_METERS[units])).toBeLessThanOrEqual(0.005);
  }
  return messages;
}

describe("writeWorkoutFit", () => {
  it("writes the 4-3-2-1 as a workout the SDK decodes, metric and imperial", () => {
    for (const units of ["metric", "imperial"] as const) {
      const bytes = writeWorkoutFit({ fiveKSeconds: 1200, units, name: "4-3-2-1 · 5K 20:00" });
      const messages = expectStepDown(bytes, 1200, units);
      expect(messages.workoutMesgs?.[0]?.wktName).toBe("4-3-2-1 · 5K 20:00");
    }
  });

  it("holds every rep's window for 5K times from 12:00 to 60:00", () => {
    for (let seconds = MIN_FIVE_K_SECONDS; seconds <= MAX_FIVE_K_SECONDS; seconds += 37) {
      for (const units of ["metric", "imperial"] as const) {
        expectStepDown(
          writeWorkoutFit({ fiveKSeconds: seconds, units, name: "x" }),
          seconds,
          units,
        );
      }
    }
    expectStepDown(
      writeWorkoutFit({ fiveKSeconds: 3600, units: "metric", name: "x" }),
      3600,
      "metric",
    );
  }, 60_000);

  it("is the export lib/devices promises", () => {
    expect(fromIndex).toBe(writeWorkoutFit);
  });

  it("puts the target times where the watch shows them: step names and notes", () => {
    const messages = decode(writeWorkoutFit({ fiveKSeconds: 1200, units: "metric", name: "w" }));
    const [, rep1, jog1, rep2] = messages.workoutStepMesgs ?? [];
    expect(rep1?.wktStepName).toBe("1600 m 6:24");
    expect(rep1?.notes).toContain("window 6:20-6:28");
    expect(rep2?.wktStepName).toBe("1200 m 4:42.5");
    expect(jog1?.notes).toContain("3:12");
    expect(jog1?.wktStepName).toMatch(/^Jog 400 m /);
  });

  it("uses a frozen prescription's own offsets, not the defaults", () => {
    const custom = prescribeStepDown({
      fiveKSeconds: 1200,
      units: "metric",
      offsets: { rep2: [6, 4], rep3: [8, 6], rep4: [10, 6], recoveryFactor: 2 },
    });
    const steps = decode(workoutFitFor(custom, "custom")).workoutStepMesgs ?? [];
    const rep2 = steps[3]!;
    const [fastest, slowest] = custom.reps[1]!.windowSeconds;
    expect(rep2.customTargetValueLow).toBe(Math.floor(1200_000 / slowest));
    expect(rep2.customTargetValueHigh).toBe(Math.ceil(1200_000 / fastest));
  });
});

describe("the shape of the SDK's own workout files", () => {
  const samples = readdirSync(SAMPLES).filter((f) => /^fitparse-Workout.*\.fit$/.test(f));
  const ours = decode(writeWorkoutFit({ fiveKSeconds: 1200, units: "metric", name: "w" }));

  it("compares against all four of the SDK's sample workouts", () => {
    expect(samples).toHaveLength(4);
  });

  it.each(samples)("%s: same message types and the same fields on each", (file) => {
    const sample = decode(new Uint8Array(readFileSync(path.join(SAMPLES, file))));
    expect(Object.keys(ours).sort()).toEqual(Object.keys(sample).sort());
    const fieldsOf = (mesgs: object[] | undefined) =>
      new Set((mesgs ?? []).flatMap((m) => Object.keys(m)));
    // Every field the SDK's sample carries on its file id and workout, ours carries too (its
    // product is Garmin's, ours the development id, so the Garmin product sub-field is not).
    for (const field of fieldsOf(sample.fileIdMesgs)) {
      if (field !== "garminProduct") expect(fieldsOf(ours.fileIdMesgs)).toContain(field);
    }
    for (const field of fieldsOf(sample.workoutMesgs)) {
      expect(fieldsOf(ours.workoutMesgs)).toContain(field);
    }
    // Each step has the core fields every sample step has.
    for (const step of ours.workoutStepMesgs ?? []) {
      for (const field of [
        "messageIndex",
        "wktStepName",
        "durationType",
        "durationValue",
        "targetType",
        "targetValue",
        "intensity",
      ]) {
        expect(step).toHaveProperty(field);
      }
    }
  });
});
