/**
 * Everything the import page needs from one upload, read once: the session as readSession reads
 * it, where the file came from, and the stretches a user may regroup into reps. The log page runs
 * it in the browser for an instant review, and the save action runs it again on the server on the
 * bytes it receives, so what is saved never depends on what a browser claims (docs/devices.md).
 */
import { lapMetersFor, type Units } from "@/lib/pacing";
import type { Activity } from "./activity";
import { findSession } from "./find-session";
import { provenanceOf, type Provenance } from "./provenance";
import { readActivity } from "./read-activity";
import { MAX_FILE_BYTES, megabytes } from "./refusals";
import { choiceOf, regroup, stretchesOf, type RepChoice, type Stretch } from "./regroup";
import { listZipEntries, unpackFile } from "./unpack";

export type ImportRead = {
  ok: true;
  /** The session as read (the same as readSession's answer for this file). */
  reading: {
    status: "completed" | "partial";
    reps: ({ seconds: number; laps: number[] } | null)[];
    recoveries: (number | null)[];
    notes: string[];
  };
  provenance: Provenance;
  stretches: Stretch[];
  /** The reader's choice of stretches for each rep. */
  choice: RepChoice;
  /** The decoded recording, for regrouping without reading the file again. */
  activity: Activity;
  /** The activity file itself (out of its zip or gzip): what is hashed and kept. */
  file: { name: string; bytes: Uint8Array };
};

export type ImportRefusal = {
  ok: false;
  reason: string;
  /** A zip of several activities: their names, to let the user pick one (then pass `entry`). */
  entries?: string[];
};

const isZip = (b: Uint8Array) => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b;

/** Reads an upload for import; never throws. `entry` picks one file out of a zip. */
export function readImportFile(
  upload: { name: string; bytes: Uint8Array },
  units: Units,
  entry?: string,
): ImportRead | ImportRefusal {
  const name =
    typeof upload?.name === "string" && upload.name.trim() ? upload.name.trim() : "The file";
  try {
    return readNow(name, upload.bytes, units, entry);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: `${name} could not be read (${message.slice(0, 120)}).` };
  }
}

function readNow(
  name: string,
  bytes: Uint8Array,
  units: Units,
  entry: string | undefined,
): ImportRead | ImportRefusal {
  const refused = (reason: string): ImportRefusal => ({
    ok: false,
    reason: `${name} cannot be imported: ${reason}.`,
  });
  if (!(bytes instanceof Uint8Array)) return { ok: false, reason: `${name} could not be read.` };
  if (bytes.length > MAX_FILE_BYTES)
    return refused(`it is larger than ${megabytes(MAX_FILE_BYTES)}, too big for one run`);
  if (!entry && isZip(bytes)) {
    const listed = listZipEntries(bytes);
    if (listed.ok && listed.entries.length > 1)
      return {
        ok: false,
        reason: `${name} holds ${listed.entries.length} activities: choose the one to import.`,
        entries: listed.entries.map((e) => e.name),
      };
  }
  const unpacked = unpackFile(name, bytes, true, entry);
  if ("ok" in unpacked) return refused(unpacked.reason);
  const activity = readActivity(unpacked.name, unpacked.bytes);
  if ("ok" in activity) return refused(activity.reason);
  const found = findSession(activity, lapMetersFor(units));
  if (!found.ok) return refused(found.reason);
  const stretches = stretchesOf(activity, found.reps);
  const choice = choiceOf(stretches, found.reps);
  const rebuilt = regroup(activity, stretches, choice);
  if (!rebuilt.ok) return refused(rebuilt.reason);
  const { status, reps, recoveries } = rebuilt;
  return {
    ok: true,
    reading: { status, reps, recoveries, notes: [...found.notes, ...rebuilt.notes] },
    provenance: provenanceOf(unpacked),
    stretches,
    choice,
    activity,
    file: { name: unpacked.name, bytes: unpacked.bytes },
  };
}
