export type Units = "metric" | "imperial";

export const UNITS: readonly Units[] = ["metric", "imperial"];

export const FIVE_K_METERS = 5000;
export const METRIC_LAP_METERS = 400;
/** 440 yd × 0.9144 m/yd: the imperial track lap, so the mile is exactly 4 laps. */
export const IMPERIAL_LAP_METERS = 402.336;

/** The step-down itself: 4, 3, 2 and 1 laps. */
export const REP_LAPS = [4, 3, 2, 1] as const;

export function isUnits(value: unknown): value is Units {
  return value === "metric" || value === "imperial";
}

export function lapMetersFor(units: Units): number {
  return units === "metric" ? METRIC_LAP_METERS : IMPERIAL_LAP_METERS;
}

/** The name a coach uses for a rep: "the 1600", "the mile", "the 880". */
export function repLabel(units: Units, laps: number): string {
  if (units === "metric") return String(laps * 400);
  return laps === 4 ? "mile" : String(laps * 440);
}

/** The distance with its unit, for tables: "1600 m", "1 mile", "1320 yd". */
export function repDistanceLabel(units: Units, laps: number): string {
  if (units === "metric") return `${laps * 400} m`;
  return laps === 4 ? "1 mile" : `${laps * 440} yd`;
}
