import { describe, expect, it } from "vitest";
import { committedMigrations, pendingMigrations } from "@/lib/database/migrations";
import { checkHealth } from "./health";

describe("health", () => {
  it("reports a reachable database with every committed migration applied", async () => {
    await expect(checkHealth()).resolves.toEqual({
      ok: true,
      database: "reachable",
      migrations: "current",
    });
  });

  it("names the committed migrations a database has not applied", async () => {
    const committed = await committedMigrations();
    expect(committed.length).toBeGreaterThanOrEqual(2);
    expect(pendingMigrations(committed, committed.slice(0, 1))).toEqual(committed.slice(1));
    expect(pendingMigrations(committed, committed)).toEqual([]);
  });
});
