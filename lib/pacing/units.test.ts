import { describe, expect, it } from "vitest";
import { isUnits, lapMetersFor, repDistanceLabel, repLabel } from "./index";

describe("units", () => {
  it("knows both tracks", () => {
    expect(isUnits("metric")).toBe(true);
    expect(isUnits("imperial")).toBe(true);
    expect(isUnits("yards")).toBe(false);
    expect(lapMetersFor("metric")).toBe(400);
    expect(lapMetersFor("imperial")).toBeCloseTo(440 * 0.9144, 9);
  });

  it("names reps the way coaches do", () => {
    expect([4, 3, 2, 1].map((laps) => repLabel("metric", laps))).toEqual([
      "1600",
      "1200",
      "800",
      "400",
    ]);
    expect([4, 3, 2, 1].map((laps) => repLabel("imperial", laps))).toEqual([
      "mile",
      "1320",
      "880",
      "440",
    ]);
    expect(repDistanceLabel("metric", 3)).toBe("1200 m");
    expect(repDistanceLabel("imperial", 4)).toBe("1 mile");
    expect(repDistanceLabel("imperial", 2)).toBe("880 yd");
  });
});
