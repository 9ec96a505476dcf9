import { roundTo } from "./numbers";
import { formatTime, parseTime } from "./time";
import { plural } from "@/lib/format/plural";

/**
 * What a coach types for one rep: lap times ("96 95.4 97 96") or cumulative splits
 * ("1:36 3:12 4:48 6:24"), recognised either way. Splits are told apart because each one is
 * far more than the one before (a split grows by a whole lap), while lap times stay alike.
 */
export type EntryMode = "auto" | "laps" | "splits";

export type RepEntry =
  | { ok: true; lapSeconds: number[]; interpretedAs: "laps" | "splits" | "empty" }
  | { ok: false; reason: string };

/** A lap faster than the 400 m world record pace, or slower than a walk, is a typing slip. */
export const FASTEST_LAP_SECONDS_PER_400 = 45;
export const SLOWEST_LAP_SECONDS = 600;

/** Split k is about k laps: at least (k - 0.5) times the first. No run of lap times grows so. */
const looksLikeSplits = (values: number[]) =>
  values.length > 1 &&
  values.every((v, i) => i === 0 || (v > values[i - 1]! && v >= values[0]! * (i + 0.5)));

const say = (seconds: number) => (seconds < 60 ? `${roundTo(seconds, 2)} s` : formatTime(seconds));

export function lapBounds(lapMeters: number): [number, number] {
  return [(FASTEST_LAP_SECONDS_PER_400 * lapMeters) / 400, SLOWEST_LAP_SECONDS];
}

/** Why a single lap or recovery time cannot be right, or null when it is plausible. */
export function lapProblem(seconds: number, lapMeters: number): string | null {
  const [fastest, slowest] = lapBounds(lapMeters);
  if (seconds < fastest)
    return `${say(seconds)} is faster than world-record pace (${say(fastest)} a lap)`;
  if (seconds > slowest) return `${say(seconds)} is slower than 10 minutes a lap`;
  return null;
}

export function parseRepEntry(
  text: string,
  laps: number,
  lapMeters: number,
  mode: EntryMode = "auto",
): RepEntry {
  const tokens = text
    .trim()
    .split(/[\s;,]+/)
    .filter(Boolean);
  if (tokens.length === 0) return { ok: true, lapSeconds: [], interpretedAs: "empty" };
  if (tokens.length > laps) {
    return {
      ok: false,
      reason: `This rep has ${plural(laps, "lap")}, but ${tokens.length} times were entered`,
    };
  }
  const values: number[] = [];
  for (const [i, token] of tokens.entries()) {
    const parsed = parseTime(token);
    if (!parsed.ok) return { ok: false, reason: `Time ${i + 1} ("${token}"): ${parsed.reason}` };
    values.push(parsed.seconds);
  }
  const asSplits = mode === "splits" || (mode === "auto" && looksLikeSplits(values));
  if (asSplits && values.some((v, i) => i > 0 && v <= values[i - 1]!)) {
    return { ok: false, reason: "Splits must grow from one lap mark to the next" };
  }
  const lapSeconds = asSplits
    ? values.map((v, i) => roundTo(i === 0 ? v : v - values[i - 1]!, 2))
    : values;
  for (const [i, lap] of lapSeconds.entries()) {
    const problem = lapProblem(lap, lapMeters);
    if (problem) return { ok: false, reason: `Lap ${i + 1}: ${problem}` };
  }
  return { ok: true, lapSeconds, interpretedAs: asSplits ? "splits" : "laps" };
}
