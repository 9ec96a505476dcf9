import { formatTime, repDistanceLabel, type Prescription } from "@/lib/pacing";

export type RepView = {
  /** "1600 m", "1 mile", "1320 yd". */
  distance: string;
  target: string;
  /** [fastest, slowest]. */
  window: [string, string];
  laps: string[];
  splits: string[];
};

export type PrescriptionView = {
  fiveK: string;
  /** 5K pace for one lap. */
  lap: string;
  /** "400 m" or "440 yd": one lap, which is also the recovery distance. */
  lapDistance: string;
  reps: RepView[];
  recovery: { distance: string; target: string; count: number };
  total: string;
  /** How much longer the session (reps and jogs) takes than the 5K itself, in whole percent. */
  longerThanFiveKPercent: number;
};

/**
 * The watch-face strings for a prescription ("4:42.5", "1:34.2"), shared by the target card and
 * the JSON API so a sheet and a program never disagree. Pure: no React, so a route can use it.
 */
export function describePrescription(prescription: Prescription): PrescriptionView {
  const { units } = prescription;
  return {
    fiveK: formatTime(prescription.fiveKSeconds),
    lap: formatTime(prescription.lapSeconds),
    lapDistance: repDistanceLabel(units, 1),
    reps: prescription.reps.map((rep) => ({
      distance: repDistanceLabel(units, rep.laps),
      target: formatTime(rep.targetSeconds),
      window: [formatTime(rep.windowSeconds[0]), formatTime(rep.windowSeconds[1])],
      laps: rep.lapSeconds.map((seconds) => formatTime(seconds)),
      splits: rep.splitSeconds.map((seconds) => formatTime(seconds)),
    })),
    recovery: {
      distance: repDistanceLabel(units, 1),
      target: formatTime(prescription.recovery.targetSeconds),
      count: prescription.recovery.count,
    },
    total: formatTime(prescription.totalSeconds),
    longerThanFiveKPercent: Math.round(
      (prescription.totalSeconds / prescription.fiveKSeconds - 1) * 100,
    ),
  };
}
