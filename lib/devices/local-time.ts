/**
 * An activity's times as the runner's watch showed them: the offset the file carries (FIT
 * local_timestamp), else the viewer's time zone. Its own module, free of the decoders, so the
 * log page can show times before the reader is loaded.
 */
import type { Provenance } from "./provenance";

/** The activity's local calendar day and clock: the file's own offset, else the given zone. */
export function localStart(
  provenance: Pick<Provenance, "startedAt" | "utcOffsetMinutes">,
  fallbackTimeZone: string,
  plusSeconds = 0,
): { date: string; time: string; clock: string } | null {
  if (!provenance.startedAt) return null;
  const at = new Date(Date.parse(provenance.startedAt) + plusSeconds * 1000);
  if (provenance.utcOffsetMinutes !== null) {
    const shifted = new Date(at.getTime() + provenance.utcOffsetMinutes * 60_000).toISOString();
    return {
      date: shifted.slice(0, 10),
      time: shifted.slice(11, 16),
      clock: shifted.slice(11, 19),
    };
  }
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone: knownZone(fallbackTimeZone),
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    date: `${get("year")}-${get("month")}-${get("day")}`,
    time: `${get("hour")}:${get("minute")}`,
    clock: `${get("hour")}:${get("minute")}:${get("second")}`,
  };
}

/** A zone Intl knows, else UTC (a stored zone from an older runtime must not break a page). */
function knownZone(zone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}
