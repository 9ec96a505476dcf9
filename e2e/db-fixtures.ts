import { createPrismaClient, type Db } from "../lib/database/client";
import { databaseUrl } from "../lib/env";

/**
 * The browser tests' one way into the database: a single client per Playwright worker, on the URL
 * `npm test` hands over (this run's fresh database), closed when the worker ends (e2e/test.ts).
 * Test-only: for data the browser cannot enter in a spec's flow and for reading back what a flow
 * stored. The app itself only ever writes through its server actions.
 */
let client: Db | undefined;

export function testDb(): Db {
  client ??= createPrismaClient(databaseUrl(), { size: 4 });
  return client;
}

/** Closes the worker's client; the next testDb() opens a new one. */
export async function disconnectTestDb(): Promise<void> {
  const closing = client;
  client = undefined;
  await closing?.$disconnect();
}

/** A race 5K mark dated today for a squad's athlete found by name (see e2e/factories.ts). */
export async function addFiveKMark(squadId: string, athleteName: string, time: string) {
  const [minutes, seconds] = time.split(":").map(Number);
  const athlete = await testDb().athleteProfile.findFirstOrThrow({
    where: { squadId, name: athleteName, removedAt: null },
    select: { id: true },
  });
  await testDb().fiveKMark.create({
    data: {
      athleteId: athlete.id,
      timeMs: ((minutes ?? 0) * 60 + (seconds ?? 0)) * 1000,
      date: new Date(new Date().toISOString().slice(0, 10)),
      source: "RACE",
    },
  });
}
