import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONSTRAINT_FILTER, withoutNotNullConstraints } from "./catalog-query";

// The constraint query as the installed schema engine sends it: its SQL sits as plain text in the
// wasm binary, from the SELECT list to the ORDER BY that ends it.
function installedConstraintQuery(): string {
  const wasm = readFileSync(
    path.resolve(import.meta.dirname, "../node_modules/prisma/build/schema_engine_bg.wasm"),
    "latin1",
  );
  const from = wasm.indexOf("FROM pg_constraint constr");
  expect(from, "the engine's constraint query is no longer in the wasm binary").toBeGreaterThan(0);
  const start = wasm.lastIndexOf("SELECT", from);
  const end = wasm.indexOf("constraint_name;", from) + "constraint_name;".length;
  return wasm.slice(start, end);
}

describe("the rewrite of Prisma's constraint catalog query", () => {
  it("excludes NOT NULL constraints from the installed engine's query", () => {
    const sql = installedConstraintQuery();
    expect(sql).toContain(CONSTRAINT_FILTER);
    const rewritten = withoutNotNullConstraints(sql);
    expect(rewritten).toContain("contype NOT IN ('p', 'u', 'f', 'n')");
    expect(rewritten.replace("'f', 'n'", "'f'")).toBe(sql);
  });

  it("throws, naming the file, when a query reading pg_constraint no longer matches", () => {
    const reworded = installedConstraintQuery().replace(
      CONSTRAINT_FILTER,
      "constr.contype NOT IN ('p','u','f')",
    );
    expect(() => withoutNotNullConstraints(reworded)).toThrow(/prisma\/catalog-query\.ts/);
    expect(() => withoutNotNullConstraints("select * from PG_CONSTRAINT c")).toThrow(
      /does not recognise/,
    );
  });

  it("leaves every other statement alone, joins to pg_constraint included", () => {
    for (const sql of [
      "SELECT 1",
      'CREATE TABLE "Lap" ("id" TEXT NOT NULL)',
      "SELECT * FROM pg_class cl JOIN pg_constraint con1 ON con1.conrelid = cl.oid WHERE con1.contype = 'f'",
    ])
      expect(withoutNotNullConstraints(sql)).toBe(sql);
  });
});
