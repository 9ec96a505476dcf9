import { describe, expect, it } from "vitest";
import { readSession } from "./index";
import { misses } from "./testing/compare";
import { encodeFit, type WatchOptions } from "./testing/encode-fit";
import { encodeGpx, encodeTcx } from "./testing/encode-xml";
import { simulate, type Simulation } from "./testing/simulate";

/** Athletes from 15:00 to 30:00 for 5K. */
const ATHLETES = [900, 1140, 1380, 1620, 1800];
/** Within 0.5 s where presses or workout steps mark a rep, 1.0 s where the stream must show it. */
const MARKED = 0.5;
const FOUND = 1.0;

type Scenario = {
  name: string;
  watch: WatchOptions;
  tolerance: number;
  units?: "metric" | "imperial";
  repsRun?: number;
  standSeconds?: number;
  format?: "fit" | "tcx";
  extra?: (sim: Simulation) => number[];
};

const firstRep = (sim: Simulation) => sim.segments.find((s) => s.kind === "rep")!;
const secondEnd = (sim: Simulation) => sim.segments.filter((s) => s.kind === "rep")[1]!.end;

const SCENARIOS: Scenario[] = [
  {
    name: "lap-button laps with warm-up and cool-down",
    watch: { laps: { kind: "button" } },
    tolerance: MARKED,
  },
  {
    name: "an executed structured workout",
    watch: { laps: { kind: "workout" } },
    tolerance: MARKED,
  },
  {
    name: "imperial lap-button laps",
    watch: { laps: { kind: "button" } },
    tolerance: MARKED,
    units: "imperial",
  },
  {
    name: "a stop after rep 2",
    watch: { laps: { kind: "button" } },
    tolerance: MARKED,
    repsRun: 2,
  },
  {
    name: "a stop after rep 1",
    watch: { laps: { kind: "button" } },
    tolerance: MARKED,
    repsRun: 1,
  },
  {
    name: "no laps and a stop after rep 2",
    watch: { laps: { kind: "none" } },
    tolerance: FOUND,
    repsRun: 2,
  },
  {
    name: "a workout stopped after rep 2",
    watch: { laps: { kind: "workout" } },
    tolerance: MARKED,
    repsRun: 2,
  },
  {
    name: "stray double presses",
    watch: { laps: { kind: "button" } },
    tolerance: MARKED,
    extra: (sim) => [firstRep(sim).start + 2.5, secondEnd(sim) + 3],
  },
  {
    name: "auto-pause while standing at the line",
    watch: { laps: { kind: "button" }, autoPause: true },
    tolerance: MARKED,
    standSeconds: 25,
  },
  {
    name: "a missed press at rep 3's start",
    watch: { laps: { kind: "button", missing: [4] } },
    tolerance: FOUND,
  },
  { name: "400 m auto-laps", watch: { laps: { kind: "auto", meters: 400 } }, tolerance: FOUND },
  { name: "1 km auto-laps", watch: { laps: { kind: "auto", meters: 1000 } }, tolerance: FOUND },
  {
    name: "1 mile auto-laps, imperial",
    watch: { laps: { kind: "auto", meters: 1609.344 } },
    tolerance: FOUND,
    units: "imperial",
  },
  { name: "no laps, recording every second", watch: { laps: { kind: "none" } }, tolerance: FOUND },
  {
    name: "no laps, recording every 2 s",
    watch: { laps: { kind: "none" }, every: 2 },
    tolerance: FOUND,
  },
  {
    name: "no laps, recording every 3 s",
    watch: { laps: { kind: "none" }, every: 3 },
    tolerance: FOUND,
  },
  // Points 1-5 s apart at random: a stand at the line can fall wholly inside one gap.
  {
    name: "no laps, smart recording (1-5 s)",
    watch: { laps: { kind: "none" }, every: "smart" },
    tolerance: FOUND,
  },
  {
    name: "TCX lap-button laps",
    watch: { laps: { kind: "button" } },
    tolerance: MARKED,
    format: "tcx",
  },
  {
    name: "TCX 1 km auto-laps",
    watch: { laps: { kind: "auto", meters: 1000 } },
    tolerance: FOUND,
    format: "tcx",
  },
];

describe.each(SCENARIOS)("a simulated 4-3-2-1 with $name", (scenario) => {
  it.each(ATHLETES)(
    "reads a %i s 5K runner's session within tolerance",
    async (fiveK) => {
      const units = scenario.units ?? "metric";
      const sim = simulate({
        fiveKSeconds: fiveK,
        units,
        seed: fiveK,
        repsRun: scenario.repsRun,
        standSeconds: scenario.standSeconds,
      });
      const watch: WatchOptions =
        scenario.extra && scenario.watch.laps.kind === "button"
          ? { ...scenario.watch, laps: { ...scenario.watch.laps, extra: scenario.extra(sim) } }
          : scenario.watch;
      const bytes = scenario.format === "tcx" ? encodeTcx(sim, watch) : encodeFit(sim, watch);
      const name = scenario.format === "tcx" ? "activity_1.tcx" : "12345_ACTIVITY.fit";
      const result = await readSession({ name, bytes }, units);
      expect(misses(result, sim, scenario.tolerance)).toEqual([]);
    },
    30_000,
  );
});

describe("a GPX with no laps round a real-shaped 400 m oval (laps read 12 m short)", () => {
  it.each(ATHLETES)(
    "finds a %i s 5K runner's reps within tolerance when GPS wanders 1 m",
    async (fiveK) => {
      const sim = simulate({ fiveKSeconds: fiveK, seed: fiveK + 1 });
      const bytes = encodeGpx(sim, { wander: 1 });
      const result = await readSession({ name: "Morning_Run.gpx", bytes }, "metric");
      expect(misses(result, sim, FOUND)).toEqual([]);
    },
    30_000,
  );

  // A 2 m wander moves the measured distance a few metres on a bend: the reps still meet the
  // issue's bounds (1.0 s a rep, 1.5 s a lap) because the lap marks come from crossing the line.
  it.each(ATHLETES)(
    "finds a %i s 5K runner's reps within tolerance when GPS wanders 2 m",
    async (fiveK) => {
      const sim = simulate({ fiveKSeconds: fiveK, seed: fiveK + 1 });
      const bytes = encodeGpx(sim, { wander: 2 });
      const result = await readSession({ name: "Morning_Run.gpx", bytes }, "metric");
      expect(misses(result, sim, FOUND)).toEqual([]);
    },
    30_000,
  );

  it("reads an imperial track's GPX", async () => {
    const sim = simulate({ fiveKSeconds: 1260, units: "imperial", seed: 5 });
    const bytes = encodeGpx(sim, { wander: 1 });
    expect(misses(await readSession({ name: "a.gpx", bytes }, "imperial"), sim, FOUND)).toEqual([]);
  }, 30_000);
});

describe("notes", { timeout: 30_000 }, () => {
  it("says how the reps were found and which strays were merged", async () => {
    const sim = simulate({ fiveKSeconds: 1200, seed: 3 });
    const bytes = encodeFit(sim, {
      laps: { kind: "button", extra: [firstRep(sim).start + 2.5, secondEnd(sim) + 3] },
    });
    const result = await readSession({ name: "a.fit", bytes }, "metric");
    expect(result.ok && result.notes[0]).toMatch(
      /^4 reps from the lap button; 2 stray laps of \d+-\d+ m merged$/,
    );
  });

  it("names the rep whose start came from the change of pace", async () => {
    const sim = simulate({ fiveKSeconds: 1200, seed: 3 });
    const result = await readSession(
      { name: "a.fit", bytes: encodeFit(sim, { laps: { kind: "button", missing: [4] } }) },
      "metric",
    );
    expect(result.ok && result.notes).toContain(
      "rep 3's start found from the change of pace (a missed lap press)",
    );
  });
});
