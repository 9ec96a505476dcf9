import { z } from "zod";
import { longDay } from "@/lib/dates";
import { MAX_FILE_BYTES } from "@/lib/devices/refusals";
import { logResultSchema } from "./coaching";
import { id } from "./squad";

/** The largest upload, refused in the browser before sending and again by the server. */
export const MAX_IMPORT_BYTES = MAX_FILE_BYTES;

export const tooBigMessage = (name: string) =>
  `${name} is larger than ${Math.round(MAX_IMPORT_BYTES / (1024 * 1024))} MB, too big for one run: export the single activity, or zip it.`;

export const otherDayMessage = (activityDate: string, sessionDate: string) =>
  `The activity started on ${longDay(activityDate)}, not on the session's day (${longDay(sessionDate)}): tick "Save it for this session anyway" if it is this session.`;

/** The stretches chosen per rep (4 entries; null: not run), sent as JSON in a form field. */
const choiceSchema = z
  .array(z.object({ first: z.number().int().min(0), last: z.number().int().min(0) }).nullable())
  .length(4, "Choose the laps of all four reps");

const fromJson = (v: unknown) => {
  if (v === undefined || v === null || v === "") return undefined;
  if (typeof v !== "string") return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
};

/** The import form: the file, which activity of a zip, the user's regrouping and the status. */
export const saveImportSchema = logResultSchema
  .pick({ status: true, effort: true, notes: true, expectedVersion: true })
  .extend({
    assignmentId: id,
    file: z
      .instanceof(File, { message: "Choose a .fit, .tcx or .gpx file" })
      .refine((f) => f.size > 0, "The file is empty")
      .refine((f) => f.size <= MAX_IMPORT_BYTES, {
        message: `The file is larger than ${Math.round(MAX_IMPORT_BYTES / (1024 * 1024))} MB, too big for one run`,
      }),
    entry: z.preprocess((v) => (v === "" ? undefined : v), z.string().max(500).optional()),
    choice: z.preprocess(fromJson, choiceSchema.optional()),
    // An unticked box sends nothing.
    confirmOtherDay: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  });

export type SaveImportForm = z.infer<typeof saveImportSchema>;
