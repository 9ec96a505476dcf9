import { z } from "zod";

/** Seconds faster than k × (5K lap): [fast edge, slow edge] of a rep's acceptable window. */
export type OffsetPair = readonly [fast: number, slow: number];

export type PacingOffsets = {
  readonly rep2: OffsetPair;
  readonly rep3: OffsetPair;
  readonly rep4: OffsetPair;
  /** Recovery lap time as a multiple of the 5K lap: 2 = a jog at 50% of 5K speed. */
  readonly recoveryFactor: number;
};

/**
 * The table in docs/coaching-rules.md, as written: rep 2 is 5-6 s faster than 3 × lap, rep 3 5-7 s faster than
 * 2 × lap (the worked example's 3:05-3:07), rep 4 5-10 s faster than one lap.
 */
export const DEFAULT_OFFSETS: PacingOffsets = Object.freeze({
  rep2: Object.freeze([6, 5] as const),
  rep3: Object.freeze([7, 5] as const),
  rep4: Object.freeze([10, 5] as const),
  recoveryFactor: 2,
});

/**
 * Rep 1 is "on pace", which no one runs to the tenth: a rep-1 lap within 1 s of 5K pace counts
 * as on target (±4 s on the 1600). Even at its fast edge that stays slower per lap than rep 2's
 * slowest acceptable pace with the default offsets, so the windows never overlap.
 */
export const REP1_TOLERANCE_SECONDS_PER_LAP = 1;

export const MAX_OFFSET_SECONDS = 20;
export const MIN_RECOVERY_FACTOR = 1.5;
export const MAX_RECOVERY_FACTOR = 3;

const offset = z
  .number({ error: "offsets must be numbers of seconds" })
  .min(0, { error: "offsets can't be negative" })
  .max(MAX_OFFSET_SECONDS, { error: `offsets must be ${MAX_OFFSET_SECONDS} s or less` });

const pair = z.tuple([offset, offset]).refine(([fast, slow]) => fast >= slow, {
  error: "the fast offset must be at least the slow one",
});

/**
 * What a template may set. Bounds keep a tuned template a step-down: every offset 0-20 s, and the
 * middle of each window faster per lap than the rep before (so rep 2 is faster than 5K pace).
 * Shared with the app's forms, hence exported as a schema rather than a hand-written check.
 */
export const offsetsSchema = z
  .object({
    rep2: pair,
    rep3: pair,
    rep4: pair,
    recoveryFactor: z
      .number({ error: "the recovery factor must be a number" })
      .min(MIN_RECOVERY_FACTOR, {
        error: `the recovery factor must be at least ${MIN_RECOVERY_FACTOR}`,
      })
      .max(MAX_RECOVERY_FACTOR, {
        error: `the recovery factor must be at most ${MAX_RECOVERY_FACTOR}`,
      }),
  })
  .refine(stepsDown, {
    error: "each rep must be faster per lap than the one before",
  }) satisfies z.ZodType<PacingOffsets>;

export type RepOffsets = {
  laps: number;
  fast: number;
  slow: number;
};

/** Each rep's lap count with its [fast, slow] offsets; rep 1's are its ± tolerance on 5K pace. */
export function repOffsets(offsets: PacingOffsets): readonly RepOffsets[] {
  const rep1 = 4 * REP1_TOLERANCE_SECONDS_PER_LAP;
  return [
    { laps: 4, fast: rep1, slow: -rep1 },
    { laps: 3, fast: offsets.rep2[0], slow: offsets.rep2[1] },
    { laps: 2, fast: offsets.rep3[0], slow: offsets.rep3[1] },
    { laps: 1, fast: offsets.rep4[0], slow: offsets.rep4[1] },
  ];
}

/** Seconds per lap faster than 5K pace, at each window's middle, must grow rep by rep. */
function stepsDown(offsets: Pick<PacingOffsets, "rep2" | "rep3" | "rep4">): boolean {
  const rep2 = middle(offsets.rep2) / 3;
  const rep3 = middle(offsets.rep3) / 2;
  const rep4 = middle(offsets.rep4);
  return 0 < rep2 && rep2 < rep3 && rep3 < rep4;
}

function middle([fast, slow]: OffsetPair): number {
  return (fast + slow) / 2;
}
