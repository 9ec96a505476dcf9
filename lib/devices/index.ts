/**
 * Reading a watch file (FIT, TCX, GPX; plain, gzipped or in a zip) into a 4-3-2-1 session: the
 * time of each rep and each track lap in it, and the recoveries between. Pure and browser-safe.
 * docs/devices.md describes what is done with each kind of lap.
 */
import { lapMetersFor, REP_LAPS, type Units } from "@/lib/pacing";
import type { Activity } from "./activity";
import type { Found } from "./describe";
import { findSession } from "./find-session";
import { readActivity } from "./read-activity";
import { lapSplits } from "./splits";

export { listZipEntries } from "./unpack";
export { readWorkoutSteps } from "./find-from-steps";
export { writeWorkoutFit } from "./workout-fit";
export { readImportFile, type ImportRead, type ImportRefusal } from "./import-file";
export { localStart } from "./local-time";
export type { Provenance } from "./provenance";
export {
  choiceProblem,
  regroup,
  sameChoice,
  type RepChoice,
  type Regrouped,
  type Stretch,
} from "./regroup";

export type ReadRep = { seconds: number; laps: number[] };
export type ReadSessionResult =
  | {
      ok: true;
      status: "completed" | "partial";
      reps: (ReadRep | null)[];
      recoveries: (number | null)[];
      notes: string[];
    }
  | { ok: false; reason: string };

const round = (n: number) => Math.round(n * 1000) / 1000;

export function readSession(
  file: { name: string; bytes: Uint8Array },
  units: "metric" | "imperial",
): Promise<
  | {
      ok: true;
      status: "completed" | "partial";
      reps: ({ seconds: number; laps: number[] } | null)[];
      recoveries: (number | null)[];
      notes: string[];
    }
  | { ok: false; reason: string }
> {
  return Promise.resolve().then(() => {
    const name = typeof file?.name === "string" && file.name.trim() ? file.name.trim() : "The file";
    try {
      return readNow(name, file.bytes, units);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return {
        ok: false as const,
        reason: `${name} could not be read (${message.slice(0, 120)}).`,
      };
    }
  });
}

function readNow(name: string, bytes: Uint8Array, units: Units): ReadSessionResult {
  if (!(bytes instanceof Uint8Array)) return { ok: false, reason: `${name} could not be read.` };
  const activity = readActivity(name, bytes);
  if ("ok" in activity)
    return { ok: false, reason: `${name} cannot be imported: ${activity.reason}.` };
  const found = findSession(activity, lapMetersFor(units));
  if (!found.ok) return { ok: false, reason: `${name} cannot be imported: ${found.reason}.` };
  return toResult(activity, found);
}

function toResult(activity: Activity, found: Found): ReadSessionResult {
  const notes = [...found.notes];
  let even = false;
  const reps = found.reps.map((span, k) => {
    if (!span) return null;
    const split = lapSplits(activity.samples, span, REP_LAPS[k]!);
    if (!split.measured) even = true;
    return { seconds: round(span.end - span.start), laps: split.laps.map(round) };
  });
  const recoveries = [0, 1, 2].map((k) => {
    const a = found.reps[k];
    const b = found.reps[k + 1];
    return a && b ? round(b.start - a.end) : null;
  });
  if (even)
    notes.push("the file has no record stream, so each rep's laps are shown as even splits");
  const status = reps.every((r) => r !== null) ? "completed" : "partial";
  return { ok: true, status, reps, recoveries, notes };
}
