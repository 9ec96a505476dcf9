import { shortDay } from "@/lib/dates";
import { formatTime, type Prescription } from "@/lib/pacing";
import { workoutSteps } from "./workout-steps";

/**
 * The workout's name, as the watch and the calendar show it: what it is, for which 5K, and when
 * ("4-3-2-1 · 5K 20:00 · Tue 8 Dec"); without a date for the current targets.
 */
export function workoutName(fiveKSeconds: number, day?: string): string {
  const parts = ["4-3-2-1", `5K ${formatTime(fiveKSeconds)}`];
  if (day) parts.push(shortDay(day));
  return parts.join(" · ");
}

/** A file-system-safe name for downloads: "4-3-2-1 5K 20-00 Tue 8 Dec". */
export function workoutFileName(name: string, extension: string): string {
  const safe = name
    .replace(/·/g, "")
    .replace(/:/g, "-")
    .replace(/[^\w .-]+/g, "");
  return `${safe.replace(/\s+/g, " ").trim() || "4-3-2-1"}.${extension}`;
}

/**
 * The same workout typed out, for apps that take a written workout rather than a file: one line
 * per step, each distance with its pace range, in the "- 1600m 3:57-4:00/km Pace" shape that
 * text workout builders (intervals.icu and its followers) read, then the target times in words.
 */
export function workoutText(prescription: Prescription, name: string): string {
  const perKm = prescription.units === "metric";
  const lines = [name, ""];
  for (const step of workoutSteps(prescription)) {
    switch (step.kind) {
      case "warmup":
        lines.push("Warm-up", `- Open: ${step.notes.toLowerCase()}`, "", "Main set");
        break;
      case "cooldown":
        lines.push("", "Cool-down", `- Open: ${step.notes.toLowerCase()}`);
        break;
      case "recovery":
        lines.push(`- ${meters(step.meters)} jog, about ${formatTime(step.targetSeconds)}`);
        break;
      case "rep": {
        const [fastest, slowest] = step.windowSeconds;
        const pace = `${paceOf(step.meters, fastest, perKm, Math.floor)}-${paceOf(step.meters, slowest, perKm, Math.ceil)}`;
        lines.push(`- ${meters(step.meters)} ${pace}/${perKm ? "km" : "mi"} Pace; ${step.notes}`);
        break;
      }
    }
  }
  return `${lines.join("\n")}\n`;
}

/** Whole metres for the metric track; the imperial distances keep their exact metres. */
const meters = (value: number) => `${Number(value.toFixed(1))}m`;

/** Pace per km or mile in whole seconds, rounded outwards so the range holds the whole window. */
function paceOf(
  distanceMeters: number,
  seconds: number,
  perKm: boolean,
  round: (value: number) => number,
): string {
  const per = perKm ? 1000 : 1609.344;
  // Rounded to a millisecond first, so 240.0000001 s of float noise is not a second slower.
  return formatTime(round(Math.round((seconds * per * 1000) / distanceMeters) / 1000), {
    decimals: 0,
  });
}
