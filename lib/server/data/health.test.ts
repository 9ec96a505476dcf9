import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { createPrismaClient } from "@/lib/database/client";
import { committedMigrations, pendingMigrations } from "@/lib/database/migrations";
import { withScratchDatabase } from "@/lib/database/testing";
import { checkHealth, healthFor } from "./health";

describe("health", () => {
  it("reports a reachable database with every committed migration applied", async () => {
    await expect(checkHealth()).resolves.toEqual({
      ok: true,
      database: "reachable",
      migrations: "current",
    });
  });

  it("reports every committed migration pending on a database that has none applied", async () => {
    await withScratchDatabase(
      async (url) => {
        const client = createPrismaClient(url);
        try {
          const health = await checkHealth(client);
          expect(health).toMatchObject({ ok: false, database: "reachable", migrations: "pending" });
          expect(health.pending).toEqual(await committedMigrations());
        } finally {
          await client.$disconnect();
        }
      },
      { migrate: false },
    );
  });

  it("reports an unreachable database as such, without throwing", async () => {
    const client = createPrismaClient("postgresql://postgres@127.0.0.1:1/nowhere");
    await expect(checkHealth(client)).resolves.toEqual({
      ok: false,
      database: "unreachable",
      migrations: "unknown",
    });
  });

  it("reports not ready, without throwing, when the migrations cannot be read", async () => {
    // Run from a folder without prisma/migrations, as a deploy that left them out would be.
    const empty = await mkdtemp(path.join(tmpdir(), "health-"));
    const cwd = vi.spyOn(process, "cwd").mockReturnValue(empty);
    try {
      await expect(checkHealth()).resolves.toEqual({
        ok: false,
        database: "reachable",
        migrations: "unknown",
      });
    } finally {
      cwd.mockRestore();
      await rm(empty, { recursive: true });
    }
  });

  it("names the committed migrations a database has not applied", async () => {
    const committed = await committedMigrations();
    expect(committed.length).toBeGreaterThanOrEqual(2);
    expect(pendingMigrations(committed, committed.slice(0, 1))).toEqual(committed.slice(1));
    expect(pendingMigrations(committed, committed)).toEqual([]);
  });
});

describe("health as the caller may see it", () => {
  it("gives a request from this machine the details, and anyone else only ok", async () => {
    const details = { ok: true, database: "reachable", migrations: "current" };
    await expect(healthFor("127.0.0.1")).resolves.toEqual(details);
    await expect(healthFor("::1")).resolves.toEqual(details);
    await expect(healthFor("203.0.113.9")).resolves.toEqual({ ok: true });
    // No address known (no server in front to set it): treated as remote, never as this machine.
    await expect(healthFor("unknown")).resolves.toEqual({ ok: true });
  });

  it("names pending migrations only to this machine, and says not ready to everyone", async () => {
    await withScratchDatabase(
      async (url) => {
        const client = createPrismaClient(url);
        try {
          const remote = await healthFor("198.51.100.7", client);
          expect(remote).toEqual({ ok: false });
          const local = await healthFor("127.0.0.1", client);
          expect(local).toMatchObject({ ok: false, pending: await committedMigrations() });
        } finally {
          await client.$disconnect();
        }
      },
      { migrate: false },
    );
  });
});
