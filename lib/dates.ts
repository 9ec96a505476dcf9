/**
 * Calendar-day arithmetic on "YYYY-MM-DD" strings. Session dates are calendar days, not instants,
 * so everything here works in UTC, where a day is always 24 hours long. Shared by pages, client
 * components and server reads alike, so "today" and "a valid day" mean one thing everywhere.
 */
const DAY_MS = 86_400_000;

const toMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * The years a day may fall in. PostgreSQL refuses year 0000 outright (a 500, not "no such day"),
 * and no training session is that old or that far ahead, so anything outside is not a day.
 */
export const FIRST_YEAR = 1900;
export const LAST_YEAR = 2100;

/** For a "YYYY-MM-DD" string: whether its year is one we keep. */
export function inYearRange(day: string): boolean {
  const year = Number(day.slice(0, 4));
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

export function isDay(value: unknown): value is string {
  return (
    typeof value === "string" &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    !Number.isNaN(toMs(value)) &&
    fromMs(toMs(value)) === value &&
    inYearRange(value)
  );
}

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One Intl.DateTimeFormat per locale and options, kept: making one costs about a thousand times
 * formatting with it, and the squad pages format hundreds of dates (made afresh per call, this
 * was 30 ms of the coach's home at club scale: docs/performance.md). Throws on an unknown zone,
 * as the constructor does; nothing is kept then.
 */
export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** Today in the viewer's time zone; an unknown zone falls back to UTC. */
export function todayIn(timeZone: string): string {
  try {
    return dateFormat("en-CA", { timeZone }).format(new Date());
  } catch {
    return fromMs(Date.now());
  }
}

export const addDays = (day: string, days: number) => fromMs(toMs(day) + days * DAY_MS);

/** 0 = Monday … 6 = Sunday: training weeks start on Monday. */
export const weekday = (day: string) => (new Date(toMs(day)).getUTCDay() + 6) % 7;

export const startOfWeek = (day: string) => addDays(day, -weekday(day));

/** The next Tuesday strictly after `day` (a track night), a week ahead when `day` is one. */
export function nextTuesday(day: string): string {
  const ahead = (1 - weekday(day) + 7) % 7 || 7;
  return addDays(day, ahead);
}

export function addMonths(day: string, months: number): string {
  const d = new Date(toMs(day));
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1));
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay));
  return fromMs(target.getTime());
}

export type CalendarView = "week" | "month";

/**
 * The days a view shows: a Monday-to-Sunday week, or every whole week touching the month, so the
 * month grid has full rows.
 */
export function viewDays(view: CalendarView, day: string): string[] {
  let first = startOfWeek(day);
  let count = 7;
  if (view === "month") {
    const monthStart = `${day.slice(0, 8)}01`;
    const monthEnd = addDays(addMonths(monthStart, 1), -1);
    first = startOfWeek(monthStart);
    count = Math.round((toMs(startOfWeek(monthEnd)) - toMs(first)) / DAY_MS) + 7;
  }
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

export const shiftView = (view: CalendarView, day: string, step: 1 | -1) =>
  view === "week" ? addDays(day, 7 * step) : addMonths(day, step);

/** "Tue, 3 Mar 2026" and friends, for a calendar day whatever the viewer's zone. */
export function formatDay(day: string, options: Intl.DateTimeFormatOptions): string {
  return dateFormat("en-GB", { timeZone: "UTC", ...options }).format(new Date(toMs(day)));
}

/** "Fri, 27 Nov 2026". */
export const longDay = (day: string) =>
  formatDay(day, { weekday: "short", day: "numeric", month: "short", year: "numeric" });

/** "27 Nov 2026": where the weekday would only crowd (tables, a list of dates). */
export const mediumDay = (day: string) =>
  formatDay(day, { day: "numeric", month: "short", year: "numeric" });

/** "Fri 27 Nov": where the year goes without saying (this season's dates). */
export const shortDay = (day: string) =>
  formatDay(day, { weekday: "short", day: "numeric", month: "short" });

/** "27 Nov": a chart's axis, whose ticks are too close for more. */
export const tickDay = (day: string) => formatDay(day, { day: "numeric", month: "short" });

/** The calendar day of a UTC instant in epoch milliseconds (a chart's x coordinate). */
export const dayOfMs = fromMs;
