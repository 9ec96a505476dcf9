import { describe, expect, it } from "vitest";
import { roundTo } from "./numbers";
import {
  DEFAULT_PREDICTION,
  MAX_CHANGE_PER_SESSION,
  PREDICTION_MODELS,
  predictRaceSeconds,
  predictionLabel,
  NOISE_FRACTION,
  PacingInputError,
  RECALIBRATION_METHOD,
  analyseSession,
  fiveKEquivalent,
  prescribeStepDown,
  recalibrate,
  riegel,
  type LoggedSession,
  type Prescription,
  type SessionStatus,
} from "./index";

const plan = prescribeStepDown({ fiveKSeconds: 1200, units: "metric" });
const targets = [384, 282.5, 186, 88.5];

/** A session whose every lap is the prescribed lap scaled by `factor` (0.98 = 2% fast). */
function scaled(factor: number, recovery = 192, status: SessionStatus = "completed") {
  const logged: LoggedSession = {
    reps: plan.reps.map((rep) => ({
      lapSeconds: rep.lapSeconds.map(() => roundTo((rep.targetSeconds * factor) / rep.laps, 2)),
    })),
    recoveries: [recovery, recovery, recovery],
    status,
  };
  return analyseSession(plan, logged);
}

describe("Riegel", () => {
  it("is T2 = T1 × (D2/D1)^1.06", () => {
    expect(riegel(1200, 5000, 10000)).toBeCloseTo(1200 * 2 ** 1.06, 9);
    expect(riegel(1200, 5000, 10000)).toBeCloseTo(2501.9, 1);
  });

  it("reads a rep as fresh race pace for 4× its distance, at most 5K", () => {
    // The 1600 at 5K pace is the 5K itself.
    expect(fiveKEquivalent(384, 1600)).toBeCloseTo(1200, 9);
    // docs/coaching-rules.md: the 800 at two-mile pace or better, the 400 near mile pace.
    expect(fiveKEquivalent(186, 800)).toBeCloseTo(186 * 4 * (5000 / 3200) ** 1.06, 9);
    expect(fiveKEquivalent(88.5, 400)).toBeCloseTo(88.5 * 4 * (5000 / 1600) ** 1.06, 9);
  });
});

describe("recalibrate", () => {
  it("keeps the 5K time after a session run as prescribed", () => {
    const result = recalibrate([scaled(1)]);
    expect(result).toMatchObject({
      kind: "keep",
      currentFiveKSeconds: 1200,
      reason: "The reps point to a 5K within 0.0% of 20:00 over 1 session: keep it",
      method: RECALIBRATION_METHOD,
    });
    expect(result.suggestedFiveKSeconds).toBeUndefined();
    expect(result.evidence.map((item) => item.targetSeconds)).toEqual(targets);
    expect(result.evidence[2]).toMatchObject({
      label: "800",
      actualFiveKSeconds: 1194,
      relativeDifference: 0,
    });
  });

  it("calls differences under 0.5% noise", () => {
    expect(NOISE_FRACTION).toBe(0.005);
    const result = recalibrate([scaled(0.997)]);
    expect(result.kind).toBe("keep");
    expect(result.reason).toBe(
      "The reps point to a 5K within 0.3% of 20:00 over 1 session: keep it",
    );
  });

  it("suggests a faster 5K from reps run 1% fast, weighting reps by distance", () => {
    const session = scaled(0.99);
    const reps = session.reps.map((rep) => ({
      meters: rep.meters,
      ratio: (rep.actualSeconds ?? 0) / rep.targetSeconds,
    }));
    const weighted = reps.reduce((s, rep) => s + rep.meters * (rep.ratio - 1), 0) / 4000;
    const expected = Math.round(1200 * (1 + weighted));
    const result = recalibrate([session]);
    expect(expected).toBe(1188);
    expect(result).toMatchObject({
      kind: "faster",
      suggestedFiveKSeconds: expected,
      changeSeconds: expected - 1200,
      reason: "The reps point to a 5K 1.0% faster over 1 session: suggest 19:48 (-12 s)",
    });
  });

  it("never moves more than 2% for one session", () => {
    expect(MAX_CHANGE_PER_SESSION).toBe(0.02);
    const result = recalibrate([scaled(0.96)]);
    expect(result.suggestedFiveKSeconds).toBe(1176);
    expect(result.reason).toBe(
      "The reps point to a 5K 4.0% faster over 1 session: suggest 19:36 (-24 s), capped at 2% per session",
    );
  });

  it("allows 2% per session analysed", () => {
    const result = recalibrate([scaled(0.97), scaled(0.97)]);
    expect(result.kind).toBe("faster");
    expect(result.suggestedFiveKSeconds).toBe(1164);
    expect(result.reason).toContain("over 2 sessions");
    expect(result.reason).not.toContain("capped");
    expect(result.evidence.map((item) => item.session)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
  });

  it("suggests a slower 5K from reps run slow", () => {
    const result = recalibrate([scaled(1.012)]);
    expect(result).toMatchObject({
      kind: "slower",
      suggestedFiveKSeconds: 1214,
      changeSeconds: 14,
    });
    expect(result.reason).toBe(
      "The reps point to a 5K 1.2% slower over 1 session: suggest 20:14 (+14 s)",
    );
  });

  it("asks for a re-check after an unfinished session instead of a number", () => {
    const abandoned = analyseSession(plan, {
      reps: [{ lapSeconds: [96, 96, 98, 101] }, { lapSeconds: [95] }],
      status: "abandoned",
    });
    const result = recalibrate([scaled(1), abandoned]);
    expect(result).toEqual({
      kind: "recheck",
      currentFiveKSeconds: 1200,
      method: RECALIBRATION_METHOD,
      model: "Riegel 1.06",
      reason:
        "The last session wasn't finished (1 of 4 reps run in full): re-check the 5K time: " +
        "it may have been over-ambitious, or it was an off day",
      evidence: [],
    });
  });

  it("asks for a re-check when a rep was not run, even if marked completed", () => {
    const skipped = analyseSession(plan, {
      reps: [
        { lapSeconds: [96, 96, 96, 96] },
        { lapSeconds: [94, 94, 94] },
        { lapSeconds: [93, 93] },
      ],
      status: "completed",
    });
    expect(recalibrate([skipped]).kind).toBe("recheck");
  });

  it("ignores an older unfinished session's reps", () => {
    const partial = scaled(0.95, 192, "partial");
    const result = recalibrate([partial, scaled(1)]);
    expect(result.kind).toBe("keep");
    expect(result.evidence.every((item) => item.session === 2)).toBe(true);
  });

  it("does not trust fast reps after cheated recoveries", () => {
    const result = recalibrate([scaled(0.98, 240)]);
    expect(result.kind).toBe("keep");
    expect(result.reason).toBe(
      "The reps point to a 5K within 0.0% of 20:00 over 1 session: keep it (fast reps after slow recoveries not counted)",
    );
    // Slow reps despite easy recoveries are still evidence.
    expect(recalibrate([scaled(1.012, 240)]).kind).toBe("slower");
  });

  it("keeps the time when no rep was fully timed", () => {
    // Impossible with the 4-3-2-1 (a finished session has a timed 400), but a prescription read
    // back through prescriptionSchema may have any reps: the engine must still not invent a move.
    const twoLaps: Prescription = {
      ...plan,
      reps: plan.reps.slice(2, 3),
      recovery: { ...plan.recovery, count: 0 },
    };
    const untimed = analyseSession(twoLaps, {
      reps: [{ lapSeconds: [93, null] }],
      status: "completed",
    });
    expect(untimed.finished).toBe(true);
    expect(recalibrate([untimed])).toMatchObject({
      kind: "keep",
      reason: "No fully timed rep to compare: keep 20:00",
      evidence: [],
    });
  });

  it("measures against the athlete's current 5K time when given", () => {
    const result = recalibrate([scaled(1)], { currentFiveKSeconds: 1190 });
    expect(result).toMatchObject({
      kind: "slower",
      suggestedFiveKSeconds: 1200,
      changeSeconds: 10,
    });
  });

  it("stays within the 5K times the engine accepts", () => {
    const fastest = prescribeStepDown({ fiveKSeconds: 720, units: "metric" });
    const session = analyseSession(fastest, {
      reps: fastest.reps.map((rep) => ({ lapSeconds: rep.lapSeconds.map((lap) => lap - 1) })),
      status: "completed",
    });
    const result = recalibrate([session]);
    expect(result.kind).toBe("keep");
    expect(result.suggestedFiveKSeconds).toBeUndefined();
  });

  it("refuses to work from nothing or from a bad current time", () => {
    expect(() => recalibrate([])).toThrow(
      new PacingInputError("sessions", "Analyse at least one session first"),
    );
    expect(() => recalibrate([scaled(1)], { currentFiveKSeconds: 600 })).toThrow(
      new PacingInputError("currentFiveKSeconds", "The 5K time must be 12:00 or slower"),
    );
  });
});

describe("recalibrate with the squad's prediction model", () => {
  it("names the model: Riegel 1.06 by default, the method in words", () => {
    const result = recalibrate([scaled(0.99)]);
    expect(result.model).toBe("Riegel 1.06");
    expect(result.method).toBe(RECALIBRATION_METHOD);
    expect(recalibrate([scaled(0.99)], { prediction: DEFAULT_PREDICTION })).toEqual(result);
  });

  it("reads reps with Daniels, Cameron or Purdy when the squad chose one", () => {
    for (const [model, label, words] of [
      ["daniels", "Daniels VDOT", "VDOT"],
      ["cameron", "Cameron", "Cameron"],
      ["purdy", "Purdy points", "Purdy"],
    ] as const) {
      const result = recalibrate([scaled(0.99)], { prediction: { model } });
      expect(result).toMatchObject({ kind: "faster", model: label });
      expect(result.method).toContain(words);
      // The 800 is read as a 3200 and carried to 5K by that model, not by Riegel.
      const rep = result.evidence.find((e) => e.meters === 800)!;
      const expected = predictRaceSeconds({
        meters: 3200,
        seconds: rep.actualSeconds * 4,
        toMeters: 5000,
        model,
      });
      expect(rep.actualFiveKSeconds).toBeCloseTo(expected, 1);
    }
  });

  it("takes Riegel's exponent from the squad", () => {
    const prediction = { model: "riegel", exponent: 1.1 } as const;
    const result = recalibrate([scaled(0.99)], { prediction });
    expect(result.model).toBe("Riegel 1.10");
    expect(result.method).toContain("^1.1)");
    expect(fiveKEquivalent(186, 800, prediction)).toBeCloseTo(186 * 4 * (5000 / 3200) ** 1.1, 9);
    // The 1600 is 5K pace whatever the model: every model maps a 5K onto itself.
    expect(fiveKEquivalent(384, 1600, { model: "daniels" })).toBeCloseTo(1200, 9);
  });

  it("labels each model as a coach reads it", () => {
    expect(PREDICTION_MODELS.map((model) => predictionLabel({ model }))).toEqual([
      "Riegel 1.06",
      "Daniels VDOT",
      "Cameron",
      "Purdy points",
    ]);
  });
});
