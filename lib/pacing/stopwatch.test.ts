import { describe, expect, it } from "vitest";
import { prescribeStepDown } from "./prescribe";
import {
  athleteView,
  createStopwatch,
  lapSequence,
  restoreStopwatch,
  slotLabel,
  startAll,
  stopwatchReducer,
  toLogFields,
  type StopwatchEvent,
  type StopwatchState,
} from "./stopwatch";

const P = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" }); // 96 s laps
const T0 = 1_800_000_000_000; // an epoch ms, as Date.now() gives
const s = (seconds: number) => seconds * 1000;

const fresh = () =>
  createStopwatch([
    { id: "ann", prescription: P },
    { id: "bob", prescription: P },
  ]);
const run = (state: StopwatchState, events: StopwatchEvent[]) =>
  events.reduce(stopwatchReducer, state);
/** Taps `laps` (seconds each) for one athlete, starting from `from` (epoch ms); returns the end. */
function tapLaps(state: StopwatchState, id: string, from: number, laps: number[]) {
  let at = from;
  let next = state;
  for (const lap of laps) {
    at += s(lap);
    next = stopwatchReducer(next, { type: "tap", id, at });
  }
  return { state: next, at };
}
const WHOLE_SESSION = [96, 96, 96, 96, 192, 94.17, 94.17, 94.16, 192, 93, 93, 192, 88.5];

describe("lapSequence", () => {
  it("runs 4 rep laps, a recovery, 3, a recovery, 2, a recovery, then 1", () => {
    const labels = lapSequence(P).map(slotLabel);
    expect(labels).toEqual([
      "Rep 1 · lap 1 of 4",
      "Rep 1 · lap 2 of 4",
      "Rep 1 · lap 3 of 4",
      "Rep 1 · lap 4 of 4",
      "Recovery jog",
      "Rep 2 · lap 1 of 3",
      "Rep 2 · lap 2 of 3",
      "Rep 2 · lap 3 of 3",
      "Recovery jog",
      "Rep 3 · lap 1 of 2",
      "Rep 3 · lap 2 of 2",
      "Recovery jog",
      "Rep 4 · lap 1 of 1",
    ]);
  });

  it("carries each lap's target and the rep's split target", () => {
    const seq = lapSequence(P);
    expect(seq[0]).toMatchObject({ kind: "rep", target: 96, split: 96 });
    expect(seq[3]).toMatchObject({ kind: "rep", target: 96, split: 384 });
    expect(seq[4]).toMatchObject({ kind: "recovery", repIndex: 0, target: 192 });
    expect(seq[7]).toMatchObject({ kind: "rep", repIndex: 1, split: 282.5 });
  });
});

describe("stopwatchReducer", () => {
  it("waits for Go: taps before the start are ignored", () => {
    const state = run(fresh(), [{ type: "tap", id: "ann", at: T0 + s(96) }]);
    expect(athleteView(state.clocks.ann!, P, T0).phase).toBe("waiting");
    expect(state.clocks.ann!.marks).toEqual([]);
  });

  it("staggered starts: each clock runs from its own Go", () => {
    let state = run(fresh(), [
      { type: "start", id: "ann", at: T0 },
      { type: "start", id: "bob", at: T0 + s(10) },
    ]);
    state = run(state, [
      { type: "tap", id: "ann", at: T0 + s(96) },
      { type: "tap", id: "bob", at: T0 + s(10 + 95) },
    ]);
    expect(athleteView(state.clocks.ann!, P, T0 + s(100)).last?.seconds).toBe(96);
    expect(athleteView(state.clocks.bob!, P, T0 + s(100)).last?.seconds).toBe(95);
    expect(athleteView(state.clocks.bob!, P, T0 + s(120)).runningSeconds).toBe(15);
  });

  it("Start all starts everyone not yet running at once, and keeps earlier starts", () => {
    let state = run(fresh(), [{ type: "start", id: "ann", at: T0 }]);
    state = startAll(state, T0 + s(5));
    expect(state.clocks.ann!.startedAt).toBe(T0);
    expect(state.clocks.bob!.startedAt).toBe(T0 + s(5));
  });

  it("ignores a double tap (a lap faster than world-record pace)", () => {
    let state = startAll(fresh(), T0);
    state = run(state, [
      { type: "tap", id: "ann", at: T0 + s(96) },
      { type: "tap", id: "ann", at: T0 + s(96.4) },
    ]);
    expect(state.clocks.ann!.marks).toHaveLength(1);
  });

  it("undo removes only that athlete's last tap", () => {
    let state = startAll(fresh(), T0);
    state = tapLaps(state, "ann", T0, [96, 97]).state;
    state = tapLaps(state, "bob", T0, [95]).state;
    state = stopwatchReducer(state, { type: "undo", id: "ann" });
    expect(state.clocks.ann!.marks).toEqual([T0 + s(96)]);
    expect(state.clocks.bob!.marks).toEqual([T0 + s(95)]);
    // The running lap resumes from the previous mark, as if the slip never happened.
    expect(athleteView(state.clocks.ann!, P, T0 + s(200)).runningSeconds).toBe(104);
  });

  it("undo steps back a stop, then taps, then the start", () => {
    let state = startAll(fresh(), T0);
    state = tapLaps(state, "ann", T0, [96]).state;
    state = run(state, [{ type: "stop", id: "ann", at: T0 + s(150), abandoned: true }]);
    state = stopwatchReducer(state, { type: "undo", id: "ann" });
    expect(state.clocks.ann).toMatchObject({ stoppedAt: null, abandoned: false });
    state = run(state, [
      { type: "undo", id: "ann" },
      { type: "undo", id: "ann" },
    ]);
    expect(state.clocks.ann).toMatchObject({ startedAt: null, marks: [] });
  });

  it("finishes after the last lap and ignores further taps", () => {
    const { state, at } = tapLaps(startAll(fresh(), T0), "ann", T0, WHOLE_SESSION);
    const after = stopwatchReducer(state, { type: "tap", id: "ann", at: at + s(100) });
    expect(after).toBe(state);
    const view = athleteView(state.clocks.ann!, P, at + s(500));
    expect(view).toMatchObject({ phase: "finished", nextLabel: "Finished", runningSeconds: null });
    expect(view.elapsedSeconds).toBeCloseTo(1517, 5);
  });

  it("ignores events for athletes not in the session", () => {
    const state = fresh();
    expect(stopwatchReducer(state, { type: "start", id: "zed", at: T0 })).toBe(state);
  });
});

describe("athleteView deltas", () => {
  it("gives the last lap against its target and the rep split against the target split", () => {
    const state = tapLaps(startAll(fresh(), T0), "ann", T0, [97.2, 95.5]).state;
    const view = athleteView(state.clocks.ann!, P, T0 + s(200));
    expect(view.last).toMatchObject({ seconds: 95.5, delta: -0.5 });
    expect(view.splitDelta).toBe(0.7); // 192.7 against 3:12
    expect(view.nextLabel).toBe("Rep 1 · lap 3 of 4");
  });

  it("judges a recovery lap against the jog target, with no rep split", () => {
    const state = tapLaps(startAll(fresh(), T0), "ann", T0, [96, 96, 96, 96, 200]).state;
    const view = athleteView(state.clocks.ann!, P, T0);
    expect(view.last).toMatchObject({ seconds: 200, delta: 8 });
    expect(view.splitDelta).toBeNull();
    expect(view.nextLabel).toBe("Rep 2 · lap 1 of 3");
  });
});

describe("toLogFields", () => {
  it("a whole session is COMPLETED, lap times per rep and each recovery", () => {
    const state = tapLaps(startAll(fresh(), T0), "ann", T0, WHOLE_SESSION).state;
    expect(toLogFields(state.clocks.ann!, P)).toEqual({
      mode: "laps",
      status: "COMPLETED",
      reps: ["96 96 96 96", "94.17 94.17 94.16", "93 93", "88.5"],
      recoveries: ["192", "192", "192"],
    });
  });

  it("keeps hundredths from the raw ms", () => {
    let state = startAll(fresh(), T0);
    state = stopwatchReducer(state, { type: "tap", id: "ann", at: T0 + 96_214 });
    state = stopwatchReducer(state, { type: "stop", id: "ann", at: T0 + s(150) });
    expect(toLogFields(state.clocks.ann!, P).reps[0]).toBe("96.21");
  });

  it("stopped after some rep laps is PARTIAL, or ABANDONED when the coach says so", () => {
    const { state, at } = tapLaps(startAll(fresh(), T0), "ann", T0, [96, 96, 96, 96, 192, 95]);
    const partial = stopwatchReducer(state, { type: "stop", id: "ann", at: at + s(30) });
    expect(athleteView(partial.clocks.ann!, P, at)).toMatchObject({
      phase: "stopped",
      nextLabel: "Stopped: partial", // the tile says which, as the result will
    });
    expect(toLogFields(partial.clocks.ann!, P)).toMatchObject({
      status: "PARTIAL",
      reps: ["96 96 96 96", "95", "", ""],
      recoveries: ["192", "", ""],
    });
    const gaveUp = stopwatchReducer(state, { type: "stop", id: "ann", at, abandoned: true });
    expect(toLogFields(gaveUp.clocks.ann!, P).status).toBe("ABANDONED");
    expect(athleteView(gaveUp.clocks.ann!, P, at).nextLabel).toBe("Stopped: abandoned");
  });

  it("stopped before any rep lap is ABANDONED; the unfinished lap is not recorded", () => {
    const state = run(startAll(fresh(), T0), [{ type: "stop", id: "bob", at: T0 + s(50) }]);
    expect(toLogFields(state.clocks.bob!, P)).toMatchObject({
      status: "ABANDONED",
      reps: ["", "", "", ""],
    });
    expect(athleteView(state.clocks.bob!, P, T0 + s(50)).nextLabel).toBe("Stopped: abandoned");
  });
});

describe("restoreStopwatch", () => {
  it("rebuilds the running clocks from serialized state", () => {
    const state = tapLaps(startAll(fresh(), T0), "ann", T0, [96, 95]).state;
    const restored = restoreStopwatch(JSON.parse(JSON.stringify(state)));
    expect(restored).toEqual(state);
    // A reload 30 s later shows the lap under way, timed from the stored absolute mark.
    expect(athleteView(restored!.clocks.ann!, P, T0 + s(191 + 30)).runningSeconds).toBe(30);
  });

  it("refuses anything that is not a stopwatch state", () => {
    expect(restoreStopwatch(null)).toBeNull();
    expect(restoreStopwatch({ clocks: { ann: { marks: "x" } } })).toBeNull();
  });
});
