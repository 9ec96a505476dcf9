import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  PacingInputError,
  formatDelta,
  formatTime,
  msToSeconds,
  parseTime,
  parseTimeOrThrow,
  secondsToMs,
} from "./index";

describe("parseTime", () => {
  it.each([
    ["20:00", 1200],
    ["19:59.4", 1199.4],
    ["1:02:03", 3723],
    ["96", 96],
    ["1:36.2", 96.2],
    ["1:36.25", 96.25],
    ["96.5", 96.5],
    ["0:58", 58],
    ["75:00", 4500],
    ["  4:42.5 ", 282.5],
    ["1:00:00.1", 3600.1],
  ])("reads %j as %d s", (text, seconds) => {
    expect(parseTime(text)).toEqual({ ok: true, seconds });
  });

  it.each([
    ["", "empty"],
    ["   ", "empty"],
    ["-1:30", "a time can't be negative"],
    ["1:36,2", "use a dot for tenths, like 1:36.2"],
    ["20m", "use digits and colons, like 20:00 or 1:36.2"],
    ["1:36.2.1", "only one decimal point, like 1:36.2"],
    ["96.", "put a digit after the dot"],
    ["1:36.123", "at most two decimals"],
    ["1:02:03:04", "too many colons: use h:mm:ss at most"],
    ["20:", "a number is missing, like 20:00 or 1:36.2"],
    [":30", "a number is missing, like 20:00 or 1:36.2"],
    [".5", "a number is missing, like 20:00 or 1:36.2"],
    ["20:5", "seconds need two digits, like 20:05"],
    ["1:02:3", "seconds need two digits, like 20:05"],
    ["20:60", "seconds must be under 60"],
    ["1:02:75", "seconds must be under 60"],
    ["1:2:03", "minutes need two digits, like 1:02:03"],
    ["1:60:00", "minutes must be under 60"],
    ["0:00", "a time must be more than zero"],
    ["0", "a time must be more than zero"],
    ["24:00:00", "a time must be under 24 hours"],
  ])("rejects %j: %s", (text, reason) => {
    expect(parseTime(text)).toEqual({ ok: false, reason });
  });

  it("has a throwing variant that names the field", () => {
    expect(parseTimeOrThrow("6:24")).toBe(384);
    expect(errorOf(() => parseTimeOrThrow("1:60:00", "fiveK"))).toEqual(
      new PacingInputError("fiveK", "minutes must be under 60"),
    );
    expect(errorOf(() => parseTimeOrThrow(""))).toMatchObject({
      name: "PacingInputError",
      field: "time",
      message: "empty",
    });
  });
});

function errorOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("formatTime", () => {
  it.each([
    [96, undefined, "1:36"],
    [282.5, undefined, "4:42.5"],
    [1199.4, undefined, "19:59.4"],
    [3723, undefined, "1:02:03"],
    [3600.1, undefined, "1:00:00.1"],
    [58, undefined, "0:58"],
    [94.17, undefined, "1:34.2"],
    [59.96, undefined, "1:00"],
    [282.5, 0, "4:43"],
    [59.5, 0, "1:00"],
    [1200, 1, "20:00.0"],
    [88.46, 1, "1:28.5"],
    [-3.2, undefined, "-0:03.2"],
  ] as const)("shows %d s (decimals %s) as %j", (seconds, decimals, text) => {
    expect(formatTime(seconds, decimals === undefined ? {} : { decimals })).toBe(text);
  });

  it("refuses what is not a time", () => {
    expect(() => formatTime(Number.NaN)).toThrow(RangeError);
    expect(() => formatTime(Number.POSITIVE_INFINITY)).toThrow("Can't show Infinity as a time");
  });

  it("round-trips every tenth of a second up to a day", () => {
    const tenths = fc.integer({ min: 1, max: 24 * 36000 - 1 }).map((value) => value / 10);
    fc.assert(
      fc.property(tenths, (seconds) => {
        expect(parseTime(formatTime(seconds))).toEqual({ ok: true, seconds });
        expect(parseTime(formatTime(seconds, { decimals: 1 }))).toEqual({ ok: true, seconds });
      }),
    );
  });

  it("round-trips what a coach types, once tidied", () => {
    const clock = fc
      .tuple(fc.integer({ min: 0, max: 59 }), fc.integer({ min: 0, max: 59 }), fc.nat(9))
      .filter(([minutes, seconds, tenth]) => minutes + seconds + tenth > 0)
      .map(
        ([minutes, seconds, tenth]) => `${minutes}:${String(seconds).padStart(2, "0")}.${tenth}`,
      );
    fc.assert(
      fc.property(clock, (text) => {
        const parsed = parseTimeOrThrow(text);
        expect(formatTime(parsed, { decimals: 1 })).toBe(text);
      }),
    );
  });
});

describe("formatDelta", () => {
  it.each([
    [3.2, "+3.2 s"],
    [-1, "-1.0 s"],
    [0.04, "0.0 s"],
    [-0.04, "0.0 s"],
    [2.45, "+2.5 s"],
  ])("shows %d as %j", (seconds, text) => {
    expect(formatDelta(seconds)).toBe(text);
  });
});

describe("milliseconds", () => {
  it("converts to and from the stored integer milliseconds", () => {
    expect(secondsToMs(282.5)).toBe(282_500);
    expect(secondsToMs(94.17)).toBe(94_170);
    expect(secondsToMs(1199.4)).toBe(1_199_400);
    expect(msToSeconds(1_199_400)).toBe(1199.4);
    expect(msToSeconds(secondsToMs(96.25))).toBe(96.25);
  });
});
