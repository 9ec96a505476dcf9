import { z } from "zod";
import { MAX_IMPORT_BYTES } from "./imports";
import { id } from "./squad";

/** Files per save: a coach's squad on one day, and what one request body holds (docs/devices.md). */
export const MAX_BATCH_FILES = 40;

/** A form sends one value as a string and several as a list: always a list here. */
const many = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (v): unknown[] => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(item),
  );

const file = z
  .instanceof(File, { message: "Choose a .fit, .tcx or .gpx file" })
  .refine((f) => f.size > 0, "A file is empty")
  .refine((f) => f.size <= MAX_IMPORT_BYTES, "A file is larger than 25 MB, too big for one run");

/**
 * The coach's squad import: files in order, with the session (assignment) and status the coach
 * confirmed for each at the same position. `confirmOtherDay` lists the sessions whose activity
 * started on another day and which the coach ticked to save anyway.
 */
export const saveSquadImportSchema = z
  .object({
    squadId: id,
    files: many(file)
      .refine((f) => f.length > 0, "Choose at least one file")
      .refine((f) => f.length <= MAX_BATCH_FILES, `At most ${MAX_BATCH_FILES} files at once`),
    assignmentIds: many(id),
    statuses: many(z.enum(["COMPLETED", "PARTIAL", "ABANDONED"])),
    confirmOtherDay: many(id),
  })
  .refine((v) => v.assignmentIds.length === v.files.length, {
    message: "Choose an athlete for every file",
    path: ["assignmentIds"],
  })
  .refine((v) => v.statuses.length === v.files.length, {
    message: "Set a status for every file",
    path: ["statuses"],
  })
  .refine((v) => new Set(v.assignmentIds).size === v.assignmentIds.length, {
    message: "Two files are set for the same athlete: choose one",
    path: ["assignmentIds"],
  });

export type SaveSquadImportForm = z.infer<typeof saveSquadImportSchema>;

/** What the action reports for each file, in order. */
export type FileOutcome = {
  name: string;
  ok: boolean;
  /** "saved", "edited", "duplicate" when ok; the reason otherwise. */
  outcome: string;
  message: string;
};
