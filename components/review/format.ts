import type { ResultStatus } from "@/lib/generated/prisma/enums";
import { dateFormat } from "@/lib/dates";
import { roundTo } from "@/lib/pacing";

/** Seconds as a coach says a lap: "96", "95.4", "95.45" (hundredths kept, never rounded away). */
export function seconds(value: number): string {
  return String(roundTo(value, 2));
}

/** Lap seconds for a table: always tenths ("96.0", "93.6"), so a column of laps lines up. */
export const lapSeconds = (value: number) => value.toFixed(1);

/** A time to type back into an input unchanged: "3:12", "3:12.45" (formatTime keeps tenths only). */
export function entryTime(value: number): string {
  const hundredths = Math.round(roundTo(value, 2) * 100);
  const whole = Math.floor(hundredths / 100);
  const fraction = hundredths % 100;
  const clock = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, "0")}`;
  if (fraction === 0) return clock;
  return `${clock}.${String(fraction).padStart(2, "0").replace(/0$/, "")}`;
}

/** A result's status in words. */
export const STATUS: Record<ResultStatus, string> = {
  COMPLETED: "Completed",
  PARTIAL: "Partial",
  ABANDONED: "Abandoned",
};

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
    return dateFormat("en-GB", { ...options, timeZone }).format(instant);
  } catch {
    return dateFormat("en-GB", { ...options, timeZone: "UTC" }).format(instant);
  }
}
