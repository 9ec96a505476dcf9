import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { readSession } from "@/lib/devices";
import { testDb } from "@/lib/database/testing";
import { deleteResult } from "@/lib/server/actions/delete-result";
import { logResult } from "@/lib/server/actions/log-result";
import { saveImportAction } from "@/lib/server/actions/save-import";
import { getResultOriginal } from "@/lib/server/data/result-originals";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { importFitBytes, importFixture } from "./testing";

const db = testDb();
afterAll(() => db.$disconnect());

const REAL = path.join(import.meta.dirname, "../../devices/fixtures/real");
/** The simulated file was recorded on 2026-05-14 (lib/devices/testing/encode-fit.ts). */
const FILE_DAY = new Date("2026-05-14T00:00:00Z");

/** A world whose open session is on the day the file was recorded. */
async function worldOnFileDay(): Promise<World> {
  const world = await buildWorld(db);
  await db.assignment.update({ where: { id: world.a.openAssignmentId }, data: { date: FILE_DAY } });
  return world;
}

const importAs = (world: World, fields: Record<string, unknown> = {}, who = world.viewers.self) =>
  saveImportAction.invoke(who, {
    assignmentId: world.a.openAssignmentId,
    file: importFixture(),
    status: "COMPLETED",
    ...fields,
  });

const stored = (assignmentId: string) =>
  db.sessionResult.findUnique({
    where: { assignmentId },
    select: {
      status: true,
      source: true,
      importDevice: true,
      importFormat: true,
      importFileName: true,
      importStartedAt: true,
      importUtcOffsetMinutes: true,
      laps: { select: { kind: true, repIndex: true, lapIndex: true, timeMs: true } },
      original: { select: { fileName: true, size: true } },
    },
  });

const repLaps = (
  laps: { kind: string; repIndex: number; lapIndex: number; timeMs: number }[],
  k: number,
) =>
  laps
    .filter((l) => l.kind === "REP" && l.repIndex === k)
    .sort((a, b) => a.lapIndex - b.lapIndex)
    .map((l) => l.timeMs);

describe("importing a watch file for a session", { timeout: 60_000 }, () => {
  it("saves the laps as read, where they came from, and the file itself", async () => {
    const world = await worldOnFileDay();
    const answer = await importAs(world);
    expect(answer).toMatchObject({ ok: true, message: "Saved.", data: { outcome: "saved" } });
    const reading = await readSession({ name: "run.fit", bytes: importFitBytes() }, "metric");
    if (!reading.ok) throw new Error(reading.reason);
    const result = await stored(world.a.openAssignmentId);
    expect(result).toMatchObject({
      status: "COMPLETED",
      source: "IMPORT",
      importDevice: "Garmin hrm1",
      importFormat: "FIT",
      importFileName: "morning-run.fit",
      importStartedAt: new Date("2026-05-14T06:00:00Z"),
      importUtcOffsetMinutes: null,
      original: { fileName: "morning-run.fit", size: importFitBytes().length },
    });
    reading.reps.forEach((rep, k) =>
      expect(repLaps(result!.laps, k)).toEqual(rep!.laps.map((s) => Math.round(s * 100) * 10)),
    );
    const jogs = result!.laps.filter((l) => l.kind === "RECOVERY").map((l) => l.timeMs);
    expect(jogs).toEqual(reading.recoveries.map((s) => Math.round(s! * 100) * 10));
  });

  it("stores one result when the same file is imported twice, and says so", async () => {
    const world = await worldOnFileDay();
    expect((await importAs(world)).ok).toBe(true);
    // The coach imports the same file (gzipped this time) for the same session.
    const again = await importAs(
      world,
      { file: new File([gzipSync(importFitBytes())], "morning-run.fit.gz") },
      world.viewers.coach,
    );
    expect(again).toMatchObject({ ok: true, data: { outcome: "duplicate" } });
    expect(again.message).toMatch(/already imported/i);
    expect(
      await db.sessionResult.count({ where: { assignmentId: world.a.openAssignmentId } }),
    ).toBe(1);
  });

  it("asks before saving an activity that started on another day than the session", async () => {
    const world = await buildWorld(db); // the open session is on 2026-03-31
    const refused = await importAs(world);
    expect(refused).toMatchObject({ ok: false });
    expect(refused.fieldErrors?.confirmOtherDay).toMatch(/Thu, 14 May 2026.*Tue, 31 Mar 2026/);
    expect(await stored(world.a.openAssignmentId)).toBeNull();
    expect(await importAs(world, { confirmOtherDay: "on" })).toMatchObject({ ok: true });
  });

  it("saves the user's regrouping: a moved boundary and a rep not run", async () => {
    const world = await worldOnFileDay();
    const { readImportFile } = await import("@/lib/devices");
    const read = readImportFile({ name: "run.fit", bytes: importFitBytes() }, "metric");
    if (!read.ok) throw new Error(read.reason);
    const [r1, r2, r3] = read.choice;
    // Rep 3 starts one stretch early (it takes the jog before it); rep 4 was not run.
    const choice = [r1, r2, { first: r3!.first - 1, last: r3!.last }, null];
    const answer = await importAs(world, { choice: JSON.stringify(choice), status: "PARTIAL" });
    expect(answer).toMatchObject({ ok: true });
    const result = await stored(world.a.openAssignmentId);
    expect(repLaps(result!.laps, 3)).toEqual([]);
    const rep3 = repLaps(result!.laps, 2).reduce((a, b) => a + b, 0);
    expect(rep3 / 1000).toBeGreaterThan(read.reading.reps[2]!.seconds + 60);
    // The jog before rep 3 is now inside it: no recovery between reps 2 and 3.
    expect(result!.laps.some((l) => l.kind === "RECOVERY" && l.repIndex === 1)).toBe(false);
  });

  it("refuses a completed status when a rep was marked not run, as typed laps are", async () => {
    const world = await worldOnFileDay();
    const { readImportFile } = await import("@/lib/devices");
    const read = readImportFile({ name: "run.fit", bytes: importFitBytes() }, "metric");
    if (!read.ok) throw new Error(read.reason);
    const choice = [...read.choice.slice(0, 3), null];
    const answer = await importAs(world, { choice: JSON.stringify(choice) });
    expect(answer.ok).toBe(false);
    expect(answer.fieldErrors?.["reps.3"]).toMatch(/completed session has all 1 lap/);
    expect(await stored(world.a.openAssignmentId)).toBeNull();
  });

  it.each([
    ["an empty file", () => new File([], "empty.fit"), /empty/],
    [
      "not an activity",
      () => new File(["hello, world"], "notes.fit"),
      /notes\.fit cannot be imported: it is not a FIT, TCX or GPX/,
    ],
    [
      "a truncated FIT",
      () =>
        new File(
          [readFileSync(path.join(REAL, "fitparse-activity-unexpected-eof.fit"))],
          "cut.fit",
        ),
      /cut\.fit cannot be imported: it is truncated/,
    ],
    [
      "another session (5 x 3 min)",
      () => new File([readFileSync(path.join(REAL, "fr965-5x3min-manual-laps.fit"))], "tempo.fit"),
      /tempo\.fit cannot be imported: its laps hold 5 fast efforts/,
    ],
    [
      "a file over 25 MB",
      () => new File([new Uint8Array(25 * 1024 * 1024 + 1)], "huge.fit"),
      /larger than 25 MB/,
    ],
  ])("refuses %s with a clear message and saves nothing", async (_, file, reason) => {
    const world = await worldOnFileDay();
    const answer = await importAs(world, { file: file() });
    expect(answer.ok).toBe(false);
    expect(answer.fieldErrors?.file ?? answer.message).toMatch(reason);
    expect(await stored(world.a.openAssignmentId)).toBeNull();
  });

  it("lets whoever sees the session download the original, and deletes it with the result", async () => {
    const world = await worldOnFileDay();
    expect((await importAs(world)).ok).toBe(true);
    const id = world.a.openAssignmentId;
    const own = await getResultOriginal(world.viewers.self, id);
    expect(own?.fileName).toBe("morning-run.fit");
    expect(own?.bytes).toEqual(importFitBytes());
    expect(await getResultOriginal(world.viewers.coach, id)).not.toBeNull();
    // Results are private by default: a teammate and another squad get nothing.
    expect(await getResultOriginal(world.viewers.sameSquadAthlete, id)).toBeNull();
    expect(await getResultOriginal(world.viewers.otherSquadAthlete, id)).toBeNull();
    const { id: resultId } = await db.sessionResult.findUniqueOrThrow({
      where: { assignmentId: id },
      select: { id: true },
    });
    expect(await db.resultOriginal.count({ where: { resultId } })).toBe(1);
    expect((await deleteResult.invoke(world.viewers.self, { assignmentId: id })).ok).toBe(true);
    expect(await db.resultOriginal.count({ where: { resultId } })).toBe(0);
    expect(await getResultOriginal(world.viewers.self, id)).toBeNull();
  });

  it("replaces a logged result when the stored file is read again with its version", async () => {
    const world = await worldOnFileDay();
    const typed = await logResult.invoke(world.viewers.self, {
      assignmentId: world.a.openAssignmentId,
      idempotencyKey: crypto.randomUUID(),
      status: "PARTIAL",
      reps: ["96 96 96 96"],
    });
    expect(typed.ok).toBe(true);
    const refused = await importAs(world);
    expect(refused).toMatchObject({ ok: false, code: "conflict" });
    const replaced = await importAs(world, { expectedVersion: "1" });
    expect(replaced).toMatchObject({ ok: true, data: { outcome: "edited" } });
    const result = await stored(world.a.openAssignmentId);
    expect(result).toMatchObject({
      status: "COMPLETED",
      source: "IMPORT",
      original: { size: importFitBytes().length },
    });
    expect(result!.laps.filter((l) => l.kind === "REP")).toHaveLength(10);
  });
});
