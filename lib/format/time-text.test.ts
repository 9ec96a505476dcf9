import { describe, expect, it } from "vitest";
import { plural } from "./plural";
import { deltaText, timeText } from "./time-text";

describe("timeText and deltaText", () => {
  it("show a time, a signed difference, or a dash for none", () => {
    expect(deltaText(2.5)).toBe("+2.5 s");
    expect(deltaText(-12)).toBe("-12.0 s");
    expect(deltaText(0)).toBe("0.0 s");
    expect(deltaText(null)).toBe("—");
    expect(deltaText(-0.44, { unit: false })).toBe("-0.4");
    expect(deltaText(null, { unit: false })).toBe("—");
    expect(timeText(384)).toBe("6:24");
    expect(timeText(88.5)).toBe("1:28.5");
    expect(timeText(null)).toBe("—");
  });
});

describe("plural", () => {
  it("puts the count before the noun, singular only for one", () => {
    expect(plural(1, "lap")).toBe("1 lap");
    expect(plural(3, "lap")).toBe("3 laps");
    expect(plural(0, "athlete")).toBe("0 athletes");
    expect(plural(2, "result is", "results are")).toBe("2 results are");
  });
});
