/**
 * Backup and restore of the embedded PostgreSQL (docs/operations.md, "Backup and restore"):
 *   npm run db:backup [-- FILE]            a hot backup while the app runs (or not), to FILE or
 *                                          .data/backups/stepdown-<time>.tar.gz
 *   npm run db:restore -- FILE [--to DIR]  into a new, empty data folder (EMBEDDED_PG_DATA unless
 *                                          --to), then started once to replay and check it
 * With DATABASE_URL the server is yours: use pg_dump / pg_restore (README, "Your own PostgreSQL").
 */
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { backupEmbedded, restoreEmbedded, serverRunningOn } from "@/lib/database/backup";
import { embeddedUrl, readCredentials, SUPERUSER } from "@/lib/database/credentials";
import { startEmbedded } from "@/lib/database/embedded";
import { SetupError } from "@/lib/database/errors";
import { env } from "@/lib/env";
import { fail } from "./process";

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.once("error", reject);
  });
}

async function backup(file: string) {
  const dataDir = path.resolve(env().EMBEDDED_PG_DATA);
  const credentials = readCredentials(dataDir);
  if (!credentials) throw new SetupError(`No embedded database in ${dataDir} to back up.`);
  const pid = serverRunningOn(dataDir);
  // The running server's port is the fourth line of its pid file; else start it for the backup.
  const started = pid ? undefined : await startEmbedded({ dataDir, port: await freePort() });
  try {
    const port = pid
      ? Number(readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[3])
      : Number(new URL(started!.adminUrl).port);
    const adminUrl = embeddedUrl(port, SUPERUSER, credentials.superuserPassword);
    const result = await backupEmbedded({ dataDir, adminUrl, file });
    const mb = (result.bytes / 1024 / 1024).toFixed(1);
    console.log(
      `Backup written: ${result.file} (${mb} MB, WAL ${result.startLsn} to ${result.endLsn}${pid ? ", taken while the app ran" : ""}).`,
    );
    console.log(`Restore it with: npm run db:restore -- ${result.file} --to <new folder>`);
  } finally {
    await started?.stop();
  }
}

async function restore(file: string, to: string | undefined) {
  const dataDir = path.resolve(to ?? env().EMBEDDED_PG_DATA);
  await restoreEmbedded({ file, dataDir });
  // The first start replays the WAL copied with the backup up to its end: check it comes up.
  const server = await startEmbedded({ dataDir, port: await freePort() });
  try {
    const client = new pg.Client({ connectionString: server.adminUrl });
    await client.connect();
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'",
    );
    await client.end();
    console.log(`Restored into ${dataDir} (databases: ${rows.map((r) => r.datname).join(", ")}).`);
    console.log(
      to ? `Start the app on it with: EMBEDDED_PG_DATA=${dataDir} npm start` : "Start: npm start",
    );
  } finally {
    await server.stop();
  }
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (env().DATABASE_URL)
    throw new SetupError(
      "DATABASE_URL is set: that server is backed up with its own tools (pg_dump -Fc, pg_restore, or your provider's snapshots), as the README shows. These commands are for the embedded PostgreSQL.",
    );
  const toFlag = rest.indexOf("--to");
  const to = toFlag >= 0 ? rest[toFlag + 1] : undefined;
  const file = rest.find((arg, i) => !arg.startsWith("--") && (toFlag < 0 || i !== toFlag + 1));
  if (command === "backup")
    await backup(file ?? path.join(".data", "backups", `stepdown-${stamp()}.tar.gz`));
  else if (command === "restore") {
    if (!file) throw new SetupError("Which backup? npm run db:restore -- FILE [--to DIR]");
    await restore(file, to);
  } else throw new Error(`Unknown command "${command}": use backup or restore.`);
}

main().then(() => process.exit(0), fail);
