"use client";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { logResult } from "@/lib/server/actions/log-result";
import { readSaved, updateSaved, type Upload } from "./store";

// Uploads under way in this tab: the same result is never in flight twice at once.
const inFlight = new Set<string>();

const setUpload = (key: string, id: string, upload: Upload) =>
  updateSaved(key, (s) => ({ ...s, uploads: { ...s.uploads, [id]: upload } }));

function failure(result: ActionState): string {
  const fields = Object.values(result.fieldErrors ?? {});
  return fields.length ? fields.join(" · ") : (result.message ?? "The server refused the result.");
}

/**
 * Sends every finished, unsaved result through log-result, one at a time. Offline, nothing is
 * sent (a server action needs the network): results wait until the `online` event or the next
 * load. A result the server took ("Saved." or, for a repeat, "Already saved.") is marked saved
 * and never sent again; one it refused keeps its message and is retried on the next trigger.
 */
export async function uploadPending(key: string, { retryFailed = true } = {}) {
  const pending = Object.entries(readSaved(key)?.uploads ?? {}).filter(
    ([id, u]) =>
      (u.state === "pending" || (retryFailed && u.state === "failed")) &&
      !inFlight.has(`${key}:${id}`),
  );
  for (const [id] of pending) {
    if (!navigator.onLine) return;
    const saved = readSaved(key);
    const fields = saved?.results[id];
    const idempotencyKey = saved?.keys[id];
    if (!fields || !idempotencyKey || saved.uploads[id]?.state === "saved") continue;
    const flight = `${key}:${id}`;
    inFlight.add(flight);
    setUpload(key, id, { state: "sending" });
    try {
      const result = await logResult(initialActionState, {
        assignmentId: id,
        idempotencyKey,
        ...fields,
      });
      setUpload(
        key,
        id,
        result.ok
          ? { state: "saved", message: result.message }
          : { state: "failed", message: failure(result) },
      );
    } catch {
      // The request itself failed (connection dropped mid-send): it may or may not have
      // arrived, so it stays queued with the same key; a re-send stores nothing twice.
      setUpload(key, id, { state: "pending", message: "Connection lost: retrying" });
    } finally {
      inFlight.delete(flight);
    }
  }
}

/** After a reload mid-send, a "sending" result is unknown: queue it again (same key). */
export function requeueInterrupted(key: string) {
  updateSaved(key, (s) => {
    const stuck = Object.entries(s.uploads).filter(
      ([id, u]) => u.state === "sending" && !inFlight.has(`${key}:${id}`),
    );
    if (!stuck.length) return s;
    const uploads = { ...s.uploads };
    for (const [id] of stuck) uploads[id] = { state: "pending" };
    return { ...s, uploads };
  });
}
