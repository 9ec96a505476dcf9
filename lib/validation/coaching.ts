import { z } from "zod";
import { ResultStatus } from "@/lib/generated/prisma/enums";
import { FIRST_YEAR, LAST_YEAR, inYearRange } from "@/lib/dates";
import { DEFAULT_OFFSETS, RECOVERY_COUNT, REP_LAPS, parseTime } from "@/lib/pacing";
import { addAthleteSchema, id } from "./squad";
import { storableText } from "./text";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

/** "YYYY-MM-DD", a real calendar date, in the years lib/dates keeps (PostgreSQL refuses 0000). */
export const isoDate = z
  .string({ message: "Choose a date" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date")
  .refine(
    (d) =>
      !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) &&
      new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
    "That date does not exist",
  )
  .refine(inYearRange, `Use a date between ${FIRST_YEAR} and ${LAST_YEAR}`);

/** A time typed as text ("19:45", "1:02:03"), in seconds; the parser's reason at the field. */
/**
 * A 5K typed as text. Bare seconds ("96") suit a lap, but a bare "2000" meant as 20:00 would read
 * as 33:20 and quietly set every target; a 5K needs its colon.
 */
const typedFiveK = () =>
  z
    .string()
    .refine((text) => !/^\s*\d+(\.\d*)?\s*$/.test(text), {
      message: "Type the 5K as minutes:seconds, like 20:00",
      abort: true,
    })
    .pipe(typedTime);

export const typedTime = z.string().transform((text, ctx) => {
  const parsed = parseTime(text);
  if (!parsed.ok) {
    ctx.addIssue({
      code: "custom",
      message: parsed.reason.charAt(0).toUpperCase() + parsed.reason.slice(1),
    });
    return z.NEVER;
  }
  return parsed.seconds;
});

/**
 * A new athlete without a login, with their current 5K when the coach knows it, so their
 * targets exist from the start instead of after a second form.
 */
export const newAthleteSchema = addAthleteSchema.extend({
  fiveK: z.preprocess(blankToUndefined, typedFiveK().optional()),
});

export const addMarkSchema = z.object({
  athleteId: id,
  time: typedFiveK(),
  date: isoDate,
  source: z.enum(["RACE", "TIME_TRIAL", "ESTIMATE"], {
    message: "Choose race, time trial or estimate",
  }),
  note: z.preprocess(
    blankToUndefined,
    storableText().trim().max(200, "Keep the note under 200 characters").optional(),
  ),
});

export const pinMarkSchema = z.object({
  athleteId: id,
  markId: z.preprocess(blankToUndefined, id.optional()),
});

const offset = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ message: "Enter seconds" })
    .min(0, "0 s or more")
    .max(20, "20 s at most")
    .optional(),
);

/** Offsets come from the form as six optional numbers; empty ones keep the default offsets (docs/coaching-rules.md). */
export const offsetFields = {
  rep2Fast: offset,
  rep2Slow: offset,
  rep3Fast: offset,
  rep3Slow: offset,
  rep4Fast: offset,
  rep4Slow: offset,
};

export function offsetsFrom(input: Partial<Record<keyof typeof offsetFields, number | undefined>>) {
  const d = DEFAULT_OFFSETS;
  return {
    rep2: [input.rep2Fast ?? d.rep2[0], input.rep2Slow ?? d.rep2[1]] as [number, number],
    rep3: [input.rep3Fast ?? d.rep3[0], input.rep3Slow ?? d.rep3[1]] as [number, number],
    rep4: [input.rep4Fast ?? d.rep4[0], input.rep4Slow ?? d.rep4[1]] as [number, number],
    recoveryFactor: d.recoveryFactor,
  };
}

const athleteIds = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
  z.array(id).min(1, "Choose at least one athlete").max(200),
);

export const assignSchema = z.object({
  squadId: id,
  athleteIds,
  date: isoDate,
  units: z.enum(["METRIC", "IMPERIAL"], { message: "Choose metric or imperial" }),
  /** Set once the coach has seen the frequency warnings and assigns anyway. */
  acknowledge: z
    .preprocess((v) => v === "1" || v === "on" || v === true, z.boolean())
    .default(false),
  ...offsetFields,
});

const lapText = z.string().max(200, "Too long");

/**
 * One field per rep (or jog), repeated: a form sends `reps` once per rep and the action reads
 * them all (FormData.getAll, as defineAction's toInput does), so a lone rep arrives as a string.
 * A field error's key is its place, "reps.0" for the first rep, as zod names an item's issue.
 */
const entries = (max: number, what: string) =>
  z.preprocess(
    (v) => (v === undefined ? [] : Array.isArray(v) ? (v as unknown[]) : [v]),
    z.array(lapText).max(max, `At most ${max} ${what}`),
  );

/** A rep's or jog's field error key, as zod names an array item's issue: "reps.0" is the first rep. */
export const entryField = (list: "reps" | "recoveries", index: number) => `${list}.${index}`;

export const logResultSchema = z.object({
  assignmentId: id,
  idempotencyKey: z.uuid("Missing or malformed idempotency key"),
  /** Present when editing: the version the edit was based on (a PostgreSQL integer, like the column). */
  expectedVersion: z.preprocess(
    blankToUndefined,
    z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  ),
  status: z.enum(ResultStatus, {
    message: "Choose completed, partial or abandoned",
  }),
  effort: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ message: "Effort is a number from 1 to 10" })
      .int("Whole numbers only")
      .min(1, "Effort is 1 to 10")
      .max(10, "Effort is 1 to 10")
      .optional(),
  ),
  notes: z.preprocess(
    blankToUndefined,
    storableText().trim().max(2000, "Keep notes under 2000 characters").optional(),
  ),
  mode: z.enum(["auto", "laps", "splits"]).default("auto"),
  /** How the laps were taken: the stopwatch says so; a form, and anything else, is typed. */
  source: z.enum(["TYPED", "STOPWATCH"]).catch("TYPED"),
  /** Each rep's laps as typed, in order; a rep not run is "" (or missing at the end). */
  reps: entries(REP_LAPS.length, "reps"),
  /** Each recovery jog's time as typed, in order; all optional. */
  recoveries: entries(RECOVERY_COUNT, "recoveries"),
});

export type LogResultInput = z.infer<typeof logResultSchema>;
