/**
 * Rounds half away from zero to `decimals` places. Going through toPrecision first absorbs the
 * binary noise in sums like 94.1 + 94.2 (= 188.29999…), so a tie rounds the way a person would.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const raw = Math.abs(value) * factor;
  // toPrecision(12) strips binary noise (1.005 * 100 is 100.49999999999999) before rounding. It
  // moves a value under 1e9 by less than 1e-3, so it can change the nearest integer only for a
  // value that close to a half: everything else skips it, as it was most of an analysis's time.
  const nearHalf = Math.abs(raw - Math.floor(raw) - 0.5) <= 1e-3;
  const scaled = raw >= 1e9 || nearHalf ? Number(raw.toPrecision(12)) : raw;
  const rounded = (Math.sign(value) * Math.round(scaled)) / factor;
  // Avoid handing -0 to display code ("-0:00").
  return rounded === 0 ? 0 : rounded;
}

export function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Callers guarantee a non-empty list; an empty one yields NaN rather than a silent 0. */
export function mean(values: readonly number[]): number {
  return sum(values) / values.length;
}

/** Population standard deviation: the laps logged are the whole rep, not a sample of it. */
export function stdDev(values: readonly number[]): number {
  const average = mean(values);
  return Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
}
