import { z } from "zod";
import { PacingInputError, UNITS, parseTime, prescribeStepDown } from "@/lib/pacing";

export const FIVE_K_REQUIRED = "Enter a 5K time, like 20:00";
export const UNITS_INVALID = "Choose metric or imperial";

/**
 * A typed 5K time → seconds. The parser's reason is already written for a person ("seconds must
 * be under 60"); it only gains a capital so it reads as a sentence under the field.
 */
export const fiveKField = z.string({ error: FIVE_K_REQUIRED }).transform((text, ctx) => {
  const parsed = parseTime(text);
  if (parsed.ok) return parsed.seconds;
  const message = parsed.reason === "empty" ? FIVE_K_REQUIRED : sentence(parsed.reason);
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
});

export const unitsField = z.enum(UNITS, { error: UNITS_INVALID }).default("metric");

/**
 * The calculator's input, shared by /calculator and GET /api/v1/targets. The output carries the
 * prescription itself: the 12:00–60:00 bounds live in the pacing engine, so the schema asks it
 * rather than repeating them, and turns its PacingInputError into an error on the fiveK field.
 */
export const targetsQuerySchema = z
  .object({ fiveK: fiveKField, units: unitsField })
  .transform((input, ctx) => {
    try {
      const prescription = prescribeStepDown({ fiveKSeconds: input.fiveK, units: input.units });
      return { ...input, prescription };
    } catch (error) {
      if (!(error instanceof PacingInputError)) throw error;
      const path = error.field === "units" ? "units" : "fiveK";
      ctx.addIssue({ code: "custom", path: [path], message: error.message });
      return z.NEVER;
    }
  });

export type TargetsQuery = z.output<typeof targetsQuerySchema>;
export type TargetsFieldErrors = Partial<Record<"fiveK" | "units", string>>;
export type TargetsQueryResult =
  { ok: true; data: TargetsQuery } | { ok: false; error: string; fields: TargetsFieldErrors };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

/**
 * Validates query parameters from either a Request (URLSearchParams) or a page's searchParams.
 * A repeated parameter counts once (the first), as URLSearchParams.get does. The result holds
 * one message per field, the first problem only: one fix at a time reads better than a list.
 */
export function parseTargetsQuery(params: RawParams): TargetsQueryResult {
  const result = targetsQuerySchema.safeParse({
    fiveK: first(params, "fiveK"),
    units: first(params, "units"),
  });
  if (result.success) return { ok: true, data: result.data };

  const fields: TargetsFieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    if ((key === "fiveK" || key === "units") && fields[key] === undefined) {
      fields[key] = issue.message;
    }
  }
  const error = fields.fiveK ?? fields.units ?? "Check the 5K time and units";
  return { ok: false, error, fields };
}

function first(params: RawParams, key: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(key) ?? undefined;
  const value = params[key];
  return Array.isArray(value) ? value[0] : value;
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
