import { DEFAULT_OFFSETS, offsetsSchema, type PacingOffsets } from "@/lib/pacing";
import { assignSchema, offsetsFrom } from "@/lib/validation/coaching";

export type Query = Record<string, string | string[] | undefined>;

export const OFFSET_NAMES = [
  "rep2Fast",
  "rep2Slow",
  "rep3Fast",
  "rep3Slow",
  "rep4Fast",
  "rep4Slow",
] as const;
export type OffsetName = (typeof OFFSET_NAMES)[number];

export type AssignValues = {
  /** Null until the coach has chosen: then every athlete starts ticked. */
  athleteIds: string[] | null;
  date: string;
  units: string;
  offsets: Record<OffsetName, string>;
};

export type AssignRequest = {
  squadId: string;
  athleteIds: string[];
  date: string;
  units: "METRIC" | "IMPERIAL";
  offsets: PacingOffsets;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined) =>
  v === undefined ? [] : ([] as string[]).concat(v);

/** "rep3Slow" → DEFAULT_OFFSETS.rep3[1], as the form's starting value. */
export function offsetValue(offsets: PacingOffsets, name: OffsetName): number {
  const rep = name.slice(0, 4) as "rep2" | "rep3" | "rep4";
  return offsets[rep][name.endsWith("Fast") ? 0 : 1];
}

/**
 * Reads the assign form's GET query: the values to show again, and once the coach asks for a
 * preview, the request validated exactly as the assign action will (same zod schema, same bounds).
 */
export function readAssignQuery(
  squadId: string,
  query: Query,
  defaults: { date: string; units: string },
) {
  const wantsPreview = first(query.preview) === "1";
  const values: AssignValues = {
    athleteIds: query.athleteIds !== undefined || wantsPreview ? all(query.athleteIds) : null,
    date: first(query.date) ?? defaults.date,
    units: first(query.units) ?? defaults.units,
    offsets: Object.fromEntries(
      OFFSET_NAMES.map((n) => [n, first(query[n]) ?? String(offsetValue(DEFAULT_OFFSETS, n))]),
    ) as Record<OffsetName, string>,
  };
  if (!wantsPreview) return { values, request: null, errors: {} as Record<string, string> };
  const parsed = assignSchema.safeParse({
    squadId,
    athleteIds: values.athleteIds,
    date: values.date,
    units: values.units,
    ...values.offsets,
  });
  const errors: Record<string, string> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? "form")] ??= issue.message;
    return { values, request: null, errors };
  }
  const offsets = offsetsSchema.safeParse(offsetsFrom(parsed.data));
  if (!offsets.success) {
    errors.offsets = `Offsets: ${offsets.error.issues[0]?.message ?? "invalid"}`;
    return { values, request: null, errors };
  }
  const { athleteIds, date, units } = parsed.data;
  const request: AssignRequest = { squadId, athleteIds, date, units, offsets: offsets.data };
  return { values, request, errors };
}
