import { describe, expect, it } from "vitest";
import { analyseSession, prescribeStepDown } from "./index";
import { hasFade, triage, type TriageAthlete, type TriageSession } from "./triage";

const plan = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });
const TODAY = "2026-12-01";

/**
 * A logged session: every lap of rep i `shift[i]` seconds off its target (negative is fast), and
 * with `fade` the last lap of the 1600 four seconds slow.
 */
function run(id: string, date: string, shift: number[] = [0, 0, 0, 0], fade = false) {
  const analysis = analyseSession(plan, {
    reps: plan.reps.map((rep, r) => ({
      lapSeconds: rep.lapSeconds.map(
        (lap, l) => lap + (shift[r] ?? 0) + (fade && r === 0 && l === 3 ? 4 : 0),
      ),
    })),
  });
  return { assignmentId: id, date, analysis, decided: true } satisfies TriageSession;
}

function athlete(name: string, over: Partial<TriageAthlete> = {}): TriageAthlete {
  return {
    id: `id-${name}`,
    name,
    sessions: [],
    missed: null,
    latestMarkDate: "2026-11-01",
    ...over,
  };
}

const lines = (athletes: TriageAthlete[]) =>
  triage(athletes, { today: TODAY }).map((l) => [l.kind, l.athlete.name, l.what, l.assignmentId]);

describe("triage", () => {
  it("says nothing about an athlete on target with a recent mark", () => {
    const even = athlete("Even", { sessions: [run("s2", "2026-11-24"), run("s1", "2026-11-17")] });
    expect(triage([even], { today: TODAY })).toEqual([]);
  });

  it("names who missed the last session, linked to it", () => {
    const missed = { assignmentId: "m1", date: "2026-11-24" };
    expect(lines([athlete("Away", { missed })])).toEqual([
      ["missed", "Away", "missed the last session", "m1"],
    ]);
  });

  it("names a rep off target the same way twice in a row, and only then", () => {
    const fast = [-1.5, 0, 0, 0];
    const slowThird = [0, 0, 2, 0];
    const twice = athlete("Twice", {
      sessions: [run("b", "2026-11-24", fast), run("a", "2026-11-17", fast)],
    });
    const opposite = athlete("Opposite", {
      sessions: [run("d", "2026-11-24", fast), run("c", "2026-11-17", [1.5, 0, 0, 0])],
    });
    const once = athlete("Once", {
      sessions: [run("f", "2026-11-24", slowThird), run("e", "2026-11-17")],
    });
    const third = athlete("Third", {
      sessions: [run("h", "2026-11-24", slowThird), run("g", "2026-11-17", slowThird)],
    });
    expect(lines([twice, opposite, once, third])).toEqual([
      ["off-target", "Third", "rep 3 (800) too slow in the last two sessions", "h"],
      ["off-target", "Twice", "rep 1 (1600) too fast in the last two sessions", "b"],
    ]);
  });

  it("names a fade late in two sessions out of the last three, from the findings", () => {
    const faded = run("x", "2026-11-24", undefined, true);
    expect(hasFade(faded.analysis)).toBe(true);
    expect(faded.analysis.findings).toContain("Faded on lap 4 of the 1600 (+4.0 s)");
    const two = athlete("Fader", {
      sessions: [faded, run("w", "2026-11-17"), run("v", "2026-11-10", undefined, true)],
    });
    const oldFades = athlete("Recovered", {
      sessions: [
        run("z3", "2026-11-24"),
        run("z2", "2026-11-17"),
        run("z1", "2026-11-10", undefined, true),
        run("z0", "2026-11-03", undefined, true),
      ],
    });
    expect(lines([two, oldFades])).toEqual([
      ["fading", "Fader", "faded late in 2 of the last 3 sessions", "x"],
    ]);
  });

  it("lists a 5K suggestion waiting for an answer, naming the model", () => {
    const waiting = { ...run("q", "2026-11-24", [-3, -2, -1.5, -1]), decided: false };
    const answered = run("r", "2026-11-24", [-3, -2, -1.5, -1]);
    const old = { ...run("o", "2026-09-01", [-3, -2, -1.5, -1]), decided: false };
    const found = triage(
      [athlete("Quick", { sessions: [waiting] }), athlete("Done", { sessions: [answered] })].concat(
        athlete("Old", { sessions: [old] }),
      ),
      { today: TODAY, prediction: { model: "daniels" } },
    ).filter((l) => l.kind === "suggestion");
    expect(found.map((l) => [l.athlete.name, l.what, l.assignmentId])).toEqual([
      ["Quick", "a faster 5K is suggested (Daniels VDOT), waiting for your answer", "q"],
    ]);
  });

  it("names athletes with no 5K mark newer than 12 weeks, linked to the athlete", () => {
    const stale = athlete("Stale", { latestMarkDate: "2026-09-01" });
    const none = athlete("None", { latestMarkDate: null });
    const edge = athlete("Edge", { latestMarkDate: "2026-09-08" }); // exactly 12 weeks
    const found = triage([stale, none, edge], { today: TODAY });
    expect(found).toEqual([
      {
        kind: "stale-mark",
        athlete: { id: "id-None", name: "None" },
        what: "has no 5K mark",
      },
      {
        kind: "stale-mark",
        athlete: { id: "id-Stale", name: "Stale" },
        what: "has no 5K mark newer than 12 weeks",
        date: "2026-09-01",
      },
    ]);
  });

  it("groups lines by rule in a fixed order", () => {
    const fast = [0, -1.5, 0, 0];
    const everything = athlete("All", {
      missed: { assignmentId: "m", date: "2026-11-24" },
      latestMarkDate: null,
      sessions: [run("b", "2026-11-17", fast, true), run("a", "2026-11-10", fast, true)],
    });
    expect(triage([everything], { today: TODAY }).map((l) => l.kind)).toEqual([
      "missed",
      "off-target",
      "fading",
      "stale-mark",
    ]);
  });
});
