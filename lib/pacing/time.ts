import { PacingInputError } from "./errors";
import { roundTo } from "./numbers";

export type TimeParseResult = { ok: true; seconds: number } | { ok: false; reason: string };

const MAX_HUNDREDTHS = 24 * 3600 * 100;

/**
 * Parses what a coach types: "96", "1:36.2", "20:00", "19:59.4", "1:02:03". Hundredths are kept
 * ("1:36.25") because hand-held watches show them. Work happens in integer hundredths, so the
 * result is the closest double to the typed decimal and `parseTime(formatTime(x))` is exact.
 */
export function parseTime(text: string): TimeParseResult {
  const trimmed = text.trim();
  if (trimmed === "") return fail("empty");
  if (trimmed.startsWith("-")) return fail("a time can't be negative");
  if (trimmed.includes(",")) return fail("use a dot for tenths, like 1:36.2");
  if (!/^[\d:.]+$/.test(trimmed)) return fail("use digits and colons, like 20:00 or 1:36.2");

  const [whole = "", fraction, ...extraDots] = trimmed.split(".");
  if (extraDots.length > 0) return fail("only one decimal point, like 1:36.2");
  if (fraction !== undefined && fraction.length === 0) return fail("put a digit after the dot");
  if (fraction !== undefined && fraction.length > 2) return fail("at most two decimals");

  const parts = whole.split(":");
  if (parts.length > 3) return fail("too many colons: use h:mm:ss at most");
  if (parts.some((part) => part === "")) return fail("a number is missing, like 20:00 or 1:36.2");

  const [first = "", second, third] = parts;
  let hours = 0;
  let minutes = 0;
  let seconds = Number(first);
  if (second !== undefined) {
    const secondsText = third ?? second;
    if (secondsText.length !== 2) return fail("seconds need two digits, like 20:05");
    seconds = Number(secondsText);
    if (seconds >= 60) return fail("seconds must be under 60");
    minutes = Number(third === undefined ? first : second);
  }
  if (third !== undefined) {
    if (second?.length !== 2) return fail("minutes need two digits, like 1:02:03");
    if (minutes >= 60) return fail("minutes must be under 60");
    hours = Number(first);
  }

  const hundredths =
    ((hours * 60 + minutes) * 60 + seconds) * 100 + Number((fraction ?? "").padEnd(2, "0"));
  if (hundredths === 0) return fail("a time must be more than zero");
  if (hundredths >= MAX_HUNDREDTHS) return fail("a time must be under 24 hours");
  return { ok: true, seconds: hundredths / 100 };
}

/** As parseTime, for trusted paths (seeds, tests): throws a PacingInputError naming `field`. */
export function parseTimeOrThrow(text: string, field = "time"): number {
  const result = parseTime(text);
  if (!result.ok) throw new PacingInputError(field, result.reason);
  return result.seconds;
}

export interface FormatTimeOptions {
  /** 0: whole seconds; 1: always tenths; omitted: tenths only when they are not zero. */
  decimals?: 0 | 1;
}

/** "1:36", "4:42.5", "1:02:03". Negative values (deltas) get a leading "-". */
export function formatTime(seconds: number, options: FormatTimeOptions = {}): string {
  if (!Number.isFinite(seconds)) throw new RangeError(`Can't show ${seconds} as a time`);
  if (seconds < 0) return `-${formatTime(-seconds, options)}`;

  const tenthsTotal =
    options.decimals === 0 ? roundTo(seconds, 0) * 10 : Math.round(roundTo(seconds, 1) * 10);
  const showTenths =
    options.decimals === 1 || (options.decimals === undefined && tenthsTotal % 10 !== 0);
  const hours = Math.floor(tenthsTotal / 36000);
  const minutes = Math.floor((tenthsTotal % 36000) / 600);
  const wholeSeconds = Math.floor((tenthsTotal % 600) / 10);
  const clock =
    hours > 0 ? `${hours}:${pad(minutes)}:${pad(wholeSeconds)}` : `${minutes}:${pad(wholeSeconds)}`;
  return showTenths ? `${clock}.${tenthsTotal % 10}` : clock;
}

/** A signed difference for findings: "+3.2 s", "-1.0 s", "0.0 s". */
export function formatDelta(seconds: number): string {
  const rounded = roundTo(seconds, 1);
  const sign = rounded > 0 ? "+" : rounded < 0 ? "-" : "";
  return `${sign}${Math.abs(rounded).toFixed(1)} s`;
}

/** The rest of the app stores integer milliseconds. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000);
}

export function msToSeconds(ms: number): number {
  return ms / 1000;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function fail(reason: string): TimeParseResult {
  return { ok: false, reason };
}
