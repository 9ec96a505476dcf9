/**
 * The driver adapter that lets Prisma 6.19's bundled wasm schema engine migrate PostgreSQL with no
 * engine download (docs/platform.md). Every workaround for the upstream bugs lives here.
 *
 * 1. adapter-pg cannot decode the catalog columns the engine reads: `name` (OID 19) and `"char"`
 *    (OID 18) (https://github.com/prisma/prisma/issues/27403). We hand OID 19 over as text, and
 *    OID 18 as a Character column (as text the engine panics once a CHECK constraint exists).
 * 2. PostgreSQL 18 lists NOT NULL constraints in pg_constraint with contype 'n', which the engine
 *    cannot handle (https://github.com/prisma/prisma/issues/29635): its constraint query excludes them
 *    (prisma/catalog-query.ts, which throws if that query stops matching).
 * 3. The CLI never disposes the adapter, so the pool's idle clients (10 s idle timeout) kept the
 *    process alive 10-60 s after its work was done: `allowExitOnIdle` lets it exit at once.
 * 4. adapter-pg's shadow database: a connectionString wins over the `database` it sets, so the
 *    "shadow" would be the real database; and it drops the database before closing its pool. We
 *    pass connection fields separately and create/drop the shadow database ourselves.
 * 5. The wasm engine leaves 10-60 s timers pending after its work is done, so every command
 *    lingered that long. This module is loaded only by the Prisma CLI (through prisma.config.ts),
 *    so there we unref long timers: they still fire if the CLI is busy, but no longer hold it open.
 * 6. adapter-pg's executeScript splits a migration on every ";" and sends the pieces one by one,
 *    which cuts a function's body ($$ … $$) apart. We send the script whole: PostgreSQL runs a
 *    multi-statement query in one implicit transaction, so a migration that fails leaves nothing
 *    half-applied, and a ";" in a comment or a function body is harmless.
 */
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
import type { SqlQuery, SqlResultSet } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { withoutNotNullConstraints } from "./catalog-query";

const LONG_TIMER_MS = 5_000;
const setTimeoutOriginal = globalThis.setTimeout;
globalThis.setTimeout = ((...args: Parameters<typeof setTimeout>) => {
  const timer = setTimeoutOriginal(...args);
  if ((args[1] ?? 0) >= LONG_TIMER_MS) timer.unref();
  return timer;
}) as typeof setTimeout;

const OID_CHAR = 18;
const OID_NAME = 19;
const OID_TEXT = 25;

type Queryable = {
  queryRaw(q: SqlQuery): Promise<SqlResultSet>;
  performIO(q: SqlQuery): Promise<pg.QueryResult>;
  startTransaction?: (...args: unknown[]) => Promise<unknown>;
};

function patchQueryable<T>(target: T): T {
  const q = target as unknown as Queryable;
  const performIO = q.performIO.bind(q);
  const queryRaw = q.queryRaw.bind(q);
  let charColumns: number[] = [];
  q.performIO = async (query) => {
    const result = await performIO({ ...query, sql: withoutNotNullConstraints(query.sql) });
    charColumns = [];
    // A multi-statement script comes back as an array of results with nothing to decode.
    if (Array.isArray(result)) return result;
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === OID_CHAR) charColumns.push(i);
      if (field.dataTypeID === OID_NAME || field.dataTypeID === OID_CHAR)
        field.dataTypeID = OID_TEXT;
    });
    return result;
  };
  q.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  const scripted = target as unknown as {
    executeScript?: (script: string) => Promise<void>;
    client?: pg.Pool | pg.PoolClient;
    onError?: (error: unknown) => never;
  };
  const { client, onError } = scripted;
  if (scripted.executeScript && client && onError) {
    scripted.executeScript = async (script) => {
      try {
        await client.query(script);
      } catch (error) {
        onError.call(target, error);
      }
    };
  }
  if (q.startTransaction) {
    const start = q.startTransaction.bind(q);
    q.startTransaction = async (...args) => patchQueryable(await start(...args));
  }
  return target;
}

function connectionFields(url: string): pg.PoolConfig {
  const u = new URL(url);
  return {
    host: decodeURIComponent(u.hostname),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
    database: decodeURIComponent(u.pathname.slice(1)),
    allowExitOnIdle: true,
  };
}

class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly fields: pg.PoolConfig) {
    super(fields);
  }

  override async connect() {
    return patchQueryable(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(this.fields);
    await admin.connect();
    const database = `prisma_shadow_${globalThis.crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    await admin.end();
    const shadow = await new PrismaPg({ ...this.fields, database }).connect();
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose(); // close the pool first, then the database can be dropped
      const cleanup = new pg.Client(this.fields);
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${database}"`);
      await cleanup.end();
    };
    return patchQueryable(shadow);
  }
}

export function migrationAdapter(databaseUrl: string) {
  return new MigrationAdapterFactory(connectionFields(databaseUrl));
}
