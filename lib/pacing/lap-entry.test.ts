import { describe, expect, it } from "vitest";
import { lapProblem, parseRepEntry } from "./lap-entry";

describe("entering a rep by keyboard", () => {
  it("reads lap times as lap times", () => {
    expect(parseRepEntry("96 95.4 97 96", 4, 400)).toEqual({
      ok: true,
      lapSeconds: [96, 95.4, 97, 96],
      interpretedAs: "laps",
    });
  });

  it("recognises cumulative splits and turns them into lap times", () => {
    expect(parseRepEntry("1:36 3:12 4:48 6:24", 4, 400)).toEqual({
      ok: true,
      lapSeconds: [96, 96, 96, 96],
      interpretedAs: "splits",
    });
    expect(parseRepEntry("1:33, 3:06.5", 2, 400)).toEqual({
      ok: true,
      lapSeconds: [93, 93.5],
      interpretedAs: "splits",
    });
  });

  it("takes a forced mode over the guess", () => {
    expect(parseRepEntry("1:30 3:00", 2, 400, "laps")).toEqual({
      ok: true,
      lapSeconds: [90, 180],
      interpretedAs: "laps",
    });
    expect(parseRepEntry("93 94", 2, 400, "splits")).toEqual({
      ok: false,
      reason: "Lap 2: 1 s is faster than world-record pace (45 s a lap)",
    });
  });

  it("treats an empty rep as not run, and a partial rep as the laps that were run", () => {
    expect(parseRepEntry("  ", 3, 400)).toEqual({
      ok: true,
      lapSeconds: [],
      interpretedAs: "empty",
    });
    expect(parseRepEntry("94", 3, 400)).toEqual({
      ok: true,
      lapSeconds: [94],
      interpretedAs: "laps",
    });
  });

  it("names each kind of bad entry", () => {
    expect(parseRepEntry("96 95 97 96 95", 4, 400)).toEqual({
      ok: false,
      reason: "This rep has 4 laps, but 5 times were entered",
    });
    expect(parseRepEntry("96 abc", 4, 400)).toEqual({
      ok: false,
      reason: 'Time 2 ("abc"): use digits and colons, like 20:00 or 1:36.2',
    });
    expect(parseRepEntry("96 -95", 4, 400)).toMatchObject({
      ok: false,
      reason: expect.stringContaining("can't be negative") as string,
    });
    expect(parseRepEntry("96 0", 4, 400)).toMatchObject({
      ok: false,
      reason: 'Time 2 ("0"): a time must be more than zero',
    });
    expect(parseRepEntry("40", 1, 400)).toEqual({
      ok: false,
      reason: "Lap 1: 40 s is faster than world-record pace (45 s a lap)",
    });
    expect(parseRepEntry("10:01", 1, 400)).toEqual({
      ok: false,
      reason: "Lap 1: 10:01 is slower than 10 minutes a lap",
    });
    expect(parseRepEntry("1:36 3:12 3:12", 4, 400, "splits")).toEqual({
      ok: false,
      reason: "Splits must grow from one lap mark to the next",
    });
  });

  it("scales the world-record bound to a 440-yard lap", () => {
    expect(lapProblem(45, 402.336)).toMatch(/faster than world-record pace/);
    expect(lapProblem(45.5, 402.336)).toBeNull();
  });
});
