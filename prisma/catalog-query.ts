/**
 * The one rewrite prisma/engine-adapter.ts makes to the SQL of Prisma's schema engine (see its
 * point 2): PostgreSQL 18 lists NOT NULL constraints in pg_constraint with contype 'n', which the
 * engine cannot handle (https://github.com/prisma/prisma/issues/29635), so its constraint query
 * excludes them. Kept apart from the adapter (which patches timers on import) so it can be tested.
 */

/** The clause of the engine's constraint query (the only one that reads FROM pg_constraint). */
export const CONSTRAINT_FILTER = "contype NOT IN ('p', 'u', 'f')";
const WITHOUT_NOT_NULL = "contype NOT IN ('p', 'u', 'f', 'n')";
const READS_CONSTRAINTS = /\bFROM\s+pg_constraint\b/i;

/**
 * The engine's SQL with PostgreSQL 18's NOT NULL rows of pg_constraint (contype 'n') filtered
 * out. Any other statement passes unchanged. If a Prisma upgrade reworded the constraint query so
 * the clause no longer matches, the rewrite would silently stop and the engine would fail (or
 * worse, misread the schema) far from here: so a query that reads from pg_constraint without the
 * clause throws, naming this file.
 */
export function withoutNotNullConstraints(sql: string): string {
  if (!READS_CONSTRAINTS.test(sql)) return sql;
  if (!sql.includes(CONSTRAINT_FILTER))
    throw new Error(
      "Prisma's schema engine reads pg_constraint with a query prisma/catalog-query.ts does not " +
        `recognise (no "${CONSTRAINT_FILTER}" to extend with 'n'), so PostgreSQL 18's NOT NULL ` +
        "constraints would reach it. Prisma changed this query: check whether its upstream fix " +
        "(https://github.com/prisma/prisma/issues/29635) landed and drop or update the rewrite.",
    );
  return sql.replace(CONSTRAINT_FILTER, WITHOUT_NOT_NULL);
}
