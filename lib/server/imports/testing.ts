import { encodeFit } from "@/lib/devices/testing/encode-fit";
import { simulate } from "@/lib/devices/testing/simulate";

let fit: Uint8Array | null = null;

/** A simulated 20:00 5K runner's 4-3-2-1 with lap-button laps, as a watch's FIT (2026-05-14). */
export function importFitBytes(): Uint8Array {
  fit ??= encodeFit(simulate({ fiveKSeconds: 1200, seed: 7 }), { laps: { kind: "button" } });
  return fit;
}

/** The same file as an upload, the way a form sends it. */
export const importFixture = (name = "morning-run.fit") =>
  new File([new Uint8Array(importFitBytes())], name);
