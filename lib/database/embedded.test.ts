import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import pg from "pg";
import { EMBEDDED_PG_MAJOR, startEmbedded } from "./embedded";
import { SetupError } from "./errors";

const root = mkdtempSync(path.join(tmpdir(), "stepdown-embedded-"));
chmodSync(root, 0o755); // the server runs as the `postgres` user, which must reach its folder
const PORT = 54_390;

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

describe("the embedded PostgreSQL", () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("initialises, keeps its data across restarts and stops cleanly", async () => {
    const dataDir = path.join(root, "data");
    const first = await startEmbedded({ dataDir, port: PORT });
    expect(first.created).toBe(true);
    await query(first.adminUrl, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
    await first.stop();
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);

    const again = await startEmbedded({ dataDir, port: PORT });
    expect(again.created).toBe(false);
    expect(await query(again.adminUrl, "SELECT n FROM kept")).toEqual([{ n: 42 }]);
    await again.stop();
  });

  it("recovers after a crash (the server killed, its pid file left behind) without losing data", async () => {
    const dataDir = path.join(root, "crash");
    const first = await startEmbedded({ dataDir, port: PORT });
    await query(first.adminUrl, "CREATE TABLE survived (n int); INSERT INTO survived VALUES (7)");
    const pid = Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true); // stale, as after a crash
    const again = await startEmbedded({ dataDir, port: PORT });
    expect(await query(again.adminUrl, "SELECT n FROM survived")).toEqual([{ n: 7 }]);
    await again.stop();
  });

  it("refuses a data folder from another PostgreSQL major and leaves it untouched", async () => {
    const dataDir = path.join(root, "old-major");
    mkdirSync(path.join(dataDir, "base"), { recursive: true });
    writeFileSync(path.join(dataDir, "PG_VERSION"), "16\n");
    const error = await startEmbedded({ dataDir, port: PORT }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SetupError);
    expect((error as Error).message).toContain(
      `made by PostgreSQL 16, but this app ships PostgreSQL ${EMBEDDED_PG_MAJOR}`,
    );
    expect(readFileSync(path.join(dataDir, "PG_VERSION"), "utf8")).toBe("16\n");
    expect(existsSync(path.join(dataDir, "base"))).toBe(true);
  });

  it("refuses a damaged folder (database files but no PG_VERSION) without deleting anything", async () => {
    const dataDir = path.join(root, "damaged");
    mkdirSync(path.join(dataDir, "base"), { recursive: true });
    const error = await startEmbedded({ dataDir, port: PORT }).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/looks damaged/);
    expect(existsSync(path.join(dataDir, "base"))).toBe(true);
  });

  it("says which port is busy and how to choose another", async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(PORT + 1, "127.0.0.1", resolve));
    try {
      const error = await startEmbedded({ dataDir: path.join(root, "busy"), port: PORT + 1 }).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(SetupError);
      expect((error as Error).message).toMatch(
        new RegExp(`Port ${PORT + 1} is already in use.*EMBEDDED_PG_PORT`),
      );
    } finally {
      blocker.close();
    }
  });
});
