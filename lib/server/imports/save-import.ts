import "server-only";
import { choiceProblem, localStart, regroup, type RepChoice } from "@/lib/devices";
import { roundTo } from "@/lib/pacing";
import { logResultSchema } from "@/lib/validation/coaching";
import { ActionError } from "@/lib/server/action";
import type { Viewer } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { saveResult, type SavedResult } from "@/lib/server/results/save-result";
import { importKey, packOriginal } from "./original";
import { readImport } from "./read-import";
import { MAX_IMPORT_BYTES, otherDayMessage, tooBigMessage } from "@/lib/validation/imports";

export type SaveImportInput = {
  assignmentId: string;
  /** The upload as the user chose it (a .fit, .tcx, .gpx, gzipped, or a zip). */
  file: { name: string; bytes: Uint8Array };
  /** Which activity of a zip holding several. */
  entry?: string;
  /** The user's choice of stretches per rep; the reader's own when left out. */
  choice?: RepChoice;
  status: "COMPLETED" | "PARTIAL" | "ABANDONED";
  effort?: number;
  notes?: string;
  /** The user agreed to save an activity that started on another day than the session. */
  confirmOtherDay?: boolean;
  /** Replacing a logged result (a re-read of its stored file): the version it was based on. */
  expectedVersion?: number;
};

export const ALREADY_IMPORTED = "Already imported: this file was saved for this session before.";

/** Seconds as typed laps take them: plain seconds to the hundredth ("96.23"). */
const typed = (seconds: number) => roundTo(seconds, 2).toFixed(2);

/**
 * Saves a watch file's reading as a session's result. The file is read again here (readImport),
 * the user's regrouping applied, and the laps typed out and passed through saveResult: the same
 * validation, lap checks, version check and idempotency as laps typed by hand. The key comes
 * from the file's content and the session, so the same file twice stores one result ("already
 * imported"). The original file is kept, gzipped, in the same transaction. The caller has
 * authorized the viewer (canLogAssignment); expected problems throw ActionError, nothing is
 * stored then.
 */
export async function saveImport(viewer: Viewer, input: SaveImportInput): Promise<SavedResult> {
  const { file } = input;
  if (file.bytes.length > MAX_IMPORT_BYTES)
    throw new ActionError(tooBigMessage(file.name), { field: "file" });
  const assignment = await db().assignment.findUniqueOrThrow({
    where: { id: input.assignmentId },
    select: { units: true, date: true },
  });
  const read = readImport(file, assignment.units, input.entry);
  if (!read.ok) throw new ActionError(read.reason, { field: "file" });
  const choice = input.choice ?? read.choice;
  const problem = choiceProblem(read.stretches, choice);
  if (problem) throw new ActionError(`${file.name}: ${problem}.`, { field: "choice" });
  const reading = regroup(read.activity, read.stretches, choice);
  if (!reading.ok) throw new ActionError(`${file.name}: ${reading.reason}.`, { field: "choice" });

  const sessionDate = assignment.date.toISOString().slice(0, 10);
  const local = localStart(read.provenance, viewer.timeZone);
  if (local && local.date !== sessionDate && !input.confirmOtherDay)
    throw new ActionError(otherDayMessage(local.date, sessionDate), { field: "confirmOtherDay" });

  const original = packOriginal(read.file);
  const parsed = logResultSchema.safeParse({
    assignmentId: input.assignmentId,
    idempotencyKey: importKey(original.sha256, input.assignmentId),
    expectedVersion: input.expectedVersion,
    status: input.status,
    effort: input.effort,
    notes: input.notes,
    mode: "laps",
    reps: reading.reps.map((rep) => (rep ? rep.laps.map(typed).join(" ") : "")),
    recoveries: reading.recoveries.map((r) => (r === null || r <= 0 ? "" : typed(r))),
  });
  if (!parsed.success) {
    const fields = Object.fromEntries(
      parsed.error.issues.map((issue) => [issue.path.join(".") || "form", issue.message]),
    );
    throw new ActionError("Please correct the highlighted fields.", { fields });
  }
  const { provenance } = read;
  return saveResult(
    viewer,
    parsed.data,
    {
      source: "IMPORT",
      device: provenance.device,
      format: provenance.format,
      fileName: provenance.fileName,
      startedAt: provenance.startedAt ? new Date(provenance.startedAt) : null,
      utcOffsetMinutes: provenance.utcOffsetMinutes,
      original,
    },
    { duplicate: ALREADY_IMPORTED },
  );
}
