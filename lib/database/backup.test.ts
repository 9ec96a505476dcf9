import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { seedDemo } from "@/prisma/seed/demo";
import { backupEmbedded, restoreEmbedded } from "./backup";
import { embeddedUrl, readCredentials, SUPERUSER } from "./credentials";
import { startEmbedded } from "./embedded";
import { migrateDeploy } from "./prisma-cli";
import { provisionDatabase } from "./provision";
import { databaseUrlFor } from "./server";

const root = mkdtempSync(path.join(tmpdir(), "stepdown-backup-"));
chmodSync(root, 0o755); // the server runs as the `postgres` user, which must reach its folders
const SOURCE_PORT = 54_341;
const RESTORED_PORT = 54_342;

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Every table's row count, and a checksum of every result and lap as stored. */
async function fingerprint(url: string) {
  return withClient(url, async (client) => {
    const tables = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'probe'
       ORDER BY table_name`,
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables.rows) {
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ${client.escapeIdentifier(name)}`,
      );
      counts[name] = Number(rows[0]!.n);
    }
    const { rows } = await client.query<{ results: string; laps: string }>(
      `SELECT (SELECT md5(string_agg(r::text, '|' ORDER BY r.id)) FROM "SessionResult" r) AS results,
              (SELECT md5(string_agg(l::text, '|' ORDER BY l.id)) FROM "Lap" l) AS laps`,
    );
    return { counts, ...rows[0]! };
  });
}

describe("npm run db:backup / db:restore (embedded PostgreSQL)", () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it(
    "backs up a running server while it is written to, and restores every row",
    { timeout: 300_000 },
    async () => {
      const dataDir = path.join(root, "source");
      const source = await provisionDatabase({
        database: "stepdown",
        embeddedPort: SOURCE_PORT,
        dataDir,
      });
      const file = path.join(root, "out", "backup.tar.gz");
      const restoredDir = path.join(root, "restored");
      try {
        await migrateDeploy(source.url);
        await seedDemo(source.url, "backup-test-password");
        const before = await fingerprint(source.url);
        expect(before.counts.SessionResult).toBeGreaterThan(10);
        expect(before.counts.Lap).toBeGreaterThan(100);

        // A writer keeps committing pairs of rows all through the backup: the copy of the
        // files is torn, the restored database must not be (every pair whole or absent).
        await withClient(source.url, (c) => c.query("CREATE TABLE probe (batch int, n int)"));
        let writing = true;
        const writer = withClient(source.url, async (client) => {
          for (let batch = 0; writing; batch++)
            await client.query("INSERT INTO probe VALUES ($1, 1), ($1, 2)", [batch]);
        });

        const adminUrl = embeddedUrl(
          SOURCE_PORT,
          SUPERUSER,
          readCredentials(dataDir)!.superuserPassword,
        );
        const result = await backupEmbedded({ dataDir, adminUrl, file });
        writing = false;
        await writer;
        expect(result.bytes).toBeGreaterThan(1_000_000);

        // Refused: the folder in use, and any folder that holds something.
        await expect(restoreEmbedded({ file, dataDir })).rejects.toThrow(/running on/);
        mkdirSync(path.join(root, "occupied", "x"), { recursive: true });
        await expect(
          restoreEmbedded({ file, dataDir: path.join(root, "occupied") }),
        ).rejects.toThrow(/not empty/);

        await restoreEmbedded({ file, dataDir: restoredDir });
        const restored = await startEmbedded({ dataDir: restoredDir, port: RESTORED_PORT });
        try {
          const url = databaseUrlFor(restored.serverUrl, "stepdown");
          expect(await fingerprint(url)).toEqual(before);
          const probe = await withClient(url, (c) =>
            c.query<{ batches: string; halves: string }>(
              `SELECT count(DISTINCT batch) AS batches,
                      count(*) FILTER (WHERE c <> 2) AS halves
               FROM (SELECT batch, count(*) AS c FROM probe GROUP BY batch) b`,
            ),
          );
          expect(Number(probe.rows[0]!.batches)).toBeGreaterThan(0);
          expect(Number(probe.rows[0]!.halves)).toBe(0);
        } finally {
          await restored.stop();
        }
        expect(existsSync(path.join(restoredDir, "backup_label"))).toBe(false); // recovery done
      } finally {
        await source.stop();
      }
    },
  );
});
