import type { HoldCheck, LapResult, RepAnalysis, RepVerdict } from "./analysis-types";
import { mean, roundTo, stdDev, sum } from "./numbers";
import type { PrescribedRep } from "./prescribe";
import { FADE_TOLERANCE_SECONDS, holdLaps } from "./thresholds";

/** Judges one rep against its frozen prescription. `index` is 0-based. */
export function analyseRep(
  rep: PrescribedRep,
  index: number,
  label: string,
  logged: ReadonlyArray<number | null>,
  previous: RepAnalysis | undefined,
): RepAnalysis {
  const lapResults: LapResult[] = rep.lapSeconds.map((targetSeconds, lapIndex) => {
    const actualSeconds = logged[lapIndex] ?? null;
    return {
      lap: lapIndex + 1,
      targetSeconds,
      actualSeconds,
      deltaSeconds: actualSeconds === null ? null : roundTo(actualSeconds - targetSeconds, 2),
    };
  });
  const times = lapResults.flatMap((result) =>
    result.actualSeconds === null ? [] : [result.actualSeconds],
  );
  const actualSeconds = times.length === rep.laps ? roundTo(sum(times), 2) : null;
  const averageLapSeconds = times.length > 0 ? roundTo(mean(times), 2) : null;
  const previousAverage = previous?.averageLapSeconds ?? null;

  return {
    rep: index + 1,
    label,
    laps: rep.laps,
    meters: rep.meters,
    verdict: verdictFor(rep, times.length, actualSeconds),
    targetSeconds: rep.targetSeconds,
    windowSeconds: rep.windowSeconds,
    actualSeconds,
    deltaSeconds: actualSeconds === null ? null : roundTo(actualSeconds - rep.targetSeconds, 2),
    lapsLogged: times.length,
    lapResults,
    averageLapSeconds,
    steppedDown:
      averageLapSeconds === null || previousAverage === null
        ? null
        : averageLapSeconds < previousAverage,
    spread:
      times.length < 2
        ? null
        : {
            rangeSeconds: roundTo(Math.max(...times) - Math.min(...times), 2),
            stdDevSeconds: roundTo(stdDev(times), 2),
          },
    hold: holdChecks(rep, lapResults),
  };
}

function verdictFor(rep: PrescribedRep, lapsLogged: number, actual: number | null): RepVerdict {
  if (lapsLogged === 0) return "not-run";
  if (actual === null) return "incomplete";
  const [fastest, slowest] = rep.windowSeconds;
  if (actual < fastest) return "too-fast";
  if (actual > slowest) return "too-slow";
  return "on-target";
}

/**
 * A checked lap fades when it is more than FADE_TOLERANCE_SECONDS slower than its target, or
 * slower than the rep's window allows per lap if that is looser. The second clause matters only
 * for the 400, whose window reaches 2.5 s past its target: it keeps "faded" and "on target" from
 * contradicting each other on a one-lap rep.
 */
function holdChecks(rep: PrescribedRep, lapResults: LapResult[]): HoldCheck[] {
  const windowSlack = (rep.windowSeconds[1] - rep.targetSeconds) / rep.laps;
  const tolerance = roundTo(Math.max(FADE_TOLERANCE_SECONDS, windowSlack), 2);
  const checked = holdLaps(rep.laps);
  return lapResults.flatMap(({ lap, deltaSeconds }) =>
    checked.includes(lap) && deltaSeconds !== null
      ? [{ lap, deltaSeconds, faded: deltaSeconds > tolerance }]
      : [],
  );
}
