import path from "node:path";
import { startEmbedded } from "./embedded";
import { handOverDatabase } from "./roles";
import { databaseUrlFor, ensureDatabase } from "./server";

export type ProvisionedDatabase = {
  url: string;
  embedded: boolean;
  /** True when this call created the database. */
  created: boolean;
  /**
   * The server URL (maintenance database), for creating and dropping further databases. With the
   * embedded server, as the app's role: it may create databases, and owns the ones it creates.
   */
  serverUrl: string;
  stop: () => Promise<void>;
};

/**
 * The database the app or the tests use: the server named by `databaseUrl` when one is given
 * (used as it is), otherwise an embedded PostgreSQL whose data lives in `dataDir`, reached as
 * the app's own role, which owns the database but is no superuser.
 */
export async function provisionDatabase(options: {
  databaseUrl?: string;
  /** With an embedded server: the database to use on it. */
  database: string;
  embeddedPort: number;
  dataDir: string;
  log?: (line: string) => void;
}): Promise<ProvisionedDatabase> {
  if (options.databaseUrl) {
    const created = await ensureDatabase(options.databaseUrl);
    return {
      url: options.databaseUrl,
      serverUrl: databaseUrlFor(options.databaseUrl, "postgres"),
      embedded: false,
      created,
      stop: () => Promise.resolve(),
    };
  }
  const server = await startEmbedded({
    dataDir: path.resolve(options.dataDir),
    port: options.embeddedPort,
    log: options.log,
  });
  try {
    const url = databaseUrlFor(server.serverUrl, options.database);
    const created = await ensureDatabase(url);
    // Whatever an earlier start made in it as the superuser becomes the app's role's, data and all.
    // (`postgres` is the server's own: the tests and the benchmark only create databases from it.)
    if (!created && options.database !== "postgres")
      await handOverDatabase(databaseUrlFor(server.adminUrl, options.database));
    return { url, serverUrl: server.serverUrl, embedded: true, created, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
