import { execFile } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, copyFile, mkdir, mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { SetupError } from "./errors";

const run = promisify(execFile);

/**
 * A hot base backup of a running embedded PostgreSQL by PostgreSQL's own low-level API
 * (pg_backup_start / pg_backup_stop, "Making a Base Backup Using the Low Level API" in its
 * manual): the embedded package ships no pg_basebackup or pg_dump, and the system's may be
 * an older major that refuses to read this server. The files are copied while the server runs;
 * the WAL written meanwhile (kept by a temporary replication slot) and the backup_label travel
 * with them, so the restored copy replays to the moment the backup ended: consistent, whatever
 * the app wrote during the copy.
 */

// Left out of a base backup: regenerated at start, or meaningless in a copy (the manual's list).
const SKIP_CONTENTS = new Set([
  "pg_wal",
  "pg_replslot",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
]);
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map"]);

const missing = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** Copies a folder that changes while we read it: a file dropped meanwhile is simply skipped. */
async function copyLive(from: string, to: string, top = true): Promise<void> {
  await mkdir(to, { recursive: true, mode: 0o700 });
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch (error) {
    if (missing(error)) return;
    throw error;
  }
  for (const entry of entries) {
    if (top && SKIP_FILES.has(entry.name)) continue;
    if (entry.name.startsWith("pgsql_tmp")) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      if (top && SKIP_CONTENTS.has(entry.name)) await mkdir(target, { mode: 0o700 });
      else await copyLive(source, target, false);
    } else if (entry.isFile()) {
      await copyFile(source, target).catch((error: unknown) => {
        if (!missing(error)) throw error;
      });
    }
  }
}

/**
 * The WAL segments (not their archive status) as they are now. The server keeps writing: a
 * segment it is still creating (xlogtemp.*, renamed once complete) is not one the restore needs,
 * and a file recycled between the listing and its copy is skipped, as copyLive skips one.
 */
async function copyWal(dataDir: string, to: string): Promise<void> {
  const wal = path.join(dataDir, "pg_wal");
  await mkdir(path.join(to, "pg_wal", "archive_status"), { recursive: true, mode: 0o700 });
  for (const entry of await readdir(wal, { withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith("xlogtemp.")) continue;
    await copyFile(path.join(wal, entry.name), path.join(to, "pg_wal", entry.name)).catch(
      (error: unknown) => {
        if (!missing(error)) throw error;
      },
    );
  }
}

export type BackupResult = { file: string; bytes: number; startLsn: string; endLsn: string };

/**
 * Backs up the server whose data folder is `dataDir`, reached as its superuser at `adminUrl`,
 * into `file` (a .tar.gz of a data folder ready to start).
 */
export async function backupEmbedded(options: {
  dataDir: string;
  adminUrl: string;
  file: string;
}): Promise<BackupResult> {
  const { dataDir, adminUrl, file } = options;
  if (existsSync(file)) throw new SetupError(`${file} already exists: choose another name.`);
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const staging = await mkdtemp(path.join(path.dirname(path.resolve(file)), ".backup-"));
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    // A temporary slot holds every WAL segment from here on until this session ends, so a
    // checkpoint during the copy cannot recycle one the restore needs.
    const slot = `stepdown_backup_${process.pid}`;
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [slot]);
    const label = `stepdown ${new Date().toISOString()}`;
    const started = await client.query<{ lsn: string }>(
      "SELECT pg_backup_start($1, true)::text AS lsn",
      [label],
    );
    await copyLive(dataDir, staging);
    const stopped = await client.query<{ lsn: string; labelfile: string; spcmapfile: string }>(
      "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)",
    );
    const end = stopped.rows[0]!;
    // pg_backup_stop has switched to a new segment: everything up to `end.lsn` is on disk now.
    await copyWal(dataDir, staging);
    await writeFile(path.join(staging, "backup_label"), end.labelfile, { mode: 0o600 });
    if (end.spcmapfile) await writeFile(path.join(staging, "tablespace_map"), end.spcmapfile);
    await run("tar", ["-czf", path.resolve(file), "-C", staging, "."]);
    return {
      file,
      bytes: (await stat(file)).size,
      startLsn: started.rows[0]!.lsn,
      endLsn: end.lsn,
    };
  } finally {
    await client.end().catch(() => undefined);
    await rm(staging, { recursive: true, force: true });
  }
}

function runningPid(dataDir: string): number | undefined {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

/** The PostgreSQL serving `dataDir` right now (its pid), if any. */
export const serverRunningOn = runningPid;

/**
 * Unpacks `file` into `dataDir`, which must not hold anything yet: a folder in use, or one with
 * data, is refused rather than overwritten. The first start replays the backup's WAL.
 */
export async function restoreEmbedded(options: { file: string; dataDir: string }): Promise<void> {
  const { file, dataDir } = options;
  if (!existsSync(file)) throw new SetupError(`No backup at ${file}.`);
  const pid = runningPid(dataDir);
  if (pid)
    throw new SetupError(
      `PostgreSQL (pid ${pid}) is running on ${dataDir}: stop the app first, and restore into a new folder (--to <folder>), never over the one in use.`,
    );
  if (existsSync(dataDir) && (await readdir(dataDir)).length)
    throw new SetupError(
      `${dataDir} is not empty: the backup is restored only into a new folder. Move that one aside, or restore elsewhere with --to <folder> and start with EMBEDDED_PG_DATA=<folder>.`,
    );
  await mkdir(dataDir, { recursive: true });
  try {
    await run("tar", ["-xzf", path.resolve(file), "-C", dataDir]);
    if (
      !existsSync(path.join(dataDir, "backup_label")) ||
      !existsSync(path.join(dataDir, "PG_VERSION"))
    )
      throw new SetupError(`${file} is not a backup made by \`npm run db:backup\`.`);
    await chmod(dataDir, 0o700);
    // As root, the server runs as the `postgres` user (lib/database/embedded.ts): hand it over.
    if (process.getuid?.() === 0) await run("chown", ["-R", "postgres:postgres", dataDir]);
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true }); // never leave half a data folder behind
    throw error;
  }
}
