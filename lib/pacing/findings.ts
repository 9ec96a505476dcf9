import type { RecoveryAnalysis, RepAnalysis } from "./analysis-types";
import { mean, roundTo } from "./numbers";
import { formatDelta, formatTime } from "./time";
import { UNEVEN_RANGE_SECONDS } from "./thresholds";

/**
 * The short notes a coach would write under the session, in a fixed order: completion, untimed
 * laps, windows, the third-quarter hold, the step-down, evenness, recoveries. Deterministic: the
 * same log always reads the same.
 */
export function sessionFindings(
  reps: readonly RepAnalysis[],
  recovery: RecoveryAnalysis,
  finished: boolean,
): string[] {
  const fullyRun = reps.filter((rep) => rep.actualSeconds !== null).length;
  return [
    finished
      ? `Completed all ${reps.length} reps`
      : `Didn't finish (${fullyRun} of ${reps.length} reps run in full): re-check the 5K time`,
    ...reps.flatMap((rep) => missingLapFindings(rep, finished)),
    ...windowFindings(reps),
    ...holdFindings(reps),
    ...reps.flatMap((rep, index) => stepDownFindings(rep, reps[index - 1])),
    ...reps.flatMap(unevenFindings),
    ...recoveryFindings(reps, recovery),
  ];
}

function missingLapFindings(rep: RepAnalysis, finished: boolean): string[] {
  if (rep.lapsLogged === 0 || rep.lapsLogged === rep.laps) return [];
  const missing = rep.lapResults.filter((lap) => lap.actualSeconds === null).map((lap) => lap.lap);
  const trailing = missing.every((lap) => lap > rep.lapsLogged);
  if (!finished && trailing) {
    return [`Stopped during the ${rep.label} (${rep.lapsLogged} of ${rep.laps} laps)`];
  }
  return missing.length === 1
    ? [`Lap ${missing.join("")} of the ${rep.label} wasn't timed`]
    : [`Laps ${list(missing.map(String))} of the ${rep.label} weren't timed`];
}

function windowFindings(reps: readonly RepAnalysis[]): string[] {
  const onTarget = reps.filter((rep) => rep.verdict === "on-target");
  const misses = reps.flatMap((rep) => {
    const miss = rep.verdict === "too-fast" || rep.verdict === "too-slow";
    if (!miss || rep.actualSeconds === null) return [];
    const [fastest, slowest] = rep.windowSeconds.map((seconds) => formatTime(seconds));
    const how = rep.verdict === "too-fast" ? "too fast" : "too slow";
    const actual = formatTime(rep.actualSeconds);
    return [`The ${rep.label} was ${how} (${actual} against ${fastest}–${slowest})`];
  });
  if (onTarget.length === reps.length) return ["Every rep inside its window"];
  if (onTarget.length === 0) return misses;
  return [`Inside the window: ${list(onTarget.map((rep) => `the ${rep.label}`))}`, ...misses];
}

/** The "third quarter" (docs/coaching-rules.md): did the 1600 hold 5K pace late, did the 800 and 400 hold. */
function holdFindings(reps: readonly RepAnalysis[]): string[] {
  const findings: string[] = [];
  const first = reps.find((rep) => rep.laps === 4);
  const lap3 = first?.hold.find((check) => check.lap === 3);
  const lap4 = first?.hold.find((check) => check.lap === 4);
  // A 1600 run slow throughout held its own pace, not 5K pace: the window finding says so.
  if (first && first.verdict !== "too-slow" && lap3 && !lap3.faded) {
    findings.push(
      lap4 && !lap4.faded
        ? `Held 5K pace to the end of the ${first.label}`
        : `Held 5K pace through lap 3 of the ${first.label}`,
    );
  }
  const short = reps.filter((rep) => rep.laps <= 2 && rep.hold.length === rep.laps);
  // A one-lap fade is already a "too slow" window finding, so only multi-lap fades are told.
  for (const rep of [...(first ? [first] : []), ...short.filter((rep) => rep.laps > 1)]) {
    for (const check of rep.hold.filter((c) => c.faded)) {
      findings.push(
        `Faded on lap ${check.lap} of the ${rep.label} (${formatDelta(check.deltaSeconds)})`,
      );
    }
  }
  const held = short.filter(
    (rep) => rep.verdict !== "too-slow" && rep.hold.every((check) => !check.faded),
  );
  if (held.length > 0) findings.push(`Held pace on ${list(held.map((rep) => `the ${rep.label}`))}`);
  return findings;
}

function stepDownFindings(rep: RepAnalysis, previous: RepAnalysis | undefined): string[] {
  const now = rep.averageLapSeconds;
  const before = previous?.averageLapSeconds ?? null;
  if (rep.steppedDown !== false || now === null || before === null) return [];
  const paces = `${tenths(now)} s laps against ${tenths(before)}`;
  return [`The ${rep.label} didn't step down from the ${previous?.label} (${paces})`];
}

function unevenFindings(rep: RepAnalysis): string[] {
  const faded = rep.hold.some((check) => check.faded);
  if (faded || !rep.spread || rep.spread.rangeSeconds <= UNEVEN_RANGE_SECONDS) return [];
  return [`Uneven laps in the ${rep.label} (range ${tenths(rep.spread.rangeSeconds)} s)`];
}

function recoveryFindings(reps: readonly RepAnalysis[], recovery: RecoveryAnalysis): string[] {
  const logged = recovery.recoveries.flatMap(({ recovery: number, slowByFraction, flagged }) =>
    slowByFraction === null ? [] : [{ number, fraction: slowByFraction, flagged }],
  );
  const flagged = logged.filter((result) => result.flagged);
  if (logged.length === 0) return [];
  if (flagged.length === 0) return ["Recoveries on target"];
  if (logged.length > 1 && flagged.length === logged.length) {
    const percent = Math.round(mean(logged.map((result) => result.fraction)) * 100);
    return [`Recoveries ${percent}% slow: the reps were easier than prescribed`];
  }
  // Recovery n follows rep n and sets up rep n + 1.
  const labels = reps.map((rep) => `the ${rep.label}`);
  return flagged.map(
    ({ number, fraction }) =>
      `The recovery after ${labels[number - 1]} was ${Math.round(fraction * 100)}% slow: ` +
      `${labels[number]} was easier than prescribed`,
  );
}

/** toFixed alone rounds the binary value: 94.15 would show as 94.1. */
function tenths(seconds: number): string {
  return roundTo(seconds, 1).toFixed(1);
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
