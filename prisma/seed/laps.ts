import type { Prescription } from "@/lib/pacing";
import type { Habit } from "./demo-squad";
import type { Random } from "./random";

export type SimulatedLap = {
  kind: "REP" | "RECOVERY";
  repIndex: number;
  lapIndex: number;
  seconds: number;
};

/** How far off target (seconds) a habit runs a given lap, before random variation. */
function bias(habit: Habit, rep: number, lap: number, laps: number): number {
  switch (habit) {
    case "fader":
      // The "third quarter": the back half of the 1600 and the short reps slip.
      return rep === 0 ? Math.max(0, lap - 1) * 1.6 : rep >= 2 ? 1.5 + lap : 0.5;
    case "overcooks":
      return rep === 0 ? -2.5 : rep === 3 ? 2 : 0.8;
    case "improving":
      return -0.6;
    default:
      return lap === laps - 1 ? -0.4 : 0; // a small kick on the last lap
  }
}

/** Laps as an athlete with this habit would run the prescription; stops early when abandoned. */
export function simulateLaps(
  prescription: Prescription,
  habit: Habit,
  random: Random,
  abandoned: boolean,
): SimulatedLap[] {
  const laps: SimulatedLap[] = [];
  const repsRun = abandoned ? 2 : prescription.reps.length;
  prescription.reps.slice(0, repsRun).forEach((rep, repIndex) => {
    rep.lapSeconds.forEach((target, lapIndex) => {
      const noise = random.normal(0.5 + 0.01 * target);
      const seconds = target + bias(habit, repIndex, lapIndex, rep.laps) + noise;
      laps.push({ kind: "REP", repIndex, lapIndex, seconds });
    });
    if (repIndex < prescription.recovery.count && !(abandoned && repIndex === repsRun - 1)) {
      const factor = habit === "recovery-cheat" ? 1.32 : 1;
      const seconds = prescription.recovery.targetSeconds * factor + random.normal(4);
      laps.push({ kind: "RECOVERY", repIndex, lapIndex: 0, seconds });
    }
  });
  return laps;
}
