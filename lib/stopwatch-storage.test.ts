import { describe, expect, it } from "vitest";
import {
  countUnuploaded,
  dropOtherUsers,
  ownerOf,
  storageKey,
  unuploadedWarning,
} from "./stopwatch-storage";

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
