import { z } from "zod";
import type { Prescription } from "./prescribe";
import { UNITS } from "./units";

const seconds = z.number().positive();

const repSchema = z
  .object({
    laps: z.number().int().positive(),
    meters: z.number().positive(),
    targetSeconds: seconds,
    windowSeconds: z.tuple([seconds, seconds]),
    lapSeconds: z.array(seconds),
    splitSeconds: z.array(seconds),
  })
  .refine((rep) => rep.lapSeconds.length === rep.laps && rep.splitSeconds.length === rep.laps, {
    error: "a rep needs one lap time and one split per lap",
  });

/**
 * A prescription is frozen as JSON when a session is assigned; this checks it on the way back
 * out of the database before analysis trusts its shape.
 */
export const prescriptionSchema = z.object({
  units: z.enum(UNITS),
  lapMeters: z.number().positive(),
  fiveKSeconds: seconds,
  lapSeconds: seconds,
  reps: z.array(repSchema).min(1),
  recovery: z.object({
    meters: z.number().positive(),
    targetSeconds: seconds,
    count: z.number().int().nonnegative(),
  }),
  totalSeconds: seconds,
}) satisfies z.ZodType<Prescription>;
