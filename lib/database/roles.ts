import pg from "pg";
import { APP_ROLE, embeddedUrl, LEGACY_PASSWORD, SUPERUSER, type Credentials } from "./credentials";
import { describeConnectionError, SetupError } from "./errors";

const WRONG_PASSWORD = "28P01";

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  return client;
}

/**
 * A superuser connection with the kept password. A data folder from before the passwords were
 * generated still takes postgres/postgres: then, once, the kept password replaces it. (The same
 * repairs a start that wrote the password file but was stopped before it changed the password.)
 */
async function superuser(port: number, credentials: Credentials, dataDir: string) {
  const url = embeddedUrl(port, SUPERUSER, credentials.superuserPassword);
  try {
    return await connect(url);
  } catch (error) {
    if ((error as { code?: string }).code !== WRONG_PASSWORD)
      throw describeConnectionError(url, error);
  }
  let client: pg.Client;
  try {
    client = await connect(embeddedUrl(port, SUPERUSER, LEGACY_PASSWORD));
  } catch {
    throw new SetupError(
      `The embedded PostgreSQL in ${dataDir} refuses the password kept in its password file. If the file was replaced or edited, restore it; otherwise move the data folder aside to start with a new, empty database.`,
    );
  }
  await client.query(
    `ALTER ROLE ${SUPERUSER} PASSWORD ${client.escapeLiteral(credentials.superuserPassword)}`,
  );
  return client;
}

/**
 * Makes sure the app's role exists with the kept password and no more power than it needs:
 * LOGIN, and CREATEDB for `prisma migrate dev`'s shadow database and the tests' fresh databases.
 * Never SUPERUSER, CREATEROLE, REPLICATION or BYPASSRLS, whatever an earlier start left.
 */
export async function provisionRoles(port: number, credentials: Credentials, dataDir: string) {
  const client = await superuser(port, credentials, dataDir);
  try {
    const role = client.escapeIdentifier(APP_ROLE);
    const found = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [APP_ROLE]);
    if (!found.rowCount) await client.query(`CREATE ROLE ${role}`);
    await client.query(
      `ALTER ROLE ${role} WITH LOGIN CREATEDB NOSUPERUSER NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD ${client.escapeLiteral(credentials.appPassword)}`,
    );
    // Databases an earlier start made as the superuser (the benchmark's, a test run's leftovers)
    // become the role's, so it may drop and remake them. What is inside the app's database is
    // handed over too, by handOverDatabase.
    const made = await client.query<{ datname: string }>(
      `SELECT datname FROM pg_database WHERE datdba = (SELECT oid FROM pg_roles WHERE rolname = current_user)
       AND NOT datistemplate AND datname <> 'postgres'`,
    );
    for (const { datname } of made.rows)
      await client.query(`ALTER DATABASE ${client.escapeIdentifier(datname)} OWNER TO ${role}`);
  } finally {
    await client.end();
  }
}

// Every table, view, sequence (not those a column owns: they follow their table), enum, domain,
// routine and schema the superuser owns in the database, handed to the app's role. REASSIGN
// OWNED cannot do this: it refuses objects of the bootstrap superuser.
const HAND_OVER = `
DO $$
DECLARE
  me oid := (SELECT oid FROM pg_roles WHERE rolname = current_user);
  target text := quote_ident($1);
  r record;
BEGIN
  FOR r IN
    SELECT n.nspname FROM pg_namespace n
    WHERE n.nspowner = me AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'public')
      AND n.nspname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('ALTER SCHEMA %I OWNER TO %s', r.nspname, target);
  END LOOP;
  FOR r IN
    SELECT c.oid::regclass AS name,
      CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
        WHEN 'm' THEN 'MATERIALIZED VIEW' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relowner = me AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
        AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i'))
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %s', r.kind, r.name, target);
  END LOOP;
  FOR r IN
    SELECT t.oid::regtype AS name, CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END AS kind
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE t.typowner = me AND t.typtype IN ('e', 'd')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO %s', r.kind, r.name, target);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.proowner = me AND n.nspname NOT IN ('pg_catalog', 'information_schema')
      AND n.nspname NOT LIKE 'pg\\_%'
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO %s', r.name, target);
  END LOOP;
END $$`;

/**
 * Gives the app's role the database at `adminUrl` (a superuser URL) and everything in it that an
 * earlier start made as the superuser. Runs on every start: when there is nothing left to hand
 * over it is a catalog scan of a few milliseconds, and a start stopped half-way is finished.
 */
export async function handOverDatabase(adminUrl: string): Promise<void> {
  const client = await connect(adminUrl);
  try {
    await client.query("BEGIN");
    // DO blocks take no parameters: the role's name goes in as a literal.
    await client.query(HAND_OVER.replace("$1", client.escapeLiteral(APP_ROLE)));
    const name = client.escapeIdentifier(client.database ?? "");
    await client.query(`ALTER DATABASE ${name} OWNER TO ${client.escapeIdentifier(APP_ROLE)}`);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
