import { z } from "zod";
import { nameSchema, unitsSchema } from "./account";

export const id = z.string().trim().min(1, "Missing id").max(64);

export const squadSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Give the squad a name")
    .max(80, "Keep the name under 80 characters"),
  units: unitsSchema,
});

export const optionalNumber = (schema: z.ZodNumber) =>
  z.preprocess(
    (v) => (v === "" || v === null || v === undefined ? undefined : v),
    z.coerce.number().pipe(schema).optional(),
  );

export const invitationSchema = z.object({
  squadId: id,
  role: z.enum(["ATHLETE", "COACH"], { message: "Choose athlete or coach" }),
  email: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.email("Enter a valid email address").trim().toLowerCase().optional(),
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
