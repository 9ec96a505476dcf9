import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeFit } from "./decode-fit";
import { readSession } from "./index";
import { readWorkoutSteps } from "./find-from-steps";
import { mergeStrays } from "./merge-laps";

const dir = path.join(import.meta.dirname, "fixtures/real");
const load = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(path.join(dir, name))),
});
const read = (name: string) => readSession(load(name), "metric");
const refused = (name: string, why: string) => ({
  ok: false,
  reason: `${name} cannot be imported: ${why}.`,
});

/** Every file of the folder, each with the exact answer the reader must give. */
const EXPECTED: Record<string, string> = {
  "fenix5x-4x1000m-structured-workout.fit":
    "its workout steps hold 4 reps of about 1000 m with 60 s recoveries, not the 4-3-2-1 step-down",
  "fr965-5x3min-manual-laps.fit":
    "its laps hold 5 fast efforts of 740 to 810 m, not the 4-3-2-1 step-down",
  // 1 km auto-laps say nothing of the reps: the pace is read, and it shows no step-down.
  "fitparse-2013-02-06-12-11-14.fit":
    "its pace shows 3 fast efforts of 240 to 270 m, not the 4-3-2-1 step-down",
  "gpxpy-cerknicko-jezero.gpx":
    "its pace shows 3 fast efforts of 900 to 5300 m, not the 4-3-2-1 step-down",
  "fitparse-WorkoutCustomTargetValues.fit": "it is a FIT workout file, not a recorded activity",
  "fitparse-WorkoutIndividualSteps.fit": "it is a FIT workout file, not a recorded activity",
  "fitparse-WorkoutRepeatGreaterThanStep.fit": "it is a FIT workout file, not a recorded activity",
  "fitparse-WorkoutRepeatSteps.fit": "it is a FIT workout file, not a recorded activity",
  "fitparse-activity-filecrc.fit": "it is damaged: its checksum (CRC) does not match its contents",
  "fitparse-activity-unexpected-eof.fit":
    "it is truncated: the file ends before its data does (an interrupted download or sync?)",
};

describe("every real file in the folder", { timeout: 30_000 }, () => {
  it("has its expected answer listed here", () => {
    const files = readdirSync(dir).filter((name) => name !== "README.md");
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))("%s gets exactly its reason", async (name, why) => {
    expect(await read(name)).toEqual(refused(name, why));
  });
});

describe("real watch files (none is a 4-3-2-1)", { timeout: 30_000 }, () => {
  it("reads the fenix's executed workout from its steps: 4 × 1000 m, 60 s recoveries, strays merged", () => {
    const activity = decodeFit(load("fenix5x-4x1000m-structured-workout.fit").bytes);
    if ("ok" in activity) throw new Error(activity.reason);
    const { laps, strays } = mergeStrays(activity.laps);
    expect(strays.map((s) => s.meters)).toEqual([0, 1.6, 14.02, 3.2, 13.76]);
    expect(laps).toHaveLength(9);
    const steps = readWorkoutSteps(activity, activity.laps);
    expect(steps?.reps.map((r) => r.seconds)).toEqual([278.399, 261.177, 268.298, 263.082]);
    expect(steps?.lengths).toEqual([1000, 1000, 1000, 1000]);
    expect(steps?.recoveries.map((r) => r.map((l) => l.seconds))).toEqual([[60], [60], [60]]);
    expect(steps?.planned).toBe(0);
    // The rep laps chain exactly from the first lap's start: 1.382 s, then the 278.399 s rep.
    expect(steps?.reps[0]?.start).toBeCloseTo(1.382, 3);
  });

  it("refuses the fenix file, saying what its workout was", async () => {
    const r = await read("fenix5x-4x1000m-structured-workout.fit");
    expect(r).toEqual({
      ok: false,
      reason:
        "fenix5x-4x1000m-structured-workout.fit cannot be imported: its workout steps hold 4 reps of about 1000 m with 60 s recoveries, not the 4-3-2-1 step-down.",
    });
  });

  it("refuses the Forerunner 965's 5 × 3 min by the lap button", async () => {
    const r = await read("fr965-5x3min-manual-laps.fit");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toMatch(/laps hold 5 fast efforts of 740 to 810 m, not the 4-3-2-1/);
  });

  it("refuses a 1 km auto-lap run, describing its pace", async () => {
    const r = await read("fitparse-2013-02-06-12-11-14.fit");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toMatch(
        /^fitparse-2013-02-06-12-11-14\.fit cannot be imported: its pace shows .*not the 4-3-2-1/,
      );
  });

  it("refuses a GPX track with no 4-3-2-1 in it", async () => {
    const r = await read("gpxpy-cerknicko-jezero.gpx");
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.reason).toMatch(/gpxpy-cerknicko-jezero\.gpx cannot be imported: its pace shows/);
  });

  it.each([
    "fitparse-WorkoutCustomTargetValues.fit",
    "fitparse-WorkoutIndividualSteps.fit",
    "fitparse-WorkoutRepeatGreaterThanStep.fit",
    "fitparse-WorkoutRepeatSteps.fit",
  ])("refuses the planned workout %s as not an activity", async (name) => {
    expect(await read(name)).toEqual({
      ok: false,
      reason: `${name} cannot be imported: it is a FIT workout file, not a recorded activity.`,
    });
  });

  it("tells a truncated file from a checksum mismatch", async () => {
    const eof = await read("fitparse-activity-unexpected-eof.fit");
    const crc = await read("fitparse-activity-filecrc.fit");
    expect(eof.ok === false && eof.reason).toMatch(
      /unexpected-eof\.fit cannot be imported: it is truncated/,
    );
    expect(crc.ok === false && crc.reason).toMatch(
      /filecrc\.fit cannot be imported: .*checksum \(CRC\)/,
    );
  });
});
