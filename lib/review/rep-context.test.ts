import { describe, expect, it } from "vitest";
import { bestSession } from "./best-session";
import type { ProgressSession } from "./progress-data";
import { repContexts, type PastSession } from "./rep-context";

const past = (id: string, date: string, deltas: (number | null)[]): PastSession => ({
  assignmentId: id,
  date,
  deltas,
});

describe("repContexts", () => {
  it("puts each rep beside the last time it was fully timed and the closest to target", () => {
    const earlier = [
      past("a", "2026-10-06", [-0.4, 3.0, null, 1.0]),
      past("c", "2026-11-03", [2.0, null, -1.5, -0.5]),
      past("b", "2026-10-20", [1.0, -2.0, 0.8, 0.5]),
    ];
    const [r1, r2, r3, r4] = repContexts([0.3, 2.5, null, -0.5], earlier);
    // Rep 1: last time +2.0 (3 Nov), best -0.4 (6 Oct); now +0.3 beats both.
    expect(r1).toEqual({
      previous: { assignmentId: "c", date: "2026-11-03", deltaSeconds: 2.0 },
      best: { assignmentId: "a", date: "2026-10-06", deltaSeconds: -0.4 },
      bestYet: true,
      closerBySeconds: 1.7,
    });
    // Rep 2 was not timed in full on 3 Nov: its previous is 20 Oct.
    expect(r2?.previous).toEqual({ assignmentId: "b", date: "2026-10-20", deltaSeconds: -2.0 });
    expect(r2?.closerBySeconds).toBe(-0.5); // further from target than last time
    expect(r2?.bestYet).toBe(false);
    // A rep not timed now still shows its history, and nothing to compare.
    expect(r3).toMatchObject({ bestYet: false, closerBySeconds: null });
    expect(r3?.best?.deltaSeconds).toBe(0.8);
    // Too fast counts as off target like too slow: equal distance ties, and the later one is kept.
    expect(r4?.best).toEqual({ assignmentId: "c", date: "2026-11-03", deltaSeconds: -0.5 });
    expect(r4?.bestYet).toBe(true);
  });

  it("has nothing to compare for a first session", () => {
    expect(repContexts([1, 2, 3, 4], [])).toEqual(
      Array(4).fill({ previous: null, best: null, bestYet: false, closerBySeconds: null }),
    );
  });
});

function session(id: string, date: string, deltas: (number | null)[]): ProgressSession {
  return {
    assignmentId: id,
    date,
    units: "metric",
    fiveKSeconds: 1200,
    status: "COMPLETED",
    reps: deltas.map((d, i) => ({
      label: ["1600", "1200", "800", "400"][i]!,
      targetSeconds: 100,
      actualSeconds: d === null ? null : 100 + d,
      deltaSeconds: d,
      verdict: "on-target",
    })),
    hold: { checks: 0, faded: 0, worstDeltaSeconds: null },
    recoverySlowFraction: null,
  };
}

describe("bestSession", () => {
  it("is the fully timed session closest to target over its reps, fast or slow", () => {
    const sessions = [
      session("a", "2026-09-01", [1, 1, 1, 1]),
      session("b", "2026-10-01", [-0.5, 0.5, -0.5, 0.4]),
      session("c", "2026-11-01", [0, 0, 0, null]), // a rep not timed: not comparable
      session("d", "2026-12-01", [-2, 0, 0, 0]),
    ];
    expect(bestSession(sessions)).toEqual({
      assignmentId: "b",
      date: "2026-10-01",
      offSeconds: 1.9,
    });
    expect(bestSession([sessions[2]!])).toBeNull();
    expect(bestSession([])).toBeNull();
  });

  it("prefers the later of two equally close sessions", () => {
    const tie = [
      session("a", "2026-09-01", [1, 0, 0, 0]),
      session("b", "2026-10-01", [0, -1, 0, 0]),
    ];
    expect(bestSession(tie)?.assignmentId).toBe("b");
  });
});
