import { afterAll, beforeAll } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import type { Db } from "@/lib/database/client";
import { databaseUrl } from "@/lib/env";
import { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * For a test file: swaps lib/server/db's client for one that counts the SQL statements it sends
 * (made by hand rather than by createPrismaClient, which takes no logging options), so a read's
 * round trips can be asserted. Reset `count` before the call you measure.
 */
export function countStatements(): { count: number } {
  const counter = { count: 0 };
  const logged = new PrismaClient({
    adapter: new PrismaPg({ connectionString: databaseUrl() }),
    log: [{ emit: "event", level: "query" }],
  });
  logged.$on("query", () => void counter.count++);
  const slot = globalThis as unknown as { stepdownDb?: Db };
  let previous: Db | undefined;
  beforeAll(() => {
    previous = slot.stepdownDb;
    slot.stepdownDb = logged;
  });
  afterAll(async () => {
    slot.stepdownDb = previous;
    await logged.$disconnect();
  });
  return counter;
}
