import { describe, expect, it } from "vitest";
import { analyseSession, prescribeStepDown } from "@/lib/pacing";
import {
  recoveryPoints,
  recoveryWindow,
  repPoints,
  toSessionChartData,
  yDomain,
} from "./session-chart-data";

// The worked example (docs/coaching-rules.md), 20:00 5K: 96 s laps on the 1600 (window 6:20-6:28, so 95-97 a
// lap), 1200 in 4:42-4:43 (94-94.33 a lap), 800 in 3:05-3:07 (92.5-93.5), 400 in 1:26-1:31,
// jogs 3:12 (flagged past 15% slow: 220.8 s).
const plan = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });

// A fade on lap 4 of the 1600 (+3.1 s, past the 2 s tolerance) and a slow second jog.
const analysis = analyseSession(plan, {
  reps: [
    { lapSeconds: [96, 96, 96.4, 99.1] },
    { lapSeconds: [94, 94.5, 94] },
    { lapSeconds: [93, 92.6] },
    { lapSeconds: [87.9] },
  ],
  recoveries: [192, 230, null],
  status: "completed",
});

const data = toSessionChartData(plan, analysis);
const byId = (id: string) => data.find((p) => p.id === id);

describe("toSessionChartData", () => {
  it("lists every lap in the order it is run, jogs between the reps", () => {
    expect(data.map((p) => p.label)).toEqual([
      "1600 · lap 1",
      "1600 · lap 2",
      "1600 · lap 3",
      "1600 · lap 4",
      "Jog 1",
      "1200 · lap 1",
      "1200 · lap 2",
      "1200 · lap 3",
      "Jog 2",
      "800 · lap 1",
      "800 · lap 2",
      "Jog 3",
      "400 · lap 1",
    ]);
    expect(repPoints(data)).toHaveLength(10);
    expect(recoveryPoints(data).map((p) => p.repIndex)).toEqual([0, 1, 2]);
  });

  it("gives each rep lap its target, its share of the rep's window, and its delta", () => {
    expect(byId("r1-l3")).toMatchObject({
      kind: "rep",
      repIndex: 0,
      lapIndex: 2,
      actualSeconds: 96.4,
      targetSeconds: 96,
      window: [95, 97],
      deltaSeconds: 0.4,
      deltaLabel: "+0.4",
      verdict: "on pace",
      spoken: "1600 lap 3: 1:36.4, target 1:36, +0.4 s, on pace",
    });
    expect(byId("r2-l2")).toMatchObject({
      targetSeconds: 94.17,
      window: [94, 94.33],
      deltaSeconds: 0.33,
      deltaLabel: "+0.3",
      verdict: "slow",
    });
    expect(byId("r3-l1")?.window).toEqual([92.5, 93.5]);
    expect(byId("r4-l1")).toMatchObject({
      targetSeconds: 88.5,
      window: [86, 91],
      deltaLabel: "-0.6",
      verdict: "on pace",
    });
  });

  it("calls a lap faded exactly where the engine's hold check does", () => {
    expect(analysis.reps[0]?.hold.find((h) => h.lap === 4)?.faded).toBe(true);
    expect(byId("r1-l4")).toMatchObject({
      deltaSeconds: 3.1,
      deltaLabel: "+3.1",
      verdict: "faded",
    });
  });

  it("judges jogs one way only: slow past the flag line, never fast", () => {
    expect(byId("jog-1")).toMatchObject({
      targetSeconds: 192,
      window: [192, 220.8],
      deltaLabel: "0.0",
      verdict: "jog ok",
      spoken: "Jog 1: 3:12, target 3:12, 0.0 s, jog ok",
    });
    expect(byId("jog-2")).toMatchObject({ deltaSeconds: 38, deltaLabel: "+38.0", verdict: "slow" });
    expect(byId("jog-3")).toMatchObject({
      actualSeconds: null,
      deltaSeconds: null,
      deltaLabel: "—",
      verdict: "not run",
      spoken: "Jog 3: not timed, target 3:12",
    });
    expect(recoveryWindow(200)).toEqual([200, 230]);
  });

  it("is plain JSON, so a server component can pass it to the chart", () => {
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });
});

describe("yDomain", () => {
  it("spans every actual, target and band edge of one kind, padded to whole seconds", () => {
    // Reps: fastest edge 86 (the 400), slowest the faded 99.1. Jogs: 192 to 230.
    expect(yDomain(data, "rep")).toEqual([85, 101]);
    expect(yDomain(data, "recovery")).toEqual([191, 231]);
  });

  it("falls back to a unit range when there is nothing to show", () => {
    expect(yDomain([], "rep")).toEqual([0, 1]);
  });
});
