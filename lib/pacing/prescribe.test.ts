import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_OFFSETS,
  PacingInputError,
  formatTime,
  prescribeStepDown,
  type Prescription,
  type Units,
} from "./index";

const clock = (seconds: number) => formatTime(seconds);

describe("the worked example: a 20:00 5K (docs/coaching-rules.md)", () => {
  const plan = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });
  const [mile, twelve, eight, four] = plan.reps;

  it("runs the 1600 in 6:24, passing 1:36, 3:12, 4:48 (96 s laps)", () => {
    expect(plan.lapSeconds).toBe(96);
    expect(mile?.meters).toBe(1600);
    expect(clock(mile?.targetSeconds ?? 0)).toBe("6:24");
    expect(mile?.splitSeconds.map(clock)).toEqual(["1:36", "3:12", "4:48", "6:24"]);
    expect(mile?.lapSeconds).toEqual([96, 96, 96, 96]);
  });

  it("runs the 1200 in about 4:42 with 94-95 s laps", () => {
    expect(twelve?.targetSeconds).toBe(282.5);
    expect(twelve?.windowSeconds.map(clock)).toEqual(["4:42", "4:43"]);
    expect(twelve?.lapSeconds).toEqual([94.17, 94.17, 94.17]);
    expect(twelve?.splitSeconds).toEqual([94.2, 188.3, 282.5]);
  });

  it("runs the 800 in 3:05-3:07 with 93 s laps", () => {
    expect(clock(eight?.targetSeconds ?? 0)).toBe("3:06");
    expect(eight?.windowSeconds.map(clock)).toEqual(["3:05", "3:07"]);
    expect(eight?.lapSeconds).toEqual([93, 93]);
  });

  it("runs the 400 at 5-10 s faster than a 96 s lap, covering the example's 1:26-1:30", () => {
    // DOMAIN's table says lap - 10 ... lap - 5 (86-91 s); the write-up's prose says 1:26-1:30.
    // The table's window is kept, so the prose range is inside it and the target sits in both.
    expect(four?.windowSeconds).toEqual([86, 91]);
    expect(four?.targetSeconds).toBe(88.5);
    expect(four?.targetSeconds).toBeGreaterThanOrEqual(86);
    expect(four?.targetSeconds).toBeLessThanOrEqual(90);
  });

  it("jogs 3 recovery laps of 3:12 and lasts about 25% longer than the 5K", () => {
    expect(plan.recovery).toEqual({ meters: 400, targetSeconds: 192, count: 3 });
    expect(plan.totalSeconds).toBe(384 + 282.5 + 186 + 88.5 + 3 * 192);
    expect(clock(plan.totalSeconds)).toBe("25:17");
    expect(plan.totalSeconds / 1200).toBeCloseTo(1.264, 3);
  });

  it("steps per-lap pace down 96, 94, 93, 89 (the write-up: about 96, 95, 93 and 86-90)", () => {
    expect(plan.reps.map((rep) => Math.round(rep.targetSeconds / rep.laps))).toEqual([
      96, 94, 93, 89,
    ]);
  });
});

describe("imperial track", () => {
  const plan = prescribeStepDown({ fiveKSeconds: 1200, units: "imperial" });

  it("uses 440 yd laps and the mile, 1320, 880 and 440", () => {
    expect(plan.lapMeters).toBe(402.336);
    expect(plan.reps.map((rep) => rep.meters)).toEqual([1609.344, 1207.008, 804.672, 402.336]);
    expect(plan.lapSeconds).toBe(96.56);
    expect(plan.reps[0]?.targetSeconds).toBe(386.2);
    expect(plan.recovery).toEqual({ meters: 402.336, targetSeconds: 193.1, count: 3 });
  });
});

/** The arithmetic of the table in docs/coaching-rules.md, written out here so the code is not its own oracle. */
function expectedPlan(fiveK: number, units: Units) {
  const lapMeters = units === "metric" ? 400 : 440 * 0.9144;
  const lap = (fiveK * lapMeters) / 5000;
  const tenth = (x: number) => Math.round(x * 10) / 10;
  const reps = [
    { laps: 4, fast: 4 * lap - 4, slow: 4 * lap + 4, target: 4 * lap },
    { laps: 3, fast: 3 * lap - 6, slow: 3 * lap - 5, target: 3 * lap - 5.5 },
    { laps: 2, fast: 2 * lap - 7, slow: 2 * lap - 5, target: 2 * lap - 6 },
    { laps: 1, fast: lap - 10, slow: lap - 5, target: lap - 7.5 },
  ].map((rep) => ({
    laps: rep.laps,
    targetSeconds: tenth(rep.target),
    windowSeconds: [tenth(rep.fast), tenth(rep.slow)],
    splitSeconds: Array.from({ length: rep.laps }, (_, i) =>
      tenth((rep.target * (i + 1)) / rep.laps),
    ),
  }));
  const recovery = tenth(2 * lap);
  const total = tenth(reps.reduce((sum, rep) => sum + rep.targetSeconds, 0) + 3 * recovery);
  return { reps, recovery, total };
}

describe("a table of 5K times from 13:00 to 45:00", () => {
  const times = Array.from({ length: 65 }, (_, i) => 13 * 60 + i * 30);
  const cases = times.flatMap((fiveK) =>
    (["metric", "imperial"] as const).map((units) => [formatTime(fiveK), units, fiveK] as const),
  );

  it.each(cases)("%s (%s) matches the documented arithmetic", (_label, units, fiveK) => {
    const plan = prescribeStepDown({ fiveKSeconds: fiveK, units });
    const expected = expectedPlan(fiveK, units);
    plan.reps.forEach((rep, i) => {
      const want = expected.reps[i];
      expect(rep.laps).toBe(want?.laps);
      expect(rep.targetSeconds).toBeCloseTo(want?.targetSeconds ?? NaN, 6);
      expect(rep.windowSeconds[0]).toBeCloseTo(want?.windowSeconds[0] ?? NaN, 6);
      expect(rep.windowSeconds[1]).toBeCloseTo(want?.windowSeconds[1] ?? NaN, 6);
      rep.splitSeconds.forEach((split, lap) => {
        expect(split).toBeCloseTo(want?.splitSeconds[lap] ?? NaN, 6);
      });
    });
    expect(plan.recovery.targetSeconds).toBeCloseTo(expected.recovery, 6);
    expect(plan.totalSeconds).toBeCloseTo(expected.total, 6);
  });
});

describe("properties over every 5K time from 12:00 to 60:00", () => {
  const fiveK = fc.integer({ min: 7200, max: 36000 }).map((tenths) => tenths / 10);
  const units = fc.constantFrom<Units>("metric", "imperial");
  const plans = fc
    .tuple(fiveK, units)
    .map(([fiveKSeconds, u]) => prescribeStepDown({ fiveKSeconds, units: u }));
  const check = (predicate: (plan: Prescription) => void) =>
    fc.assert(fc.property(plans, predicate), { numRuns: 500 });

  it("gets faster per lap, rep by rep", () => {
    check((plan) => {
      const perLap = plan.reps.map((rep) => rep.targetSeconds / rep.laps);
      perLap.slice(1).forEach((pace, i) => expect(pace).toBeLessThan(perLap[i] ?? 0));
    });
  });

  it("has strictly increasing splits ending on the target, inside the window", () => {
    check((plan) => {
      for (const rep of plan.reps) {
        rep.splitSeconds.slice(1).forEach((split, i) => {
          expect(split).toBeGreaterThan(rep.splitSeconds[i] ?? Infinity);
        });
        expect(rep.splitSeconds.at(-1)).toBe(rep.targetSeconds);
        expect(rep.lapSeconds).toHaveLength(rep.laps);
        expect(rep.windowSeconds[0]).toBeLessThanOrEqual(rep.targetSeconds);
        expect(rep.targetSeconds).toBeLessThanOrEqual(rep.windowSeconds[1]);
      }
    });
  });

  // total = 16 × lap - 19 s with the default offsets, so total / T = 1.28 - 19/T on a metric
  // track (1.2536 at 12:00) and 1.28748 - 19/T on an imperial one (below 1.29 at 60:00): the
  // 24-29% band holds across the whole accepted range, no restriction needed.
  it("lasts 24-29% longer than the 5K itself", () => {
    check((plan) => {
      const ratio = plan.totalSeconds / plan.fiveKSeconds;
      expect(ratio).toBeGreaterThanOrEqual(1.24);
      expect(ratio).toBeLessThanOrEqual(1.29);
    });
  });
});

describe("custom offsets", () => {
  it("lets a template tune the windows and the recovery", () => {
    const plan = prescribeStepDown({
      fiveKSeconds: 1200,
      units: "metric",
      offsets: { rep2: [8, 4], rep3: [8, 6], rep4: [12, 8], recoveryFactor: 1.5 },
    });
    expect(plan.reps.map((rep) => rep.windowSeconds)).toEqual([
      [380, 388],
      [280, 284],
      [184, 186],
      [84, 88],
    ]);
    expect(plan.reps.map((rep) => rep.targetSeconds)).toEqual([384, 282, 185, 86]);
    expect(plan.recovery.targetSeconds).toBe(144);
  });

  it("uses the documented defaults when none are given", () => {
    const withDefaults = prescribeStepDown({
      fiveKSeconds: 1111,
      units: "imperial",
      offsets: DEFAULT_OFFSETS,
    });
    expect(prescribeStepDown({ fiveKSeconds: 1111, units: "imperial" })).toEqual(withDefaults);
    expect(Object.isFrozen(DEFAULT_OFFSETS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_OFFSETS.rep2)).toBe(true);
  });
});

describe("rejections", () => {
  it.each([
    [Number.NaN, "The 5K time must be a number of seconds"],
    ["20:00", "The 5K time must be a number of seconds"],
    [-1200, "The 5K time must be more than zero"],
    [0, "The 5K time must be more than zero"],
    [719.9, "The 5K time must be 12:00 or slower"],
    [3600.1, "The 5K time must be 60:00 or faster"],
    [Number.POSITIVE_INFINITY, "The 5K time must be 60:00 or faster"],
  ])("refuses a 5K time of %s", (fiveKSeconds, message) => {
    expect(() =>
      prescribeStepDown({ fiveKSeconds: fiveKSeconds as number, units: "metric" }),
    ).toThrow(new PacingInputError("fiveKSeconds", message));
  });

  it("accepts the limits themselves", () => {
    expect(prescribeStepDown({ fiveKSeconds: 720, units: "metric" }).lapSeconds).toBe(57.6);
    expect(prescribeStepDown({ fiveKSeconds: 3600, units: "metric" }).lapSeconds).toBe(288);
  });

  it("refuses unknown units", () => {
    const units = "furlongs" as Units;
    expect(() => prescribeStepDown({ fiveKSeconds: 1200, units })).toThrow(
      new PacingInputError("units", 'Units must be "metric" or "imperial"'),
    );
  });

  const base = { rep2: [6, 5], rep3: [7, 5], rep4: [10, 5], recoveryFactor: 2 };
  it.each([
    [{ ...base, rep2: [-1, -2] }, "Rep 2 offsets: offsets can't be negative"],
    [{ ...base, rep4: [21, 5] }, "Rep 4 offsets: offsets must be 20 s or less"],
    [{ ...base, rep3: [5, 7] }, "Rep 3 offsets: the fast offset must be at least the slow one"],
    [{ ...base, rep2: ["6", 5] }, "Rep 2 offsets: offsets must be numbers of seconds"],
    [{ ...base, recoveryFactor: 1 }, "Recovery: the recovery factor must be at least 1.5"],
    [{ ...base, recoveryFactor: 4 }, "Recovery: the recovery factor must be at most 3"],
    [{ ...base, recoveryFactor: null }, "Recovery: the recovery factor must be a number"],
    [{ ...base, rep2: [0, 0] }, "Offsets: each rep must be faster per lap than the one before"],
    [{ ...base, rep3: [20, 20] }, "Offsets: each rep must be faster per lap than the one before"],
  ])("refuses offsets %j", (offsets, message) => {
    const input = { fiveKSeconds: 1200, units: "metric" as const, offsets: offsets as never };
    expect(() => prescribeStepDown(input)).toThrow(new PacingInputError("offsets", message));
  });
});
