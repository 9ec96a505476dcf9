import { describe, expect, it } from "vitest";
import { analyseSession, prescribeStepDown } from "@/lib/pacing";
import { cellLook, gridReps, lapVerdict, windowText } from "./squad-grid";

const card = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

describe("gridReps", () => {
  it("gives every rep only its target before anything is logged (all an unlogged cell shows)", () => {
    const reps = gridReps(card, null);
    expect(reps).toEqual([384, 282.5, 186, 88.5].map((target) => ({ target, verdict: null })));
  });

  it("fills actuals, deltas, verdicts and laps from the analysis", () => {
    const analysis = analyseSession(card, {
      reps: [{ lapSeconds: [93, 93, 93, 93] }, { lapSeconds: [95, 95, 95] }, { lapSeconds: [93] }],
    });
    const [rep1, rep2, rep3, rep4] = gridReps(card, analysis);
    expect(rep1).toMatchObject({
      window: [380, 388],
      actual: 372,
      delta: -12,
      verdict: "too-fast",
    });
    expect(rep1).toHaveProperty("laps.3", { target: 96, actual: 93, delta: -3 });
    expect(rep2).toMatchObject({ actual: 285, delta: 2.5, verdict: "too-slow" });
    expect(rep3).toMatchObject({ actual: null, verdict: "incomplete" });
    expect(rep4).toMatchObject({ actual: null, verdict: "not-run" });
  });
});

describe("cellLook", () => {
  it("says each verdict in words and a symbol, not only a colour", () => {
    expect(cellLook("on-target")).toMatchObject({ words: "On target", symbol: "✓" });
    expect(cellLook("too-fast")).toMatchObject({ words: "Too fast", symbol: "▲" });
    expect(cellLook("too-slow")).toMatchObject({ words: "Too slow", symbol: "▼" });
    expect(cellLook(null)).toMatchObject({ words: "Not logged", symbol: "○" });
  });
});

describe("lapVerdict", () => {
  it("judges a lap against its share of the rep's window", () => {
    // The 800 of a 20:00 5K: 3:05-3:07, so 92.5-93.5 s a lap.
    expect(lapVerdict(93, [185, 187], 2)).toBe("on-target");
    expect(lapVerdict(92, [185, 187], 2)).toBe("too-fast");
    expect(lapVerdict(94.2, [185, 187], 2)).toBe("too-slow");
    expect(lapVerdict(null, [185, 187], 2)).toBe("not-run");
  });
});

describe("windowText", () => {
  it("shows a window as a watch shows times, one value when it has no width", () => {
    expect(windowText([185, 187])).toBe("3:05–3:07");
    expect(windowText([384, 384])).toBe("6:24");
  });
});
