/**
 * The stopwatch's offline queue: every rule for what a device keeps, what it uploads and when,
 * and when it lets go, in the order a result lives through them. Pure (the Storage is handed in),
 * so it is tested without a browser; components/stopwatch/store.ts is the thin layer that reads
 * and writes localStorage, sends through log-result and tells React.
 *
 * 1. Kept: one user's stopwatch for one squad's session date lives under a key naming all three
 *    (`storageKey`), written on every change, so a reload, a closed tab or a dead network loses
 *    nothing. It holds the clocks, one idempotency key per athlete (made when the stopwatch is set
 *    up: every send of that athlete's result carries it, so the server stores one result), the
 *    result fields of whoever has finished, and each result's upload state.
 * 2. Queued: when an athlete finishes (all laps, or stopped) the result fields are fixed and the
 *    upload is "pending" (`applyEvent`). An undo takes it back out of the queue until it is on its
 *    way; once "sending" or "saved" undo is refused, so what the server has stays true (`canUndo`).
 * 3. Uploaded: on load, when the device comes back `online`, straight after someone finishes, and
 *    every RETRY_EVERY_MS; one at a time, never the same result twice at once, and not at all
 *    while the device is offline (a server action needs the network). The timer sends pending
 *    results only; a refused one waits for the coach's Retry or the next load (`dueForUpload`).
 * 4. Answered (`afterSend`): taken ("Saved." or, for a repeat, "Already saved.") is "saved" and
 *    never sent again; refused is "failed" with the server's reasons, to correct in the log form
 *    (which saves with the same key, then marks it saved: `savedFromLogForm`); a server whose
 *    database is down ("unavailable") stored nothing, so it is "pending" again; a connection that
 *    died mid-send may or may not have delivered, so it is "pending" again with the same key. A
 *    reload mid-send cannot know either: "sending" becomes "pending" (`requeueInterrupted`).
 * 5. Dropped: the coach's Clear removes the whole stopwatch; a page loaded for one user removes
 *    every other user's (and older unowned) stopwatches before reading (`dropOtherUsers`), so a
 *    shared phone never uploads one coach's results as another; signing out clears the device,
 *    after asking when results are not uploaded (`countUnuploaded`, `unuploadedWarning`);
 *    unreadable state is dropped and the stopwatch starts afresh rather than crash trackside.
 */
import type { ActionState } from "@/lib/action-state";
import type { ResultStatus } from "@/lib/generated/prisma/enums";
import {
  createStopwatch,
  isFinished,
  RECOVERY_COUNT,
  REP_LAPS,
  restoreStopwatch,
  stopwatchReducer,
  toLogFields,
  type LogFields,
  type Prescription,
  type StopwatchEvent,
  type StopwatchState,
} from "@/lib/pacing";

/**
 * lib/pacing keeps no Prisma types, so the stopwatch spells its statuses itself: this fails to
 * compile if they ever differ from the database's.
 */
const _sameStatuses: [LogFields["status"], ResultStatus] extends [ResultStatus, LogFields["status"]]
  ? true
  : never = true;

export type Upload = { state: "pending" | "sending" | "saved" | "failed"; message?: string };

export type Saved = {
  v: 1;
  clocks: StopwatchState;
  keys: Record<string, string>;
  /** The result fields, fixed when the athlete finished (all laps, or stopped). */
  results: Record<string, LogFields>;
  uploads: Record<string, Upload>;
};

// 1. Kept ---------------------------------------------------------------------------------------

// Where it is kept, and the dropping rules of step 5, live in ./device-keys.ts: the sign-out
// button (on every page) needs them without loading the stopwatch's own rules.
export { ownerOf, storageKey } from "./device-keys";
export { countUnuploaded, dropOtherUsers, unuploadedWarning } from "./device-keys";

export function newSession(athletes: { id: string; prescription: Prescription }[]): Saved {
  return {
    v: 1,
    clocks: createStopwatch(athletes),
    keys: Object.fromEntries(athletes.map(({ id }) => [id, crypto.randomUUID()])),
    results: {},
    uploads: {},
  };
}

/** What was kept under a key, or null for nothing or anything unreadable (start afresh). */
export function readSaved(text: string | null): Saved | null {
  try {
    const raw = JSON.parse(text ?? "null") as Partial<Saved> | null;
    const clocks = restoreStopwatch(raw?.clocks);
    if (!raw || raw.v !== 1 || !clocks) return null;
    const results: Record<string, LogFields> = {};
    for (const [id, fields] of Object.entries(raw.results ?? {})) results[id] = asArrays(fields);
    return { v: 1, clocks, keys: raw.keys ?? {}, results, uploads: raw.uploads ?? {} };
  } catch {
    return null;
  }
}

/**
 * A result queued before the fields were arrays named each rep and jog ("rep" or "recovery" and
 * its number from 1): read as the arrays log-result takes, so it still uploads.
 */
function asArrays(fields: LogFields): LogFields {
  if (Array.isArray(fields.reps)) return fields;
  const old = fields as unknown as Record<string, string | undefined>;
  const list = (name: string, count: number) =>
    Array.from({ length: count }, (_, i) => old[`${name}${i + 1}`] ?? "");
  return {
    mode: fields.mode,
    status: fields.status,
    reps: list("rep", REP_LAPS.length),
    recoveries: list("recovery", RECOVERY_COUNT),
  };
}

// 2. Queued -------------------------------------------------------------------------------------

/**
 * Applies one event, then queues the result of anyone who has just finished. An undo on a
 * finished athlete whose result has not gone out yet takes it back out of the queue. The same
 * object back means the event changed nothing (a tap too soon after the last one).
 */
export function applyEvent(
  s: Saved,
  event: StopwatchEvent,
  prescriptions: Record<string, Prescription>,
): Saved {
  const clocks = stopwatchReducer(s.clocks, event);
  if (clocks === s.clocks) return s;
  const results = { ...s.results };
  const uploads = { ...s.uploads };
  for (const [id, clock] of Object.entries(clocks.clocks)) {
    const prescription = prescriptions[id];
    if (!prescription) continue;
    if (isFinished(clock) && !uploads[id]) {
      results[id] = toLogFields(clock, prescription);
      uploads[id] = { state: "pending" };
    } else if (!isFinished(clock) && uploads[id] && uploads[id].state !== "saved") {
      delete results[id];
      delete uploads[id];
    }
  }
  return { ...s, clocks, results, uploads };
}

/** Undo is refused once a result is on its way or saved: what the server has stays true. */
export const canUndo = (s: Saved, id: string) => {
  const state = s.uploads[id]?.state;
  return state !== "sending" && state !== "saved";
};

/** True when an event queued a result: it is sent straight away. */
export const queuedMore = (before: Saved, after: Saved) =>
  Object.keys(after.uploads).length > Object.keys(before.uploads).length;

// 3. Uploaded -----------------------------------------------------------------------------------

/** A send that died while the device still says "online" is tried again this often. */
export const RETRY_EVERY_MS = 15_000;

/**
 * The athletes whose result is due to go, in the order kept: pending ones, failed ones too
 * unless `retryFailed` is false (the timer's sweep), and none already in flight in this tab.
 */
export function dueForUpload(
  s: Saved | null,
  {
    retryFailed = true,
    inFlight = () => false,
  }: {
    retryFailed?: boolean;
    inFlight?: (id: string) => boolean;
  } = {},
): string[] {
  return Object.entries(s?.uploads ?? {})
    .filter(
      ([id, u]) =>
        (u.state === "pending" || (retryFailed && u.state === "failed")) && !inFlight(id),
    )
    .map(([id]) => id);
}

/** What log-result receives for one athlete; null when there is nothing (left) to send. */
export function uploadOf(s: Saved | null, id: string) {
  const fields = s?.results[id];
  const idempotencyKey = s?.keys[id];
  if (!fields || !idempotencyKey || s.uploads[id]?.state === "saved") return null;
  return { assignmentId: id, idempotencyKey, source: "STOPWATCH" as const, ...fields };
}

export const withUpload = (s: Saved, id: string, upload: Upload): Saved => ({
  ...s,
  uploads: { ...s.uploads, [id]: upload },
});

export const SENDING: Upload = { state: "sending" };

// 4. Answered -----------------------------------------------------------------------------------

/** The server's answer, or null when the request itself failed (the connection dropped). */
export function afterSend(result: ActionState | null): Upload {
  if (!result) return { state: "pending", message: "Connection lost: retrying" };
  if (result.ok) return { state: "saved", message: result.message };
  // The database is down (a 503 with a message): nothing was stored, so it goes again later.
  if (result.code === "unavailable") return { state: "pending", message: result.message };
  const fields = Object.values(result.fieldErrors ?? {});
  const message = fields.length
    ? fields.join(" · ")
    : (result.message ?? "The server refused the result.");
  return { state: "failed", message };
}

/** After a reload mid-send a "sending" result is unknown: queued again, with the same key. */
export function requeueInterrupted(s: Saved, inFlight: (id: string) => boolean = () => false) {
  const stuck = Object.entries(s.uploads).filter(
    ([id, u]) => u.state === "sending" && !inFlight(id),
  );
  if (!stuck.length) return s;
  const uploads = { ...s.uploads };
  for (const [id] of stuck) uploads[id] = { state: "pending" };
  return { ...s, uploads };
}

/** The log form saved this result with the stopwatch's key: the stopwatch never sends its copy. */
export const savedFromLogForm = (s: Saved, id: string) =>
  withUpload(s, id, { state: "saved", message: "Saved from the log form." });
