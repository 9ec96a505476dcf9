import { randomBytes } from "node:crypto";
import net from "node:net";
import { createPrismaClient, type Db } from "./client";
import { migrateDeploy } from "./prisma-cli";
import { databaseUrlFor, dropDatabase, ensureDatabase } from "./server";
import { databaseUrl } from "@/lib/env";

/** The fresh, migrated database `npm test` made for this run. */
export function testDb(): Db {
  return createPrismaClient(databaseUrl());
}

/** A further empty database on the same server, for tests that need a database to themselves. */
export async function withScratchDatabase<T>(
  fn: (url: string) => Promise<T>,
  options: { migrate?: boolean } = {},
): Promise<T> {
  const url = databaseUrlFor(databaseUrl(), `scratch_${randomBytes(5).toString("hex")}`);
  await ensureDatabase(url);
  try {
    if (options.migrate !== false) await migrateDeploy(url);
    return await fn(url);
  } finally {
    await dropDatabase(url);
  }
}

export const uniqueEmail = (label: string) =>
  `${label}-${randomBytes(4).toString("hex")}@test.invalid`;

/** A port that was free a moment ago and has nothing listening on it now: a server "down". */
export async function closedPort(): Promise<number> {
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as net.AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
