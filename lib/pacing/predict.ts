import { PacingInputError } from "./errors";

/** Riegel's fatigue exponent unless a squad chose another (recalibrate.ts re-exports it). */
export const RIEGEL_EXPONENT = 1.06;

/**
 * Race-time prediction: the time a runner who ran `meters` in `seconds` would run over `toMeters`.
 * Coaches differ on the model, so four published ones are offered (docs/coaching-rules.md,
 * "Prediction models"). From 5000 m in 1200 s they predict 10 km in 2502 s (Riegel), 2500 s
 * (Cameron), 2490 s (Purdy) and 2488 s (Daniels).
 */
export const PREDICTION_MODELS = ["riegel", "daniels", "cameron", "purdy"] as const;
export type PredictionModel = (typeof PREDICTION_MODELS)[number];

export type PredictInput = {
  meters: number;
  seconds: number;
  toMeters: number;
  model: PredictionModel;
  /** Riegel's fatigue exponent; 1.06 unless a squad chose another. */
  exponent?: number;
};

const METERS_PER_MILE = 1609.344;

/** Riegel (1977/1981): T2 = T1 × (D2/D1)^k. */
const riegelTime = (i: PredictInput) =>
  i.seconds * (i.toMeters / i.meters) ** (i.exponent ?? RIEGEL_EXPONENT);

/** Cameron's curve (distances in miles): the pace a runner holds falls as a(d) falls. */
function cameronA(meters: number): number {
  const miles = meters / METERS_PER_MILE;
  return 13.49681 - 0.048865 * miles + 2.438936 / miles ** 0.7905;
}
const cameronTime = (i: PredictInput) =>
  ((i.seconds * i.toMeters) / i.meters) * (cameronA(i.meters) / cameronA(i.toMeters));

/**
 * Purdy points (Gardner & Purdy 1970, with Purdy's 1974 least-squares running curve): the world
 * standard speed for a distance, and points that scale a time against it. Same points, other
 * distance: the predicted time.
 */
const CURVE_B = [11.15895, 4.304605, 0.5234627, 4.03156, 2.316157] as const;
const CURVE_R = [3.796158e-2, 1.646772e-3, 4.10767e-4, 7.068099e-6, 5.22099e-9] as const;

function purdyScale(meters: number) {
  const speed = CURVE_B.reduce(
    (v, b, k) => v + (k === 0 ? -1 : 1) * b * Math.exp(-CURVE_R[k]! * meters),
    0,
  );
  const a = 85 / (0.0654 - 0.00258 * speed);
  return { standardSeconds: meters / speed, a, b: 1 - 1035 / a };
}
function purdyTime(i: PredictInput): number {
  const from = purdyScale(i.meters);
  const points = from.a * (from.standardSeconds / i.seconds - from.b);
  const to = purdyScale(i.toMeters);
  return to.standardSeconds / (points / to.a + to.b);
}

/**
 * Daniels and Gilbert's VDOT (1979): the oxygen cost of the race pace over the fraction of
 * VO2max sustainable for its duration. Same VDOT, other distance: solved by bisection, since the
 * VDOT of a distance falls steadily as its time grows.
 */
export function vdot(meters: number, seconds: number): number {
  const minutes = seconds / 60;
  const v = meters / minutes;
  const cost = -4.6 + 0.182258 * v + 0.000104 * v * v;
  const fraction =
    0.8 + 0.1894393 * Math.exp(-0.012778 * minutes) + 0.2989558 * Math.exp(-0.1932605 * minutes);
  return cost / fraction;
}
function danielsTime(i: PredictInput): number {
  const target = vdot(i.meters, i.seconds);
  // Bracket by Riegel's answer: VDOT predictions sit within a few percent of it.
  let lo = riegelTime(i) * 0.5;
  let hi = riegelTime(i) * 2;
  for (let step = 0; step < 80; step++) {
    const mid = (lo + hi) / 2;
    if (vdot(i.toMeters, mid) > target) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}

/** A squad's choice: the model, and Riegel's exponent when the model is Riegel's. */
export type Prediction = { model: PredictionModel; exponent?: number };
export const DEFAULT_PREDICTION: Prediction = { model: "riegel", exponent: RIEGEL_EXPONENT };

/** How a suggestion names the model that produced it: "Riegel 1.06", "Daniels VDOT". */
export function predictionLabel({ model, exponent }: Prediction): string {
  if (model === "riegel") return `Riegel ${(exponent ?? RIEGEL_EXPONENT).toFixed(2)}`;
  return { daniels: "Daniels VDOT", cameron: "Cameron", purdy: "Purdy points" }[model];
}

const MODELS: Record<PredictionModel, (i: PredictInput) => number> = {
  riegel: riegelTime,
  cameron: cameronTime,
  purdy: purdyTime,
  daniels: danielsTime,
};

/** Seconds for `toMeters`, by the chosen model. Throws PacingInputError on impossible input. */
export function predictRaceSeconds(input: PredictInput): number {
  const { meters, seconds, toMeters, model, exponent } = input;
  for (const [name, value] of Object.entries({ meters, seconds, toMeters })) {
    if (!Number.isFinite(value) || value <= 0)
      throw new PacingInputError(name, `${name} must be a positive number.`);
  }
  if (!(model in MODELS))
    throw new PacingInputError("model", `Unknown prediction model "${model}".`);
  if (exponent !== undefined && !(exponent >= 1 && exponent <= 1.2))
    throw new PacingInputError("exponent", "Riegel's exponent must be between 1.00 and 1.20.");
  const predicted = MODELS[model](input);
  if (!Number.isFinite(predicted) || predicted <= 0)
    throw new PacingInputError(
      "seconds",
      "That performance is outside what the model can predict from.",
    );
  return predicted;
}
