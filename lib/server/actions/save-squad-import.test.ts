import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { encodeFit } from "@/lib/devices/testing/encode-fit";
import { simulate } from "@/lib/devices/testing/simulate";
import { importFixture } from "@/lib/server/imports/testing";
import { buildWorld, type World } from "@/lib/server/testing/world";
import type { FileOutcome } from "@/lib/validation/squad-import";
import { saveSquadImport } from "./save-squad-import";

const db = testDb();
afterAll(() => db.$disconnect());

/** The simulated files are recorded on 2026-05-14 (lib/devices/testing/encode-fit.ts). */
const FILE_DAY = new Date("2026-05-14T00:00:00Z");
const REAL = path.join(import.meta.dirname, "../../devices/fixtures/real");

/** Squad A with open sessions on the files' day for its athlete and a teammate. */
async function squadDay(): Promise<{ world: World; mine: string; teammate: string }> {
  const world = await buildWorld(db);
  const open = await db.assignment.update({
    where: { id: world.a.openAssignmentId },
    data: { date: FILE_DAY },
  });
  const teammate = await db.assignment.create({
    data: {
      squadId: open.squadId,
      athleteId: world.a.teammateId,
      templateId: open.templateId,
      date: FILE_DAY,
      units: open.units,
      fiveKMs: open.fiveKMs,
      targets: open.targets ?? {},
    },
  });
  return { world, mine: open.id, teammate: teammate.id };
}

const fitFile = (name: string, seed: number) =>
  new File(
    [
      new Uint8Array(
        encodeFit(simulate({ fiveKSeconds: 1500, seed }), { laps: { kind: "auto", meters: 1000 } }),
      ),
    ],
    name,
  );

const results = (answer: { data?: Record<string, string> }) =>
  JSON.parse(answer.data?.results ?? "[]") as FileOutcome[];

describe("the coach's squad import", { timeout: 120_000 }, () => {
  it("saves every file for its athlete, each on its own, and reports each", async () => {
    const { world, mine, teammate } = await squadDay();
    const answer = await saveSquadImport.invoke(world.viewers.coach, {
      squadId: world.a.id,
      files: [importFixture("maya.fit"), fitFile("tom.fit", 3)],
      assignmentIds: [mine, teammate],
      statuses: ["COMPLETED", "COMPLETED"],
      confirmOtherDay: [],
    });
    expect(answer).toMatchObject({ ok: true, message: "2 of 2 files saved." });
    expect(results(answer)).toEqual([
      { name: "maya.fit", ok: true, outcome: "saved", message: "Saved." },
      { name: "tom.fit", ok: true, outcome: "saved", message: "Saved." },
    ]);
    const saved = await db.sessionResult.findMany({
      where: { assignmentId: { in: [mine, teammate] } },
      select: { source: true, importFileName: true, _count: { select: { laps: true } } },
      orderBy: { importFileName: "asc" },
    });
    expect(saved).toEqual([
      { source: "IMPORT", importFileName: "maya.fit", _count: { laps: 13 } },
      { source: "IMPORT", importFileName: "tom.fit", _count: { laps: 13 } },
    ]);
  });

  it("saves the good files when one is refused, naming the refused file and why", async () => {
    const { world, mine, teammate } = await squadDay();
    const real = "fr965-5x3min-manual-laps.fit";
    const answer = await saveSquadImport.invoke(world.viewers.coach, {
      squadId: world.a.id,
      files: [new File([readFileSync(path.join(REAL, real))], real), importFixture("maya.fit")],
      assignmentIds: [teammate, mine],
      statuses: ["COMPLETED", "COMPLETED"],
      confirmOtherDay: [],
    });
    expect(answer).toMatchObject({ ok: true, message: "1 of 2 files saved." });
    const [refused, saved] = results(answer);
    expect(refused).toEqual({
      name: real,
      ok: false,
      outcome: "invalid",
      message: `${real}: ${real} cannot be imported: its laps hold 5 fast efforts of 740 to 810 m, not the 4-3-2-1 step-down.`,
    });
    expect(saved).toMatchObject({ name: "maya.fit", ok: true, outcome: "saved" });
    expect(await db.sessionResult.count({ where: { assignmentId: teammate } })).toBe(0);
  });

  it("treats another squad's session as missing, file by file", async () => {
    const { world, mine } = await squadDay();
    const answer = await saveSquadImport.invoke(world.viewers.coach, {
      squadId: world.a.id,
      files: [importFixture("maya.fit"), importFixture("other.fit")],
      assignmentIds: [mine, world.b.openAssignmentId],
      statuses: ["COMPLETED", "COMPLETED"],
      confirmOtherDay: [],
    });
    expect(results(answer).map((r) => [r.name, r.ok, r.outcome])).toEqual([
      ["maya.fit", true, "saved"],
      ["other.fit", false, "not_found"],
    ]);
    expect(
      await db.sessionResult.count({ where: { assignmentId: world.b.openAssignmentId } }),
    ).toBe(0);
  });

  it("asks before saving an activity from another day, then saves it when ticked", async () => {
    const { world } = await squadDay();
    const other = world.a.openAssignmentId;
    await db.assignment.update({
      where: { id: other },
      data: { date: new Date("2026-05-16T00:00:00Z") },
    });
    const input = {
      squadId: world.a.id,
      files: [importFixture("maya.fit")],
      assignmentIds: [other],
      statuses: ["COMPLETED"],
    };
    const first = await saveSquadImport.invoke(world.viewers.coach, {
      ...input,
      confirmOtherDay: [],
    });
    expect(results(first)[0]).toMatchObject({ ok: false, outcome: "invalid" });
    expect(results(first)[0]!.message).toMatch(/^maya\.fit: The activity started on/);
    const second = await saveSquadImport.invoke(world.viewers.coach, {
      ...input,
      confirmOtherDay: [other],
    });
    expect(results(second)[0]).toMatchObject({ ok: true, outcome: "saved" });
  });

  it("refuses an athlete, and a list that does not match the files", async () => {
    const { world, mine, teammate } = await squadDay();
    const asAthlete = await saveSquadImport.invoke(world.viewers.self, {
      squadId: world.a.id,
      files: [importFixture()],
      assignmentIds: [mine],
      statuses: ["COMPLETED"],
      confirmOtherDay: [],
    });
    expect(asAthlete.ok).toBe(false);
    const mismatched = await saveSquadImport.invoke(world.viewers.coach, {
      squadId: world.a.id,
      files: [importFixture(), importFixture("b.fit")],
      assignmentIds: [mine],
      statuses: ["COMPLETED", "COMPLETED"],
      confirmOtherDay: [],
    });
    expect(mismatched).toMatchObject({ ok: false });
    expect(JSON.stringify(mismatched)).toContain("Choose an athlete for every file");
    const twice = await saveSquadImport.invoke(world.viewers.coach, {
      squadId: world.a.id,
      files: [importFixture(), importFixture("b.fit")],
      assignmentIds: [teammate, teammate],
      statuses: ["COMPLETED", "COMPLETED"],
      confirmOtherDay: [],
    });
    expect(JSON.stringify(twice)).toContain("Two files are set for the same athlete");
  });
});
