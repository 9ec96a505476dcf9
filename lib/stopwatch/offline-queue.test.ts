import { describe, expect, it } from "vitest";
import { prescribeStepDown, startAll, type StopwatchEvent } from "@/lib/pacing";
import {
  afterSend,
  applyEvent,
  canUndo,
  countUnuploaded,
  dropOtherUsers,
  dueForUpload,
  newSession,
  ownerOf,
  queuedMore,
  readSaved,
  requeueInterrupted,
  savedFromLogForm,
  storageKey,
  unuploadedWarning,
  uploadOf,
  withUpload,
  type Saved,
} from "./offline-queue";

const P = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" }); // 96 s laps
const prescriptions = { ann: P, bob: P };
const T0 = 1_800_000_000_000;

/** Ann and Bob set up and started together at T0. */
function started(): Saved {
  const s = newSession([
    { id: "ann", prescription: P },
    { id: "bob", prescription: P },
  ]);
  return { ...s, clocks: startAll(s.clocks, T0) };
}
const apply = (s: Saved, ...events: StopwatchEvent[]) =>
  events.reduce((state, e) => applyEvent(state, e, prescriptions), s);
/** Ann runs her first lap in 96 s, then is stopped: a partial result, queued. */
const annStopped = () =>
  apply(
    started(),
    { type: "tap", id: "ann", at: T0 + 96_000 },
    { type: "stop", id: "ann", at: T0 + 120_000 },
  );

describe("kept", () => {
  it("gives each athlete one idempotency key for every send of their result", () => {
    const s = started();
    expect(Object.keys(s.keys)).toEqual(["ann", "bob"]);
    expect(s.keys.ann).toMatch(/^[0-9a-f-]{36}$/);
    expect(s.keys.ann).not.toBe(s.keys.bob);
  });

  it("reads back what it wrote, and nothing from unreadable or foreign state", () => {
    const s = annStopped();
    expect(readSaved(JSON.stringify(s))).toEqual(s);
    expect(readSaved(null)).toBeNull();
    expect(readSaved("{not json")).toBeNull();
    expect(readSaved(JSON.stringify({ ...s, v: 2 }))).toBeNull();
    expect(
      readSaved(JSON.stringify({ ...s, clocks: { clocks: { ann: { marks: "x" } } } })),
    ).toBeNull();
  });

  it("reads a result queued before the fields were arrays as arrays, so it still uploads", () => {
    const s = annStopped();
    const old = { mode: "laps", status: "PARTIAL", rep1: "96", rep2: "", recovery1: "" };
    const read = readSaved(JSON.stringify({ ...s, results: { ann: old } }));
    expect(read?.results.ann).toEqual({
      mode: "laps",
      status: "PARTIAL",
      reps: ["96", "", "", ""],
      recoveries: ["", "", ""],
    });
  });
});

describe("queued", () => {
  it("fixes a finished athlete's result and queues it, once", () => {
    const before = started();
    const s = annStopped();
    expect(s.results.ann).toMatchObject({ status: "PARTIAL", reps: ["96", "", "", ""] });
    expect(s.uploads).toEqual({ ann: { state: "pending" } });
    expect(queuedMore(before, s)).toBe(true);
    const later = apply(s, { type: "tap", id: "bob", at: T0 + 97_000 });
    expect(later.uploads).toEqual(s.uploads);
    expect(queuedMore(s, later)).toBe(false);
  });

  it("an event that changes nothing gives the same state back", () => {
    const s = started();
    expect(applyEvent(s, { type: "undo", id: "nobody" }, prescriptions)).toBe(s);
  });

  it("an undo takes a result out of the queue until it is on its way", () => {
    const s = annStopped();
    expect(canUndo(s, "ann")).toBe(true);
    const undone = apply(s, { type: "undo", id: "ann" });
    expect(undone.uploads).toEqual({});
    expect(undone.results).toEqual({});
    for (const state of ["sending", "saved"] as const)
      expect(canUndo(withUpload(s, "ann", { state }), "ann")).toBe(false);
    expect(canUndo(withUpload(s, "ann", { state: "failed" }), "ann")).toBe(true);
  });
});

describe("uploaded", () => {
  const states = (s: Saved, map: Record<string, Saved["uploads"][string]>) =>
    Object.entries(map).reduce((acc, [id, u]) => withUpload(acc, id, u), s);

  it("is due when pending, or failed unless only the timer asks; never twice at once", () => {
    const s = states(started(), {
      a: { state: "pending" },
      b: { state: "failed", message: "no" },
      c: { state: "sending" },
      d: { state: "saved" },
      e: { state: "pending", message: "Connection lost: retrying" },
    });
    expect(dueForUpload(s)).toEqual(["a", "b", "e"]);
    expect(dueForUpload(s, { retryFailed: false })).toEqual(["a", "e"]);
    expect(dueForUpload(s, { inFlight: (id) => id === "a" })).toEqual(["b", "e"]);
    expect(dueForUpload(null)).toEqual([]);
  });

  it("sends the fixed fields with the athlete's key, and nothing once saved", () => {
    const s = annStopped();
    expect(uploadOf(s, "ann")).toEqual({
      assignmentId: "ann",
      idempotencyKey: s.keys.ann,
      source: "STOPWATCH",
      ...s.results.ann,
    });
    expect(uploadOf(s, "bob")).toBeNull(); // not finished
    expect(uploadOf(withUpload(s, "ann", { state: "saved" }), "ann")).toBeNull();
    expect(uploadOf(null, "ann")).toBeNull();
  });
});

describe("answered", () => {
  it("taken is saved, refused keeps the reasons, a dropped connection queues it again", () => {
    expect(afterSend({ ok: true, message: "Already saved." })).toEqual({
      state: "saved",
      message: "Already saved.",
    });
    expect(
      afterSend({
        ok: false,
        message: "Please correct",
        fieldErrors: { "reps.0": "A", "reps.1": "B" },
      }),
    ).toEqual({ state: "failed", message: "A · B" });
    expect(afterSend({ ok: false, message: "Not found" })).toEqual({
      state: "failed",
      message: "Not found",
    });
    expect(afterSend({ ok: false })).toEqual({
      state: "failed",
      message: "The server refused the result.",
    });
    expect(afterSend(null)).toEqual({ state: "pending", message: "Connection lost: retrying" });
  });

  it("a server whose database is down stored nothing: the result is queued again", () => {
    const down = {
      ok: false,
      code: "unavailable",
      message: "The database is restarting.",
    } as const;
    expect(afterSend(down)).toEqual({ state: "pending", message: "The database is restarting." });
  });

  it("after a reload, a send under way is queued again unless this tab is still sending it", () => {
    const s = withUpload(withUpload(annStopped(), "bob", { state: "sending" }), "ann", {
      state: "sending",
    });
    const requeued = requeueInterrupted(s, (id) => id === "bob");
    expect(requeued.uploads).toEqual({ ann: { state: "pending" }, bob: { state: "sending" } });
    const calm = annStopped();
    expect(requeueInterrupted(calm)).toBe(calm);
  });

  it("a result saved from the log form is never sent by the stopwatch", () => {
    const s = savedFromLogForm(withUpload(annStopped(), "ann", { state: "failed" }), "ann");
    expect(s.uploads.ann?.state).toBe("saved");
    expect(dueForUpload(s)).toEqual([]);
  });
});

/** localStorage's interface over a Map, in insertion order like the browser's. */
function fakeStorage(entries: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(entries));
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

const saved = (states: string[]) =>
  JSON.stringify({
    v: 1,
    uploads: Object.fromEntries(states.map((state, i) => [`a${i}`, { state }])),
  });

const keys = (storage: Storage) =>
  Array.from({ length: storage.length }, (_, i) => storage.key(i)).sort();

describe("stopwatch keys", () => {
  it("name the user, the squad and the date", () => {
    const key = storageKey("userA", "squad1", "2026-12-01");
    expect(key).toBe("stopwatch:v2:userA:squad1:2026-12-01");
    expect(ownerOf(key)).toBe("userA");
    expect(storageKey("userB", "squad1", "2026-12-01")).not.toBe(key);
  });

  it("kept before they named a user belong to nobody", () => {
    expect(ownerOf("stopwatch:v1:squad1:2026-12-01")).toBeNull();
    expect(ownerOf("stopwatch:")).toBeNull();
  });
});

describe("dropOtherUsers", () => {
  it("keeps this user's stopwatches and drops everyone else's, old unowned ones too", () => {
    const storage = fakeStorage({
      [storageKey("userA", "s1", "2026-12-01")]: saved(["pending"]),
      [storageKey("userA", "s2", "2026-11-30")]: saved(["saved"]),
      [storageKey("userB", "s1", "2026-12-01")]: saved(["pending", "failed"]),
      "stopwatch:v1:s1:2026-12-01": saved(["pending"]),
      theme: "dark",
    });
    expect(dropOtherUsers(storage, "userA").sort()).toEqual([
      "stopwatch:v1:s1:2026-12-01",
      storageKey("userB", "s1", "2026-12-01"),
    ]);
    expect(keys(storage)).toEqual([
      storageKey("userA", "s1", "2026-12-01"),
      storageKey("userA", "s2", "2026-11-30"),
      "theme",
    ]);
  });

  it("leaves B's queued results nowhere for A to upload, and A's for B", () => {
    const storage = fakeStorage({ [storageKey("userA", "s1", "2026-12-01")]: saved(["pending"]) });
    dropOtherUsers(storage, "userB");
    expect(storage.length).toBe(0);
    expect(countUnuploaded(storage)).toBe(0);
  });

  it("does not take a user id that merely starts like another's", () => {
    const storage = fakeStorage({ [storageKey("userAB", "s1", "2026-12-01")]: saved([]) });
    dropOtherUsers(storage, "userA");
    expect(storage.length).toBe(0);
  });
});

describe("countUnuploaded", () => {
  it("counts every result the server has not confirmed, pending, sending or failed", () => {
    const storage = fakeStorage({
      [storageKey("userA", "s1", "2026-12-01")]: saved(["pending", "saved", "failed"]),
      [storageKey("userA", "s2", "2026-12-01")]: saved(["sending", "saved"]),
      other: saved(["pending"]),
    });
    expect(countUnuploaded(storage)).toBe(3);
  });

  it("counts nothing for an empty or unreadable device", () => {
    expect(countUnuploaded(fakeStorage())).toBe(0);
    expect(countUnuploaded(fakeStorage({ "stopwatch:v2:u:s:d": "{not json" }))).toBe(0);
    expect(countUnuploaded(fakeStorage({ "stopwatch:v2:u:s:d": "null" }))).toBe(0);
  });
});

describe("unuploadedWarning", () => {
  it("says how many results signing out deletes", () => {
    expect(unuploadedWarning(2)).toBe(
      "2 results from the stopwatch are not uploaded yet. Sign out anyway? They will be deleted from this device.",
    );
    expect(unuploadedWarning(1)).toBe(
      "1 result from the stopwatch is not uploaded yet. Sign out anyway? It will be deleted from this device.",
    );
  });
});
