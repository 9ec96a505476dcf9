import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { SetupError } from "./errors";

/**
 * The embedded PostgreSQL's logins. The superuser is used only to provision (its password, the
 * app's role); the app, the migrations and the tests connect as APP_ROLE, which owns the app's
 * database but is no superuser. Both passwords are generated at the data folder's first start
 * and kept inside it, readable by its owner only (0600), so they move with the data.
 */
export const SUPERUSER = "postgres";
export const APP_ROLE = "stepdown";
/** Every data folder made before the passwords were generated accepts this; upgrades use it once. */
export const LEGACY_PASSWORD = "postgres";

export type Credentials = { superuserPassword: string; appPassword: string };

const FILE_NAME = "stepdown-credentials.json";

export const credentialsFile = (dataDir: string) => path.join(dataDir, FILE_NAME);

const secret = () => randomBytes(24).toString("base64url");

export const generateCredentials = (): Credentials => ({
  superuserPassword: secret(),
  appPassword: secret(),
});

export function readCredentials(dataDir: string): Credentials | undefined {
  const file = credentialsFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<Credentials>;
    if (typeof parsed.superuserPassword === "string" && typeof parsed.appPassword === "string")
      return { superuserPassword: parsed.superuserPassword, appPassword: parsed.appPassword };
  } catch {
    // unreadable JSON: the same message as a missing field
  }
  throw new SetupError(
    `The embedded PostgreSQL's password file ${file} is damaged. Restore it from a backup, or move the data folder ${dataDir} aside to start with a new, empty database.`,
  );
}

export function writeCredentials(dataDir: string, credentials: Credentials): void {
  const file = credentialsFile(dataDir);
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // writeFileSync's mode applies only when it creates the file
}

/** A connection URL for `user` on the embedded server (loopback only). */
export function embeddedUrl(port: number, user: string, password: string, database = "postgres") {
  const u = new URL(`postgresql://127.0.0.1:${port}/`);
  u.username = user;
  u.password = password;
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
