import { z } from "zod";
import { emailSchema, nameSchema, unitsSchema } from "./account";
import { storableText } from "./text";

// Ids go into every WHERE clause: one with a NUL in it would fail the query, not find nothing.
export const id = storableText().trim().min(1, "Missing id").max(64);

export const squadSchema = z.object({
  name: storableText()
    .trim()
    .min(1, "Give the squad a name")
    .max(80, "Keep the name under 80 characters"),
  units: unitsSchema,
});

/**
 * The settings form: the squad's fields and whether teammates see each other's results. An
 * unticked box sends nothing, so anything but a tick means off, the private default.
 */
export const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce.number().pipe(schema).optional(),
  );

/**
 * How recalibration reads reps as a 5K (docs/coaching-rules.md, "Prediction models"). Both are
 * optional: left out, the squad keeps what it has; the exponent is Riegel's and kept whatever
 * the model, so switching back restores it. Bounds as predictRaceSeconds and the table's CHECK.
 */
export const predictionModelSchema = z.enum(["RIEGEL", "DANIELS", "CAMERON", "PURDY"], {
  message: "Choose Riegel, Daniels VDOT, Cameron or Purdy points",
});
export const riegelExponentSchema = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? undefined : v),
  z.coerce
    .number({ message: "Enter a number such as 1.06" })
    .min(1, "Riegel's exponent is at least 1.00")
    .max(1.2, "Riegel's exponent is at most 1.20")
    .optional(),
);

export const squadSettingsSchema = squadSchema.extend({
  squadId: id,
  shareResults: z.preprocess((v) => v === "on" || v === "1" || v === true, z.boolean()),
  predictionModel: predictionModelSchema.optional(),
  riegelExponent: riegelExponentSchema,
});

export const invitationSchema = z.object({
  squadId: id,
  role: z.enum(["ATHLETE", "COACH"], { message: "Choose athlete or coach" }),
  // Optional, so blank means none; otherwise the same rules, 254 characters at most, as sign-up.
  email: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    emailSchema.optional(),
  ),
  expiresInDays: z.coerce
    .number({ message: "Enter a number of days" })
    .int("Whole days only")
    .min(1, "At least 1 day")
    .max(30, "At most 30 days")
    .default(7),
  maxUses: optionalNumber(
    z.number().int("Whole numbers only").min(1, "At least 1 use").max(100, "At most 100 uses"),
  ),
  athleteId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
});

export const addAthleteSchema = z.object({ squadId: id, name: nameSchema });
