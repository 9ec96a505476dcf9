import type { RecoveryAnalysis, RecoveryResult } from "./analysis-types";
import { mean, roundTo } from "./numbers";
import type { Prescription } from "./prescribe";
import { RECOVERY_SLOW_FRACTION } from "./thresholds";

/**
 * Only slow recoveries are judged: docs/coaching-rules.md calls the recovery "a jog, not a race", but one run
 * much slower than its target makes the next rep easier than prescribed.
 */
export function analyseRecoveries(
  prescription: Prescription,
  logged: ReadonlyArray<number | null> = [],
): RecoveryAnalysis {
  const { targetSeconds, count } = prescription.recovery;
  const recoveries: RecoveryResult[] = Array.from({ length: count }, (_, index) => {
    const actualSeconds = logged[index] ?? null;
    const slowByFraction =
      actualSeconds === null ? null : roundTo((actualSeconds - targetSeconds) / targetSeconds, 4);
    return {
      recovery: index + 1,
      targetSeconds,
      actualSeconds,
      slowByFraction,
      flagged: slowByFraction !== null && slowByFraction > RECOVERY_SLOW_FRACTION,
    };
  });
  const fractions = recoveries.flatMap((result) =>
    result.slowByFraction === null ? [] : [result.slowByFraction],
  );
  return {
    recoveries,
    meanSlowByFraction: fractions.length > 0 ? roundTo(mean(fractions), 4) : null,
    cheated: recoveries.some((result) => result.flagged),
  };
}
