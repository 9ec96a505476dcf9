import { describe, expect, it } from "vitest";
import { roundTo } from "./numbers";
import { lapProblem } from "./lap-entry";

describe("roundTo", () => {
  it("rounds a tie the way a person would, where Math.round(x * 100) / 100 does not", () => {
    // 1.005 is stored as 1.00499999999999989..., so the ad-hoc copy gave 1.
    expect(Math.round(1.005 * 100) / 100).toBe(1);
    expect(roundTo(1.005, 2)).toBe(1.01);
    expect(roundTo(-1.005, 2)).toBe(-1.01);
    expect(roundTo(94.1 + 94.2, 1)).toBe(188.3);
    expect(roundTo(-0.001, 2)).toBe(0); // never "-0"
  });

  it("gives exactly what rounding every value through toPrecision(12) gives, only faster", () => {
    // The definition the shortcut must match: every value goes through toPrecision(12).
    const reference = (value: number, decimals: number) => {
      const factor = 10 ** decimals;
      const scaled = Number((Math.abs(value) * factor).toPrecision(12));
      const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
      return rounded === 0 ? 0 : rounded;
    };
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * 2 - 1;
    for (let i = 0; i < 20_000; i++) {
      const decimals = i % 4;
      // Lap and rep times, deltas, and values sitting on or a hair off a half.
      const half = (Math.round(random() * 5000) + 0.5) / 10 ** decimals;
      for (const value of [random() * 400, random() * 10_000, half, half + 1e-13, half - 1e-13]) {
        expect(roundTo(value, decimals)).toBe(reference(value, decimals));
      }
    }
  });

  it("is what the lap read-back says", () => {
    expect(lapProblem(1.005, 400)).toBe("1.01 s is faster than world-record pace (45 s a lap)");
  });
});
