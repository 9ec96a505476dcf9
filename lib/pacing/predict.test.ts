import { describe, expect, it } from "vitest";
import { PacingInputError, predictRaceSeconds, vdot } from "@/lib/pacing";

const from5k = (model: Parameters<typeof predictRaceSeconds>[0]["model"], toMeters = 10_000) =>
  predictRaceSeconds({ meters: 5000, seconds: 1200, toMeters, model });

describe("predictRaceSeconds: published values from 5000 m in 1200 s", () => {
  it.each([
    ["riegel", 2502],
    ["cameron", 2500],
    ["purdy", 2490],
    ["daniels", 2488],
  ] as const)("%s predicts 10 km in %i s", (model, seconds) => {
    expect(Math.round(from5k(model))).toBe(seconds);
  });

  it("gives back the same time for the same distance, whatever the model", () => {
    for (const model of ["riegel", "cameron", "purdy", "daniels"] as const)
      expect(from5k(model, 5000)).toBeCloseTo(1200, 3);
  });

  it("uses a squad's own Riegel exponent", () => {
    const seconds = predictRaceSeconds({
      meters: 5000,
      seconds: 1200,
      toMeters: 10_000,
      model: "riegel",
      exponent: 1.08,
    });
    expect(seconds).toBeCloseTo(1200 * 2 ** 1.08, 6);
  });
});

// Daniels' Running Formula, VDOT table: 5K, 10K and marathon times for VDOT 40, 50 and 60.
const DANIELS_TABLE = [
  { vdot: 40, fiveK: 24 * 60 + 8, tenK: 50 * 60 + 3, marathon: 3 * 3600 + 49 * 60 + 45 },
  { vdot: 50, fiveK: 19 * 60 + 57, tenK: 41 * 60 + 21, marathon: 3 * 3600 + 10 * 60 + 49 },
  { vdot: 60, fiveK: 17 * 60 + 3, tenK: 35 * 60 + 22, marathon: 2 * 3600 + 42 * 60 + 33 },
];

describe("Daniels-Gilbert VDOT against Daniels' tables", () => {
  it.each(DANIELS_TABLE)("a $vdot VDOT runner's table times agree", (row) => {
    expect(vdot(5000, row.fiveK)).toBeCloseTo(row.vdot, 0);
    const tenK = predictRaceSeconds({
      meters: 5000,
      seconds: row.fiveK,
      toMeters: 10_000,
      model: "daniels",
    });
    expect(Math.abs(tenK - row.tenK)).toBeLessThanOrEqual(2);
    const marathon = predictRaceSeconds({
      meters: 5000,
      seconds: row.fiveK,
      toMeters: 42_195,
      model: "daniels",
    });
    expect(Math.abs(marathon - row.marathon) / row.marathon).toBeLessThan(0.006);
  });
});

describe("refuses what it cannot predict from", () => {
  it.each([
    [{ meters: 0, seconds: 1200, toMeters: 10_000, model: "riegel" }, "meters"],
    [{ meters: 5000, seconds: Number.NaN, toMeters: 10_000, model: "daniels" }, "seconds"],
    [{ meters: 5000, seconds: 1200, toMeters: -1, model: "purdy" }, "toMeters"],
    [{ meters: 5000, seconds: 1200, toMeters: 10_000, model: "riegel", exponent: 2 }, "exponent"],
    [{ meters: 5000, seconds: 1200, toMeters: 10_000, model: "bogus" }, "model"],
  ])("%o", (input, field) => {
    let thrown: unknown;
    try {
      predictRaceSeconds(input as Parameters<typeof predictRaceSeconds>[0]);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PacingInputError);
    expect((thrown as PacingInputError).field).toBe(field);
  });
});
