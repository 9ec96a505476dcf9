import { gzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { listZipEntries, readSession } from "./index";
import { MAX_FILE_BYTES, MAX_ZIP_ENTRIES } from "./refusals";
import { misses } from "./testing/compare";
import { encodeFit } from "./testing/encode-fit";
import { encodeGpx } from "./testing/encode-xml";
import { simulate } from "./testing/simulate";

const sim = simulate({ fiveKSeconds: 1200, seed: 42 });
const fit = encodeFit(sim, { laps: { kind: "button" } });
const reason = async (name: string, bytes: Uint8Array) => {
  const r = await readSession({ name, bytes }, "metric");
  return r.ok ? "read" : r.reason;
};

describe("packed files", { timeout: 30_000 }, () => {
  it("reads a gzipped FIT and a gzipped GPX", async () => {
    expect(
      misses(await readSession({ name: "a.fit.gz", bytes: gzipSync(fit) }, "metric"), sim, 0.5),
    ).toEqual([]);
    const gpx = gzipSync(encodeGpx(sim, { wander: 1 }));
    expect(misses(await readSession({ name: "a.gpx.gz", bytes: gpx }, "metric"), sim, 1)).toEqual(
      [],
    );
  });

  it("reads the one activity in a zip, and lists a zip's activities", async () => {
    const zip = zipSync({ "export/12345_ACTIVITY.fit": fit, "readme.txt": new Uint8Array(3) });
    expect(
      misses(await readSession({ name: "export.zip", bytes: zip }, "metric"), sim, 0.5),
    ).toEqual([]);
    expect(listZipEntries(zip)).toEqual({
      ok: true,
      entries: [{ name: "export/12345_ACTIVITY.fit", bytes: fit.length }],
    });
  });

  it("refuses a zip of several activities, naming them", async () => {
    const zip = zipSync({ "a.fit": fit, "b.gpx": encodeGpx(sim) });
    expect(await reason("two.zip", zip)).toBe(
      "two.zip cannot be imported: the zip holds 2 activities (a.fit, b.gpx); upload one at a time.",
    );
  });

  it("refuses a zip with too many files", async () => {
    const files = Object.fromEntries(
      Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.txt`, new Uint8Array(1)]),
    );
    expect(await reason("many.zip", zipSync(files))).toMatch(
      /many\.zip cannot be imported: the zip holds 51 files/,
    );
  });

  it("refuses a gzip that would inflate past 100 MB without inflating it", async () => {
    const bomb = gzipSync(new Uint8Array(1024));
    const n = bomb.length;
    // The trailer claims 200 MB.
    new DataView(bomb.buffer).setUint32(n - 4, 200 * 1024 * 1024, true);
    expect(await reason("bomb.fit.gz", bomb)).toBe(
      "bomb.fit.gz cannot be imported: it unpacks to more than 100 MB.",
    );
  });
});

describe("bad input never throws", { timeout: 30_000 }, () => {
  it.each([
    ["empty.fit", new Uint8Array(0), "empty.fit cannot be imported: it is empty."],
    [
      "photo.jpg",
      new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8]),
      "photo.jpg cannot be imported: it is not a FIT, TCX or GPX activity file.",
    ],
    [
      "notes.xml",
      new TextEncoder().encode("<notes><a>1</a></notes>"),
      "notes.xml cannot be imported: it is neither a FIT, TCX nor GPX activity file.",
    ],
    [
      "half.fit",
      fit.subarray(0, 2000),
      "half.fit cannot be imported: it is truncated: the file ends before its data does (an interrupted download or sync?).",
    ],
  ])("refuses %s with a reason", async (name, bytes, expected) => {
    expect(await reason(name, bytes)).toBe(expected);
  });

  it("refuses a file over 25 MB before reading it", async () => {
    expect(await reason("huge.gpx", new Uint8Array(MAX_FILE_BYTES + 1))).toBe(
      "huge.gpx cannot be imported: it is larger than 25 MB, too big for one run.",
    );
  });

  it("refuses a FIT whose checksum does not match", async () => {
    const bad = fit.slice();
    bad[500] = bad[500]! ^ 0xff;
    expect(await reason("crc.fit", bad)).toBe(
      "crc.fit cannot be imported: it is damaged: its checksum (CRC) does not match its contents.",
    );
  });

  it("refuses a cycling activity", async () => {
    const ride = encodeFit(sim, { laps: { kind: "button" }, sport: "cycling" });
    expect(await reason("ride.fit", ride)).toBe(
      "ride.fit cannot be imported: it is a cycling activity, not a run.",
    );
  });

  it("refuses a GPX with broken XML and answers garbage without throwing", async () => {
    expect(
      await reason("bad.gpx", new TextEncoder().encode("<gpx><trk><trkseg><trkpt lat=")),
    ).toMatch(/^bad\.gpx cannot be imported: /);
    const junk = await readSession({ name: "x", bytes: null as unknown as Uint8Array }, "metric");
    expect(junk.ok).toBe(false);
  });

  it.each([
    [
      "lap button",
      { kind: "button" } as const,
      /its laps hold 6 fast efforts of about 390 m, not the 4-3-2-1/,
    ],
    [
      "no laps",
      { kind: "none" } as const,
      /its pace shows 6 fast efforts of about 3[5-9]0 m, not the 4-3-2-1/,
    ],
  ])("refuses 6 × 400 m by the %s, saying what it found", async (_, laps, expected) => {
    const six = simulate({ fiveKSeconds: 1200, seed: 1, repLaps: [1, 1, 1, 1, 1, 1] });
    expect(await reason("six.fit", encodeFit(six, { laps }))).toMatch(expected);
  });
});
