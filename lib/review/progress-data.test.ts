import { describe, expect, it } from "vitest";
import {
  closeRange,
  dayMs,
  monthsBefore,
  resolveRange,
  shapeProgress,
  type ProgressMark,
  type ProgressSession,
} from "./progress-data";

const LABELS = ["1600", "1200", "800", "400"];
const TARGETS = [384, 283, 185, 88];

/** A session whose reps are each `deltas[i]` seconds off target (null: not all laps timed). */
function session(date: string, deltas: (number | null)[], faded = 0): ProgressSession {
  return {
    assignmentId: `as-${date}`,
    date,
    units: "metric",
    fiveKSeconds: 1200,
    status: "COMPLETED",
    reps: deltas.map((d, i) => ({
      label: LABELS[i]!,
      targetSeconds: TARGETS[i]!,
      actualSeconds: d === null ? null : TARGETS[i]! + d,
      deltaSeconds: d,
      verdict: d === null ? "incomplete" : "on-target",
    })),
    hold: { checks: 5, faded, worstDeltaSeconds: faded ? 3 : 0.5 },
    recoverySlowFraction: 0.05,
  };
}

describe("resolveRange", () => {
  it("defaults to the last six months up to today", () => {
    expect(resolveRange({}, "2026-08-31")).toEqual({
      from: "2026-02-28",
      to: "2026-08-31",
      open: true,
    });
  });
  it("takes valid days, 'all', and swaps a reversed range", () => {
    expect(resolveRange({ from: "all" }, "2026-05-01")).toEqual({
      from: null,
      to: "2026-05-01",
      open: true,
    });
    expect(resolveRange({ from: "", to: "2026-03-01" }, "2026-05-01")).toEqual({
      from: null,
      to: "2026-03-01",
    });
    expect(resolveRange({ from: "2026-04-01", to: "2026-01-01" }, "2026-05-01")).toEqual({
      from: "2026-01-01",
      to: "2026-04-01",
    });
  });
  it("ignores days that do not exist", () => {
    expect(resolveRange({ from: "2026-02-30", to: "junk" }, "2026-05-01")).toEqual({
      from: "2025-11-01",
      to: "2026-05-01",
      open: true,
    });
  });
  it("runs an open range on to the latest logged day, never back before today", () => {
    const open = resolveRange({ from: "all" }, "2026-05-01");
    expect(closeRange(open, "2026-05-04")).toEqual({ from: null, to: "2026-05-04", open: true });
    expect(closeRange(open, "2026-04-20")).toBe(open);
    expect(closeRange(open, undefined)).toBe(open);
    const fixed = resolveRange({ from: "all", to: "2026-05-01" }, "2026-05-01");
    expect(closeRange(fixed, "2026-05-04")).toBe(fixed);
  });
  it("counts months back across a year end", () => {
    expect(monthsBefore("2026-01-15", 3)).toBe("2025-10-15");
  });
});

describe("shapeProgress", () => {
  const sessions = [
    session("2026-01-06", [4, 3, 2, 1], 2),
    session("2026-01-13", [3, 2.5, null, 1]),
    session("2026-01-20", [2, 1, 1, 0.5], 1),
    session("2026-01-27", [1, 0.5, 0, 0.5]),
  ];
  const marks: ProgressMark[] = [
    { date: "2025-11-01", fiveKSeconds: 1215, source: "RACE" },
    { date: "2026-01-21", fiveKSeconds: 1195, source: "RECALIBRATION" },
  ];
  const charts = shapeProgress(sessions, marks, { from: "2026-01-01", to: "2026-02-01" });

  it("gives each rep a series of actual, target and delta, linked to its session", () => {
    expect(charts.reps.map((r) => r.label)).toEqual(LABELS);
    expect(charts.reps[1]?.points[0]).toEqual({
      t: dayMs("2026-01-06"),
      date: "2026-01-06",
      actual: 286,
      target: 283,
      delta: 3,
      verdict: "on-target",
      assignmentId: "as-2026-01-06",
    });
    expect(charts.reps[2]?.points[1]?.actual).toBeNull();
  });

  it("draws the 5K as steps from the first session to the range end, recalibrations marked", () => {
    expect(charts.fiveK).toEqual([
      expect.objectContaining({ t: dayMs("2026-01-06"), fiveK: 1215, carried: true }),
      expect.objectContaining({ t: dayMs("2026-01-21"), fiveK: 1195, recalibration: true }),
      expect.objectContaining({ t: dayMs("2026-02-01"), fiveK: 1195, end: true }),
    ]);
  });

  it("keeps the hold trend per session", () => {
    expect(charts.hold.map((h) => [h.faded, h.worst])).toEqual([
      [2, 3],
      [0, 0.5],
      [1, 3],
      [0, 0.5],
    ]);
  });

  it("says in words how each rep moved from the earlier half to the later", () => {
    expect(charts.summary).toContain(
      "The 1600: the later sessions were 2.0 s closer to target than the earlier ones (average +3.5 s → +1.5 s).",
    );
    expect(charts.summary).toContain(
      "The 400: the later sessions were 0.5 s closer to target than the earlier ones (average +1.0 s → +0.5 s).",
    );
    expect(charts.summary).toContain("Pace faded late in 2 of 4 sessions.");
    expect(charts.summary).toContain("5K mark: 20:15 → 19:55 (1 recalibration).");
  });

  it("starts the domain at the first session when the range is 'all'", () => {
    const all = shapeProgress(sessions, [], { from: null, to: "2026-02-01" });
    expect(all.domain).toEqual([dayMs("2026-01-06"), dayMs("2026-02-01")]);
    expect(all.fiveK).toEqual([]);
    expect(all.summary).not.toContain(expect.stringContaining("5K mark"));
  });
});
