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

  it("is what the lap read-back says", () => {
    expect(lapProblem(1.005, 400)).toBe("1.01 s is faster than world-record pace (45 s a lap)");
  });
});
