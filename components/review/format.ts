import { formatDelta, formatTime, type RepVerdict } from "@/lib/pacing";

/** Seconds as a coach says a lap: "96", "95.4", "95.45" (hundredths kept, never rounded away). */
export function seconds(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Lap seconds for a table: always tenths ("96.0", "93.6"), so a column of laps lines up. */
export const lapSeconds = (value: number) => value.toFixed(1);

/** A time to type back into an input unchanged: "3:12", "3:12.45" (formatTime keeps tenths only). */
export function entryTime(value: number): string {
  const hundredths = Math.round(value * 100);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  const clock = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
  if (fraction === 0) return clock;
  return `${clock}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

/** "+1.2", "-0.4", "0.0": a lap's delta for tables, where the column header says seconds. */
export function delta(value: number | null): string {
  return value === null ? "—" : formatDelta(value).replace(" s", "");
}

export const time = (value: number | null) => (value === null ? "—" : formatTime(value));

/** Words first (never colour alone); the symbol is decoration. */
export const VERDICT: Record<RepVerdict, { words: string; icon: string; tone: string }> = {
  "on-target": { words: "On target", icon: "✓", tone: "text-emerald-800" },
  "too-fast": { words: "Too fast", icon: "▲", tone: "text-amber-800" },
  "too-slow": { words: "Too slow", icon: "▼", tone: "text-red-800" },
  "not-run": { words: "Not run", icon: "–", tone: "text-slate-600" },
  incomplete: { words: "Not all laps timed", icon: "…", tone: "text-slate-700" },
};

export const STATUS = {
  COMPLETED: "Completed",
  PARTIAL: "Partial",
  ABANDONED: "Abandoned",
} as const;

/** "Tue 3 Mar 2026": dates are calendar days stored at UTC midnight. */
export function longDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}

/** "27 Nov 2026, 17:53 GMT": an instant in the viewer's own zone (UTC if theirs is unknown). */
export function savedAt(instant: Date, timeZone: string): string {
  const options: Intl.DateTimeFormatOptions = {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "short",
  };
  try {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone }).format(instant);
  } catch {
    return new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" }).format(instant);
  }
}
