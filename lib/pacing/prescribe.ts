import { PacingInputError } from "./errors";
import { roundTo, sum } from "./numbers";
import { DEFAULT_OFFSETS, offsetsSchema, repOffsets, type PacingOffsets } from "./offsets";
import { FIVE_K_METERS, REP_LAPS, isUnits, lapMetersFor, type Units } from "./units";

export type PrescribedRep = {
  laps: number;
  meters: number;
  /** The time a coach quotes: the middle of the window (see prescribeRep). */
  targetSeconds: number;
  /** [fastest, slowest] acceptable rep time. */
  windowSeconds: [number, number];
  /** Per-lap target, one per lap: even pace through the rep. */
  lapSeconds: number[];
  /** Cumulative splits at each lap mark; the last equals targetSeconds. */
  splitSeconds: number[];
};

export type Prescription = {
  units: Units;
  lapMeters: number;
  fiveKSeconds: number;
  /** 5K pace for one lap. */
  lapSeconds: number;
  reps: PrescribedRep[];
  recovery: { meters: number; targetSeconds: number; count: number };
  /** All reps plus all recoveries (warm-up and cool-down excluded). */
  totalSeconds: number;
};

export type PrescribeInput = {
  fiveKSeconds: number;
  units: Units;
  offsets?: PacingOffsets;
};

/** Faster than 12:00 is beyond the world record; slower than 60:00 is a walk, not a 5K pace. */
export const MIN_FIVE_K_SECONDS = 12 * 60;
export const MAX_FIVE_K_SECONDS = 60 * 60;

/** One recovery lap between reps, none after the last. */
export const RECOVERY_COUNT = REP_LAPS.length - 1;

/**
 * The 4-3-2-1 step-down targets for a 5K time, per docs/coaching-rules.md. Rounding: rep targets, windows,
 * splits, the recovery and the total to 0.1 s (what a watch shows); lap times to 0.01 s so an
 * even-paced lap stays even (1200 at 4:42.5 → 94.17 s laps). The total adds the rounded parts,
 * so it is exactly what a coach gets by summing the sheet.
 */
export function prescribeStepDown(input: PrescribeInput): Prescription {
  assertFiveKSeconds(input.fiveKSeconds);
  if (!isUnits(input.units)) {
    throw new PacingInputError("units", 'Units must be "metric" or "imperial"');
  }
  const offsets = parseOffsets(input.offsets ?? DEFAULT_OFFSETS);
  const lapMeters = lapMetersFor(input.units);
  const lap = (input.fiveKSeconds * lapMeters) / FIVE_K_METERS;

  const reps = repOffsets(offsets).map(({ laps, fast, slow }) =>
    prescribeRep(laps, lap, lapMeters, fast, slow),
  );
  const recovery = {
    meters: lapMeters,
    targetSeconds: roundTo(offsets.recoveryFactor * lap, 1),
    count: RECOVERY_COUNT,
  };
  const repsTotal = sum(reps.map((rep) => rep.targetSeconds));
  return {
    units: input.units,
    lapMeters,
    fiveKSeconds: input.fiveKSeconds,
    lapSeconds: roundTo(lap, 2),
    reps,
    recovery,
    totalSeconds: roundTo(repsTotal + recovery.count * recovery.targetSeconds, 1),
  };
}

/**
 * Design decision: the target is the middle of the window, so a coach quotes one number and the
 * athlete has equal room either side (20:00 5K: 1200 in 4:42.5 within 4:42-4:43, 800 in 3:06
 * within 3:05-3:07, 400 in 1:28.5 within 1:26-1:31).
 */
function prescribeRep(
  laps: number,
  lap: number,
  lapMeters: number,
  fast: number,
  slow: number,
): PrescribedRep {
  const even = laps * lap;
  const exactTarget = even - (fast + slow) / 2;
  const targetSeconds = roundTo(exactTarget, 1);
  const splitSeconds = Array.from({ length: laps }, (_, index) =>
    // Each split is rounded from the exact even pace, not summed from rounded laps, so rounding
    // never accumulates; the last is pinned to the quoted target.
    index === laps - 1 ? targetSeconds : roundTo((exactTarget * (index + 1)) / laps, 1),
  );
  return {
    laps,
    meters: roundTo(laps * lapMeters, 3),
    targetSeconds,
    windowSeconds: [roundTo(even - fast, 1), roundTo(even - slow, 1)],
    lapSeconds: Array.from({ length: laps }, () => roundTo(exactTarget / laps, 2)),
    splitSeconds,
  };
}

/** Shared with recalibration, which accepts a current 5K time too. */
export function assertFiveKSeconds(
  value: unknown,
  field = "fiveKSeconds",
): asserts value is number {
  if (typeof value !== "number" || Number.isNaN(value)) {
    throw new PacingInputError(field, "The 5K time must be a number of seconds");
  }
  if (value <= 0) throw new PacingInputError(field, "The 5K time must be more than zero");
  if (value < MIN_FIVE_K_SECONDS) {
    throw new PacingInputError(field, "The 5K time must be 12:00 or slower");
  }
  if (value > MAX_FIVE_K_SECONDS) {
    throw new PacingInputError(field, "The 5K time must be 60:00 or faster");
  }
}

const OFFSET_FIELDS: Record<string, string> = {
  rep2: "Rep 2 offsets",
  rep3: "Rep 3 offsets",
  rep4: "Rep 4 offsets",
  recoveryFactor: "Recovery",
};

function parseOffsets(offsets: unknown): PacingOffsets {
  const result = offsetsSchema.safeParse(offsets);
  if (result.success) return result.data;
  const messages = result.error.issues.map(
    (issue) => `${OFFSET_FIELDS[String(issue.path[0])] ?? "Offsets"}: ${issue.message}`,
  );
  // The first problem only: one fix at a time reads better than a list of paths.
  throw new PacingInputError("offsets", messages.slice(0, 1).join(""));
}
