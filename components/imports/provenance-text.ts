import { localStart } from "@/lib/devices/local-time";
import type { Provenance } from "@/lib/devices/provenance";

/**
 * "Garmin fēnix 6, FIT, morning-run.fit, started 07:02": the file's own facts, its start in the
 * activity's local time (the watch's offset when the file says, else the viewer's zone).
 */
export function provenanceText(
  p: Pick<Provenance, "device" | "format" | "fileName" | "startedAt" | "utcOffsetMinutes">,
  timeZone: string,
): string {
  const start = localStart(p, timeZone);
  return [p.device, p.format, p.fileName, start ? `started ${start.time}` : null]
    .filter(Boolean)
    .join(", ");
}
