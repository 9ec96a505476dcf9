import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { localStart, readImportFile, readSession, regroup } from "./index";
import { fitProvenance } from "./provenance";
import { encodeFit } from "./testing/encode-fit";
import { encodeGpx, encodeTcx } from "./testing/encode-xml";
import { simulate } from "./testing/simulate";

const REAL = path.join(import.meta.dirname, "fixtures/real");
const sim = simulate({ fiveKSeconds: 1200, seed: 3 });
const button = encodeFit(sim, { laps: { kind: "button" } });

// Reading a file takes a second or two; on a busy shared machine, many more.
describe("reading a file for import", { timeout: 60_000 }, () => {
  it.each([
    ["lap-button FIT", () => button],
    ["workout FIT", () => encodeFit(sim, { laps: { kind: "workout" } })],
    ["auto-lap FIT", () => encodeFit(sim, { laps: { kind: "auto", meters: 1000 } })],
    ["GPX", () => encodeGpx(sim)],
    ["TCX", () => encodeTcx(sim, { laps: { kind: "button" } })],
  ])("reads a %s exactly as readSession does", async (_, make) => {
    const bytes = make();
    const name = "run.fit";
    const read = readImportFile({ name, bytes }, "metric");
    const session = await readSession({ name, bytes }, "metric");
    if (!read.ok || !session.ok) throw new Error(JSON.stringify([read, session]).slice(0, 300));
    expect(read.reading).toEqual({
      status: session.status,
      reps: session.reps,
      recoveries: session.recoveries,
      notes: session.notes,
    });
  });

  it("says where a FIT file came from: device, start and the watch's offset from UTC", () => {
    const bytes = readFileSync(path.join(REAL, "fenix5x-4x1000m-structured-workout.fit"));
    expect(fitProvenance(new Uint8Array(bytes))).toEqual({
      device: "Garmin fēnix 5X",
      startedAt: "2018-06-14T14:55:22.000Z",
      utcOffsetMinutes: 120,
    });
    const fr965 = readFileSync(path.join(REAL, "fr965-5x3min-manual-laps.fit"));
    expect(fitProvenance(new Uint8Array(fr965)).device).toBe("Garmin Forerunner 965");
  });

  it("shows times in the activity's own local time, else in the viewer's zone", () => {
    const startedAt = "2026-05-14T22:30:00.000Z";
    expect(localStart({ startedAt, utcOffsetMinutes: 120 }, "UTC")).toEqual({
      date: "2026-05-15",
      time: "00:30",
      clock: "00:30:00",
    });
    expect(localStart({ startedAt, utcOffsetMinutes: null }, "America/New_York")).toEqual({
      date: "2026-05-14",
      time: "18:30",
      clock: "18:30:00",
    });
  });

  it("keeps the provenance of a simulated FIT and refuses nothing it should not", () => {
    const read = readImportFile({ name: "run.fit.gz", bytes: gzipSync(button) }, "metric");
    if (!read.ok) throw new Error(read.reason);
    expect(read.provenance).toMatchObject({
      format: "FIT",
      fileName: "run.fit",
      // The test encoder writes product 1, which Garmin's list calls hrm1.
      device: "Garmin hrm1",
      startedAt: "2026-05-14T06:00:00.000Z",
      utcOffsetMinutes: null,
    });
    expect(read.file.bytes).toEqual(button);
  });

  it("asks which activity to read from a zip of several, and reads the one picked", () => {
    const zip = zipSync({ "a.fit": button, "b.fit": button });
    const read = readImportFile({ name: "export.zip", bytes: zip }, "metric");
    expect(read).toMatchObject({ ok: false, entries: ["a.fit", "b.fit"] });
    const picked = readImportFile({ name: "export.zip", bytes: zip }, "metric", "b.fit");
    expect(picked.ok && picked.provenance.fileName).toBe("b.fit");
  });

  it("rebuilds the session when a boundary moves, and when a rep is marked not run", () => {
    const read = readImportFile({ name: "run.fit", bytes: button }, "metric");
    if (!read.ok) throw new Error(read.reason);
    const [r1, r2, r3, r4] = read.choice;
    // Rep 4 takes the jog before it too: it starts earlier, so it is longer and rep 3's jog is gone.
    const moved = regroup(read.activity, read.stretches, [
      r1!,
      r2!,
      r3!,
      { first: r3!.last + 1, last: r4!.last },
    ]);
    if (!moved.ok) throw new Error(moved.reason);
    expect(moved.reps[3]!.seconds).toBeGreaterThan(read.reading.reps[3]!.seconds + 30);
    expect(moved.reps[3]!.laps).toHaveLength(1);
    const skipped = regroup(read.activity, read.stretches, [r1!, r2!, r3!, null]);
    expect(skipped).toMatchObject({ ok: true, status: "partial", reps: [{}, {}, {}, null] });
    expect(skipped.ok && skipped.recoveries[2]).toBe(null);
    expect(regroup(read.activity, read.stretches, [r2!, r1!, null, null])).toMatchObject({
      ok: false,
    });
  });
});
