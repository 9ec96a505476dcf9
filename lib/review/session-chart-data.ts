import { deltaText } from "@/lib/format/time-text";
import {
  RECOVERY_SLOW_FRACTION,
  formatTime,
  repLabel,
  roundTo,
  type Prescription,
  type SessionAnalysis,
} from "@/lib/pacing";

export type LapVerdict = "on pace" | "fast" | "slow" | "faded" | "not run" | "jog ok";

/** One lap on the session chart: plain data, so a server component can hand it to the client. */
export type SessionChartPoint = {
  /** Stable key: "r1-l3", "jog-1". */
  id: string;
  /** "1600 · lap 3", "Jog 1". */
  label: string;
  kind: "rep" | "recovery";
  /** 0-based rep; for a recovery, the rep it follows (as stored in Lap.repIndex). */
  repIndex: number;
  /** 0-based lap within the rep; 0 for a recovery. */
  lapIndex: number;
  actualSeconds: number | null;
  targetSeconds: number;
  /** [fastest, slowest] acceptable time for this lap (see lapWindow). */
  window: [number, number];
  deltaSeconds: number | null;
  /** "+1.2", "-0.4", "0.0"; "—" when not run. */
  deltaLabel: string;
  verdict: LapVerdict;
  /** What a screen reader hears on focus: "1600 lap 3: 1:36.4, target 1:36, +0.4 s, on pace". */
  spoken: string;
};

/**
 * Every lap in the order it is run: the 1600's laps, jog 1, the 1200's laps, jog 2, ... the 400.
 * The per-lap window is the rep's window shared evenly over its laps, the same even pacing the
 * prescription assumes; a lap is "faded" where the engine's hold check says so, so the chart
 * never contradicts the findings.
 */
export function toSessionChartData(
  prescription: Prescription,
  analysis: SessionAnalysis,
): SessionChartPoint[] {
  const points: SessionChartPoint[] = [];
  prescription.reps.forEach((rep, repIndex) => {
    const analysed = analysis.reps[repIndex];
    const name = repLabel(prescription.units, rep.laps);
    const window: [number, number] = [
      roundTo(rep.windowSeconds[0] / rep.laps, 2),
      roundTo(rep.windowSeconds[1] / rep.laps, 2),
    ];
    rep.lapSeconds.forEach((targetSeconds, lapIndex) => {
      const lap = analysed?.lapResults[lapIndex];
      const actual = lap?.actualSeconds ?? null;
      const faded = analysed?.hold.some((h) => h.lap === lapIndex + 1 && h.faded) ?? false;
      points.push(
        point({
          id: `r${repIndex + 1}-l${lapIndex + 1}`,
          label: `${name} · lap ${lapIndex + 1}`,
          kind: "rep",
          repIndex,
          lapIndex,
          actualSeconds: actual,
          targetSeconds,
          window,
          verdict: repLapVerdict(actual, window, faded),
        }),
      );
    });
    const recovery = analysis.recovery.recoveries[repIndex];
    if (repIndex < prescription.recovery.count && recovery) {
      const target = prescription.recovery.targetSeconds;
      const actual = recovery.actualSeconds;
      points.push(
        point({
          id: `jog-${repIndex + 1}`,
          label: `Jog ${repIndex + 1}`,
          kind: "recovery",
          repIndex,
          lapIndex: 0,
          actualSeconds: actual,
          targetSeconds: target,
          window: recoveryWindow(target),
          verdict: actual === null ? "not run" : recovery.flagged ? "slow" : "jog ok",
        }),
      );
    }
  });
  return points;
}

/**
 * Recoveries are judged on one side only (analyse-recoveries): from the target up to the flag
 * line RECOVERY_SLOW_FRACTION slower. A faster jog is not faulted, so the band has no fast edge
 * below the target.
 */
export function recoveryWindow(targetSeconds: number): [number, number] {
  return [targetSeconds, roundTo(targetSeconds * (1 + RECOVERY_SLOW_FRACTION), 1)];
}

function repLapVerdict(
  actual: number | null,
  [fastest, slowest]: [number, number],
  faded: boolean,
): LapVerdict {
  if (actual === null) return "not run";
  if (faded) return "faded";
  if (actual < fastest) return "fast";
  if (actual > slowest) return "slow";
  return "on pace";
}

type PointInput = Omit<SessionChartPoint, "deltaSeconds" | "deltaLabel" | "spoken">;

function point(input: PointInput): SessionChartPoint {
  const deltaSeconds =
    input.actualSeconds === null ? null : roundTo(input.actualSeconds - input.targetSeconds, 2);
  const deltaLabel = deltaText(deltaSeconds, { unit: false });
  const name = input.label.replace(" · ", " ");
  const target = `target ${formatTime(input.targetSeconds)}`;
  const spoken =
    input.actualSeconds === null
      ? `${name}: not timed, ${target}`
      : `${name}: ${formatTime(input.actualSeconds)}, ${target}, ${deltaLabel} s, ${input.verdict}`;
  return { ...input, deltaSeconds, deltaLabel, spoken };
}

/** The y range for one kind of point: every actual, target and band edge, padded to whole seconds. */
export function yDomain(
  points: readonly SessionChartPoint[],
  kind: SessionChartPoint["kind"],
  padding = 1,
): [number, number] {
  const values = points
    .filter((p) => p.kind === kind)
    .flatMap((p) => [
      p.targetSeconds,
      ...p.window,
      ...(p.actualSeconds === null ? [] : [p.actualSeconds]),
    ]);
  if (values.length === 0) return [0, 1];
  return [Math.floor(Math.min(...values) - padding), Math.ceil(Math.max(...values) + padding)];
}

export const repPoints = (points: readonly SessionChartPoint[]) =>
  points.filter((p) => p.kind === "rep");

export const recoveryPoints = (points: readonly SessionChartPoint[]) =>
  points.filter((p) => p.kind === "recovery");
