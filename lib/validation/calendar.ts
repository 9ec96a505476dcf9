import { z } from "zod";

/**
 * The squad's usual start time for calendar events, "HH:MM" on a 24-hour clock; blank means all
 * day (null). A field left out of the form (an older page) is undefined: the time is kept.
 */
export const startTimeField = z.preprocess(
  (v) => (typeof v === "string" ? (v.trim() === "" ? null : v.trim()) : v),
  z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour time like 18:30, or leave it blank")
    .nullable()
    .optional(),
);
