import "server-only";
import { z } from "zod";

/**
 * Rows from a raw SQL read ($queryRaw), checked against the shape the code expects. Prisma types
 * raw rows only by the cast we write, so a renamed, retyped or dropped column would otherwise
 * flow on as `undefined` and surface far away (a blank grid cell, NaN on a chart). This fails at
 * the read instead, naming it and the columns that differ.
 */
export function parseRows<T extends z.ZodType>(
  read: string,
  schema: T,
  rows: unknown,
): z.output<T>[] {
  const parsed = z.array(schema).safeParse(rows);
  if (!parsed.success)
    throw new Error(
      `${read}: the database returned rows of an unexpected shape (a column renamed, retyped or missing?)\n${z.prettifyError(parsed.error)}`,
    );
  return parsed.data;
}

/** Shapes the raw reads share. */
export const resultStatus = z.enum(["COMPLETED", "PARTIAL", "ABANDONED"]);
export const lapKind = z.enum(["REP", "RECOVERY"]);
/** A calendar day as the reads format it (`date::text`, to_char 'YYYY-MM-DD'). */
export const isoDay = z.iso.date();
