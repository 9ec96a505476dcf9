import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { NOT_FOUND } from "@/lib/server/action";
import { currentMarks } from "@/lib/server/results/current-marks";
import { buildWorld } from "@/lib/server/testing/world";
import { addMark } from "./add-mark";
import { pinMark } from "./pin-mark";

const db = testDb();
afterAll(() => db.$disconnect());

const today = () => new Date().toISOString().slice(0, 10);

describe("5K marks", () => {
  it("adds a mark by the athlete themself, which becomes current as the latest", async () => {
    const world = await buildWorld(db);
    const added = await addMark.invoke(world.viewers.self, {
      athleteId: world.a.athleteId,
      time: "19:45",
      date: today(),
      source: "TIME_TRIAL",
      note: "parkrun",
    });
    expect(added).toMatchObject({ ok: true });
    expect((await currentMarks([world.a.athleteId])).get(world.a.athleteId)?.timeMs).toBe(
      1_185_000,
    );
  });

  it.each([
    ["time", { time: "61:00" }, /between 12:00 and 60:00/],
    ["time", { time: "abc" }, /digits and colons/],
    ["time", { time: "2000" }, /minutes:seconds, like 20:00/], // not 33:20 by accident
    ["date", { date: "2099-01-01" }, /cannot be in the future/],
    ["date", { date: "2026-02-30" }, /does not exist/],
    ["source", { source: "RECALIBRATION" }, /race, time trial or estimate/],
  ])("refuses a bad %s (%o) at its field, adding nothing", async (field, fields, message) => {
    const world = await buildWorld(db);
    const result = await addMark.invoke(world.viewers.coach, {
      athleteId: world.a.athleteId,
      time: "19:45",
      date: today(),
      source: "RACE",
      ...fields,
    });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.[field]).toMatch(message);
    expect(await db.fiveKMark.count({ where: { athleteId: world.a.athleteId } })).toBe(1);
  });

  it("answers not found for an athlete of another squad", async () => {
    const world = await buildWorld(db);
    const result = await addMark.invoke(world.viewers.coach, {
      athleteId: world.b.athleteId,
      time: "19:45",
      date: today(),
      source: "RACE",
    });
    expect(result).toEqual({ ok: false, code: "not_found", message: NOT_FOUND });
    expect(await db.fiveKMark.count({ where: { athleteId: world.b.athleteId } })).toBe(1);
  });

  it("pinning makes an older mark current; unpinning gives it back to the latest", async () => {
    const world = await buildWorld(db);
    const athleteId = world.a.athleteId;
    const old = await db.fiveKMark.findFirstOrThrow({ where: { athleteId } });
    await addMark.invoke(world.viewers.coach, {
      athleteId,
      time: "19:30",
      date: today(),
      source: "RACE",
    });
    const current = async () => (await currentMarks([athleteId])).get(athleteId);
    expect((await current())?.timeMs).toBe(1_170_000);

    expect(await pinMark.invoke(world.viewers.coach, { athleteId, markId: old.id })).toMatchObject({
      ok: true,
    });
    expect(await current()).toMatchObject({ id: old.id, pinned: true });

    expect(await pinMark.invoke(world.viewers.coach, { athleteId, markId: "" })).toMatchObject({
      ok: true,
    });
    expect(await current()).toMatchObject({ timeMs: 1_170_000, pinned: false });
  });

  it("refuses to pin another athlete's mark, and lets no athlete pin", async () => {
    const world = await buildWorld(db);
    const theirs = await db.fiveKMark.findFirstOrThrow({ where: { athleteId: world.b.athleteId } });
    const foreign = await pinMark.invoke(world.viewers.coach, {
      athleteId: world.a.athleteId,
      markId: theirs.id,
    });
    expect(foreign.fieldErrors?.markId).toMatch(/not this athlete's/);
    const own = await db.fiveKMark.findFirstOrThrow({ where: { athleteId: world.a.athleteId } });
    const byAthlete = await pinMark.invoke(world.viewers.self, {
      athleteId: world.a.athleteId,
      markId: own.id,
    });
    expect(byAthlete).toEqual({ ok: false, code: "not_found", message: NOT_FOUND });
  });
});
