import { formatTime, repDistanceLabel, type Prescription } from "@/lib/pacing";

/**
 * The 4-3-2-1 as the steps a watch runs: an open warm-up, rep, jog, rep, jog, rep, jog, rep, an
 * open cool-down. Shared by the FIT file and the typed text so the two never disagree. Times are
 * what the target card prints (windows as [fastest, slowest]).
 */
export type WorkoutStep =
  | { kind: "warmup" | "cooldown"; name: string; notes: string }
  | {
      kind: "rep";
      name: string;
      notes: string;
      meters: number;
      /** [fastest, slowest] seconds: the watch's speed range must hold all of it. */
      windowSeconds: [number, number];
      targetSeconds: number;
    }
  | { kind: "recovery"; name: string; notes: string; meters: number; targetSeconds: number };

export function workoutSteps(prescription: Prescription): WorkoutStep[] {
  const { units } = prescription;
  const lap = repDistanceLabel(units, 1);
  const jog = formatTime(prescription.recovery.targetSeconds);
  const steps: WorkoutStep[] = [
    {
      kind: "warmup",
      name: "Warm-up",
      notes: "Easy running and strides; press lap at the line to start rep 1",
    },
  ];
  prescription.reps.forEach((rep, index) => {
    if (index > 0) {
      steps.push({
        kind: "recovery",
        name: `Jog ${lap} ${jog}`,
        notes: `Recovery jog ${index}: one lap in about ${jog}, at half your 5K speed`,
        meters: prescription.recovery.meters,
        targetSeconds: prescription.recovery.targetSeconds,
      });
    }
    const [fastest, slowest] = rep.windowSeconds;
    const target = formatTime(rep.targetSeconds);
    const laps = rep.lapSeconds.map((seconds) => formatTime(seconds)).join(", ");
    steps.push({
      kind: "rep",
      // ASCII only: many watch faces cannot draw an en dash.
      name: `${repDistanceLabel(units, rep.laps)} ${target}`,
      notes: `Rep ${index + 1}: ${target}, window ${formatTime(fastest)}-${formatTime(slowest)}; laps ${laps}`,
      meters: rep.meters,
      windowSeconds: [fastest, slowest],
      targetSeconds: rep.targetSeconds,
    });
  });
  steps.push({ kind: "cooldown", name: "Cool-down", notes: "Easy running; press lap to finish" });
  return steps;
}
