import { describe, expect, it } from "vitest";
import { analyseSession, prescribeStepDown } from "@/lib/pacing";
import { cellLook, gridReps, lapVerdict, windowText } from "./squad-grid";

const card = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });

describe("gridReps", () => {
  it("gives every rep its target, window and empty actuals before anything is logged", () => {
    const reps = gridReps(card, null);
    expect(reps.map((r) => r.target)).toEqual([384, 282.5, 186, 88.5]);
    expect(reps[0]).toMatchObject({ window: [380, 388], actual: null, delta: null, verdict: null });
    expect(reps[0]?.laps).toHaveLength(4);
    expect(reps[0]?.laps[0]).toEqual({ target: 96, actual: null, delta: null });
  });

  it("fills actuals, deltas, verdicts and laps from the analysis", () => {
    const analysis = analyseSession(card, {
      reps: [{ lapSeconds: [93, 93, 93, 93] }, { lapSeconds: [95, 95, 95] }, { lapSeconds: [93] }],
    });
    const [rep1, rep2, rep3, rep4] = gridReps(card, analysis);
    expect(rep1).toMatchObject({ actual: 372, delta: -12, verdict: "too-fast" });
    expect(rep1?.laps[3]).toEqual({ target: 96, actual: 93, delta: -3 });
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
