/** A fault the person starting the app can fix: printed as one paragraph, never a stack trace. */
export class SetupError extends Error {
  override name = "SetupError";
}

/** Turns a pg connection error into a paragraph that names the server and what to check. */
export function describeConnectionError(url: string, error: unknown): SetupError {
  const u = new URL(url);
  const where = `${u.hostname}:${u.port || "5432"}`;
  const code = (error as { code?: string }).code;
  const detail = error instanceof Error ? error.message : String(error);
  switch (code) {
    case "ECONNREFUSED":
      return new SetupError(
        `Cannot reach PostgreSQL at ${where}: nothing is listening there. Check that the server is running and that DATABASE_URL names the right host and port, or unset DATABASE_URL to use the embedded PostgreSQL.`,
      );
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return new SetupError(
        `Cannot reach PostgreSQL at ${where}: the host name "${u.hostname}" does not resolve. Check the host in DATABASE_URL.`,
      );
    case "ETIMEDOUT":
      return new SetupError(
        `Cannot reach PostgreSQL at ${where}: the connection timed out. Check the host, port and any firewall between here and the server.`,
      );
    case "28P01":
    case "28000":
      return new SetupError(
        `PostgreSQL at ${where} refused the login for user "${decodeURIComponent(u.username)}". Check the user name and password in DATABASE_URL.`,
      );
    default:
      return new SetupError(`Cannot use PostgreSQL at ${where}: ${detail}. Check DATABASE_URL.`);
  }
}
