import type { SessionAnalysis } from "./analysis-types";
import { PacingInputError } from "./errors";
import { mean, roundTo, sum } from "./numbers";
import { MAX_FIVE_K_SECONDS, MIN_FIVE_K_SECONDS, assertFiveKSeconds } from "./prescribe";
import {
  DEFAULT_PREDICTION,
  RIEGEL_EXPONENT,
  predictRaceSeconds,
  predictionLabel,
  type Prediction,
} from "./predict";
import { formatTime } from "./time";
import { FIVE_K_METERS } from "./units";
import { plural } from "@/lib/format/plural";

export { RIEGEL_EXPONENT };
/** docs/coaching-rules.md: each rep is at a pace the athlete could hold, fresh, for 3-4 times its distance. */
export const FRESH_RACE_MULTIPLE = 4;
/** Never move the 5K time by more than 2% for each session analysed. */
export const MAX_CHANGE_PER_SESSION = 0.02;
/** Evidence under 0.5% (6 s on a 20:00 5K) is hand-timing and weather, not fitness. */
export const NOISE_FRACTION = 0.005;

const MODEL_WORDS = {
  riegel: (k: number) => `Riegel (T2 = T1 × (D2/D1)^${k})`,
  daniels: () => "Daniels-Gilbert VDOT (the same VDOT at both distances)",
  cameron: () => "Cameron (his pace curve between the two distances)",
  purdy: () => "Purdy points (the same points at both distances)",
};

/** The method in words, for the model the squad chose. */
export function recalibrationMethod(prediction: Prediction = DEFAULT_PREDICTION): string {
  const model = MODEL_WORDS[prediction.model](prediction.exponent ?? RIEGEL_EXPONENT);
  return (
    `${model}: each fully timed rep is read as race pace ` +
    `for ${FRESH_RACE_MULTIPLE}× its distance (at most 5K, so the first rep is 5K pace), turned ` +
    `into a 5K-equivalent and compared with its target's; reps weighted by distance; under ` +
    `${NOISE_FRACTION * 100}% is noise; at most ${MAX_CHANGE_PER_SESSION * 100}% per session analysed`
  );
}

export const RECALIBRATION_METHOD = recalibrationMethod();

export type RecalibrationKind = "faster" | "slower" | "keep" | "recheck";

export type RepEvidence = {
  /** 1-based position of the session in the list given. */
  session: number;
  rep: number;
  label: string;
  meters: number;
  actualSeconds: number;
  targetSeconds: number;
  actualFiveKSeconds: number;
  targetFiveKSeconds: number;
  /** actualFiveK / targetFiveK - 1: negative means faster than prescribed. */
  relativeDifference: number;
};

export type Recalibration = {
  kind: RecalibrationKind;
  currentFiveKSeconds: number;
  /** Present for "faster" and "slower" only. */
  suggestedFiveKSeconds?: number;
  changeSeconds?: number;
  reason: string;
  method: string;
  /** The prediction model that produced it, as a coach reads it: "Riegel 1.06", "Daniels VDOT". */
  model: string;
  evidence: RepEvidence[];
};

export function riegel(seconds: number, fromMeters: number, toMeters: number): number {
  return seconds * (toMeters / fromMeters) ** RIEGEL_EXPONENT;
}

/**
 * The 5K time implied by running `meters` in `seconds` at fresh race pace for 4× the distance,
 * by the squad's prediction model (Riegel 1.06 unless it chose another).
 */
export function fiveKEquivalent(
  seconds: number,
  meters: number,
  prediction: Prediction = DEFAULT_PREDICTION,
): number {
  const raceMeters = Math.min(FIVE_K_METERS, FRESH_RACE_MULTIPLE * meters);
  const raceSeconds = (seconds * raceMeters) / meters;
  // Every model maps a 5K onto itself; Daniels' would only approach it by bisection.
  if (raceMeters === FIVE_K_METERS) return raceSeconds;
  return predictRaceSeconds({
    meters: raceMeters,
    seconds: raceSeconds,
    toMeters: FIVE_K_METERS,
    model: prediction.model,
    exponent: prediction.model === "riegel" ? prediction.exponent : undefined,
  });
}

/**
 * Suggests a new 5K time from analysed sessions, oldest first; never applied by itself. The rep
 * targets were all derived from the session's 5K time, so each rep is compared with its own
 * target's 5K-equivalent, not with that time: a session run exactly as prescribed then says
 * "keep" whatever the offsets. (With one exponent the Riegel factor cancels in that ratio; the
 * equivalents are still returned because they are what a coach reads: "your 800 was a 19:30 5K".)
 */
export function recalibrate(
  sessions: readonly SessionAnalysis[],
  options: { currentFiveKSeconds?: number; prediction?: Prediction } = {},
): Recalibration {
  const last = sessions.at(-1);
  if (!last) throw new PacingInputError("sessions", "Analyse at least one session first");
  const current = options.currentFiveKSeconds ?? last.fiveKSeconds;
  assertFiveKSeconds(current, "currentFiveKSeconds");
  const prediction = options.prediction ?? DEFAULT_PREDICTION;
  const base = {
    currentFiveKSeconds: current,
    method: recalibrationMethod(prediction),
    model: predictionLabel(prediction),
  };

  if (!last.finished) {
    const { repsFullyRun, repsPlanned } = last.completion;
    return {
      ...base,
      kind: "recheck",
      reason:
        `The last session wasn't finished (${repsFullyRun} of ${repsPlanned} reps run in full): ` +
        "re-check the 5K time: it may have been over-ambitious, or it was an off day",
      evidence: [],
    };
  }

  // Unfinished earlier sessions carry no pace evidence: their reps were run tired or not at all.
  const perSession = sessions.map((session, index) => ({
    session,
    evidence: session.finished ? sessionEvidence(session, index + 1, prediction) : [],
  }));
  const evidence = perSession.flatMap((entry) => entry.evidence);
  const shifts = perSession.flatMap((entry) => sessionShift(entry.session, entry.evidence));
  const note = shifts.some((shift) => shift.discounted)
    ? " (fast reps after slow recoveries not counted)"
    : "";
  if (shifts.length === 0) {
    const reason = `No fully timed rep to compare: keep ${formatTime(current)}`;
    return { ...base, kind: "keep", reason, evidence };
  }

  const change = mean(shifts.map((shift) => shift.impliedFiveKSeconds)) / current - 1;
  const limit = MAX_CHANGE_PER_SESSION * shifts.length;
  const capped = Math.min(limit, Math.max(-limit, change));
  const suggested = Math.min(
    MAX_FIVE_K_SECONDS,
    Math.max(MIN_FIVE_K_SECONDS, Math.round(current * (1 + capped))),
  );
  const percent = `${(Math.abs(change) * 100).toFixed(1)}%`;
  const over = `over ${plural(shifts.length, "session")}`;
  if (Math.abs(change) < NOISE_FRACTION || suggested === current) {
    const reason = `The reps point to a 5K within ${percent} of ${formatTime(current)} ${over}: keep it${note}`;
    return { ...base, kind: "keep", reason, evidence };
  }
  const kind = suggested < current ? "faster" : "slower";
  const changeSeconds = roundTo(suggested - current, 1);
  const cap = capped === change ? "" : `, capped at ${MAX_CHANGE_PER_SESSION * 100}% per session`;
  return {
    ...base,
    kind,
    suggestedFiveKSeconds: suggested,
    changeSeconds,
    reason:
      `The reps point to a 5K ${percent} ${kind} ${over}: suggest ${formatTime(suggested)} ` +
      `(${formatSigned(changeSeconds)} s)${cap}${note}`,
    evidence,
  };
}

function sessionEvidence(
  session: SessionAnalysis,
  sessionNumber: number,
  prediction: Prediction,
): RepEvidence[] {
  return session.reps.flatMap((rep) => {
    if (rep.actualSeconds === null) return [];
    const equivalents = fiveKPair(rep.actualSeconds, rep.targetSeconds, rep.meters, prediction);
    if (!equivalents) return [];
    const [actualFiveKSeconds, targetFiveKSeconds] = equivalents;
    return [
      {
        session: sessionNumber,
        rep: rep.rep,
        label: rep.label,
        meters: rep.meters,
        actualSeconds: rep.actualSeconds,
        targetSeconds: rep.targetSeconds,
        actualFiveKSeconds: roundTo(actualFiveKSeconds, 1),
        targetFiveKSeconds: roundTo(targetFiveKSeconds, 1),
        relativeDifference: roundTo(actualFiveKSeconds / targetFiveKSeconds - 1, 5),
      },
    ];
  });
}

/** A rep a model cannot read (a time outside its curve) is no evidence, rather than an error page. */
function fiveKPair(actual: number, target: number, meters: number, prediction: Prediction) {
  try {
    return [
      fiveKEquivalent(actual, meters, prediction),
      fiveKEquivalent(target, meters, prediction),
    ] as const;
  } catch (error) {
    if (error instanceof PacingInputError) return null;
    throw error;
  }
}

/** Longer reps weigh more: a 0.3 s hand-timing error is 0.3% of a 400 but 0.08% of a 1600. */
function sessionShift(
  session: SessionAnalysis,
  evidence: readonly RepEvidence[],
): { impliedFiveKSeconds: number; discounted: boolean }[] {
  if (evidence.length === 0) return [];
  const weighted = sum(evidence.map((item) => item.relativeDifference * item.meters));
  let difference = weighted / sum(evidence.map((item) => item.meters));
  // Fast reps after slow recoveries were easier than prescribed: they prove no new fitness.
  const discounted = session.recovery.cheated && difference < 0;
  if (discounted) difference = 0;
  return [{ impliedFiveKSeconds: session.fiveKSeconds * (1 + difference), discounted }];
}

function formatSigned(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}
