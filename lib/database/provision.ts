import path from "node:path";
import { startEmbedded } from "./embedded";
import { databaseUrlFor, ensureDatabase } from "./server";

export type ProvisionedDatabase = {
  url: string;
  embedded: boolean;
  /** True when this call created the database. */
  created: boolean;
  /** The server URL (maintenance database), for creating and dropping further databases. */
  serverUrl: string;
  stop: () => Promise<void>;
};

/**
 * The database the app or the tests use: the server named by `databaseUrl` when one is given,
 * otherwise an embedded PostgreSQL whose data lives in `dataDir`.
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
    return { url, serverUrl: server.serverUrl, embedded: true, created, stop: server.stop };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
