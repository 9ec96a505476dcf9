import { afterAll, afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/database/client";
import { testDb } from "@/lib/database/testing";
import { buildWorld } from "@/lib/server/testing/world";
import { getAthleteProgress } from "./athlete-progress";
import { getSquadDashboard } from "./squad-dashboard";

const db = testDb();
afterAll(() => db.$disconnect());

// lib/server/db's client (kept on globalThis), swapped for one whose raw reads come back changed:
// as if a column had been renamed in the SQL or the schema without the code that reads it.
const slot = globalThis as unknown as { stepdownDb?: Db };
afterEach(() => {
  slot.stepdownDb = undefined;
});

type Row = Record<string, unknown>;
function rawRowsChangedBy(change: (row: Row) => Row) {
  slot.stepdownDb = new Proxy(db, {
    get(target, key) {
      if (key !== "$queryRaw") return Reflect.get(target, key, target) as unknown;
      return async (...args: Parameters<Db["$queryRaw"]>) =>
        ((await target.$queryRaw<Row[]>(...args)) ?? []).map(change);
    },
  });
}

const renamed = (from: string, to: string) => (row: Row) => {
  const { [from]: value, ...rest } = row;
  return { ...rest, [to]: value };
};

describe("the raw SQL reads check their rows", () => {
  it("read as before while the columns are as expected", async () => {
    const world = await buildWorld(db);
    rawRowsChangedBy((row) => row);
    expect(await getSquadDashboard(world.viewers.coach, world.a.id)).not.toBeNull();
    const progress = await getAthleteProgress(world.viewers.coach, world.a.athleteId, {
      from: "all",
    });
    expect(progress?.sessions.length).toBeGreaterThan(0);
  }, 60_000);

  it("fail loudly, naming the read and the column, when a column is renamed", async () => {
    const world = await buildWorld(db);
    rawRowsChangedBy(renamed("sessionDates", "session_dates"));
    await expect(getSquadDashboard(world.viewers.coach, world.a.id)).rejects.toThrow(
      /squad dashboard overview: .*unexpected shape[\s\S]*sessionDates/,
    );
    rawRowsChangedBy(renamed("squadName", "squad_name"));
    await expect(
      getAthleteProgress(world.viewers.coach, world.a.athleteId, { from: "all" }),
    ).rejects.toThrow(/athlete progress: .*unexpected shape[\s\S]*squadName/);
  }, 60_000);

  it("fail loudly when a column changes type, deep inside the JSON too", async () => {
    const world = await buildWorld(db);
    // A status read as its enum's position rather than its name.
    rawRowsChangedBy((row) => ({
      ...row,
      sessions: (row.sessions as Row[]).map((s) => ({ ...s, status: 0 })),
    }));
    await expect(
      getAthleteProgress(world.viewers.coach, world.a.athleteId, { from: "all" }),
    ).rejects.toThrow(/sessions\[0\]\.status/);
    // Dates as timestamps instead of calendar days.
    rawRowsChangedBy((row) => ({
      ...row,
      date: row.date === null ? null : "2026-03-03T00:00:00Z",
    }));
    await expect(getSquadDashboard(world.viewers.coach, world.a.id)).rejects.toThrow(/date/);
  }, 60_000);
});
