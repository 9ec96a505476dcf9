import { randomUUID } from "node:crypto";
import type { PendingResult } from "./seed";

/** One request's outcome, for the report (route "upload"). */
export type Sample = { ms: number; status: number };

type Result = PendingResult & { key: string; fields: Record<string, unknown>; releasedAt: number };
type Outcome = "saved" | "retry";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The stopwatch's fields for a finished athlete (lib/pacing toLogFields): laps near target.
 * Both spellings of the laps, rep1..rep4 / recovery1..3 and the reps / recoveries arrays, so
 * the run works against a build from before and after that change (zod drops the other).
 */
function fields(result: PendingResult) {
  const lap = (s: number) => (s + (Math.random() - 0.5) * 3).toFixed(2);
  const reps = result.lapSeconds.map((laps) => laps.map(lap).join(" "));
  const recoveries = ["120.00", "118.50", "121.25"];
  return {
    mode: "laps",
    status: "COMPLETED",
    reps,
    recoveries,
    ...Object.fromEntries(reps.map((r, i) => [`rep${i + 1}`, r])),
    ...Object.fromEntries(recoveries.map((r, i) => [`recovery${i + 1}`, r])),
  };
}

/**
 * Sends one upload the way the stopwatch's `logResult(initialActionState, {...})` call does: a
 * server action POST (React's encodeReply of the two arguments is their JSON here) to the page
 * it lives on. `cutAfterMs` drops the connection early, as a track-side network does: the
 * server may or may not have stored it, and the stopwatch sends it again with the same key.
 */
async function sendOnce(
  base: string,
  actionId: string,
  cookie: string,
  result: Result,
  samples: Sample[],
  cutAfterMs?: number,
): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(`${base}/squads/${result.squadId}/stopwatch`, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "content-type": "text/plain;charset=UTF-8",
        "next-action": actionId,
        origin: base,
        cookie,
      },
      body: JSON.stringify([
        { ok: false },
        { assignmentId: result.assignmentId, idempotencyKey: result.key, ...result.fields },
      ]),
      signal: AbortSignal.timeout(cutAfterMs ?? 30_000),
    });
    const text = await response.text();
    samples.push({ ms: performance.now() - started, status: response.status });
    // The action's state is in the flight payload: {"ok":true,"message":"Saved."} or a refusal.
    if (
      response.headers.get("content-type")?.startsWith("text/x-component") &&
      /"ok":true/.test(text)
    )
      return "saved";
    return "retry"; // refused (503 unavailable, 5xx), kept and retried: as the stopwatch does
  } catch {
    samples.push({ ms: performance.now() - started, status: 0 });
    return "retry"; // connection lost: "Connection lost: retrying", same key
  }
}

export type UploadRun = {
  samples: Sample[];
  keys: Map<string, string>; // assignmentId -> idempotency key
  unsaved: number;
};

// The stopwatch's queue (lib/stopwatch, "Uploaded"): it sends what is due right after someone
// finishes and every 15 s, one result at a time, never the same one twice at once.
const RETRY_EVERY_MS = 15_000;

/**
 * 50 stopwatches (one per small squad's coach), whose athletes finish at random moments over
 * `burstMs`; each finish, and a 15-s timer, sends that stopwatch's results not yet taken, one
 * at a time, until `deadline`. A 503 (database down) is kept and sent again, as a lost
 * connection is. One upload in ten has its connection cut before the answer arrives (a
 * track-side network): it may or may not have been stored, and goes again with the same key.
 */
export async function runUploads(options: {
  base: string;
  actionId: string;
  pending: PendingResult[];
  cookieFor: (squadId: string) => string;
  burstMs: number;
  deadline: number;
}): Promise<UploadRun> {
  const { base, actionId, burstMs, deadline } = options;
  const samples: Sample[] = [];
  const start = Date.now();
  const results: Result[] = options.pending.map((p) => ({
    ...p,
    key: randomUUID(),
    fields: fields(p),
    releasedAt: start + Math.random() * burstMs,
  }));
  const bySquad = new Map<string, Result[]>();
  for (const r of results) bySquad.set(r.squadId, [...(bySquad.get(r.squadId) ?? []), r]);
  const saved = new Set<string>();

  await Promise.all(
    [...bySquad].map(async ([squadId, athletes]) => {
      const cookie = options.cookieFor(squadId);
      const finishes = athletes.map((a) => a.releasedAt).sort((a, b) => a - b);
      let lastSweep = 0;
      while (Date.now() < deadline && saved.size < results.length) {
        const now = Date.now();
        const due = athletes.filter((a) => a.releasedAt <= now && !saved.has(a.key));
        if (!due.length && finishes.every((f) => f <= now)) return; // all of ours are in
        const finished = finishes.some((f) => f > lastSweep && f <= now);
        if (due.length && (finished || now - lastSweep >= RETRY_EVERY_MS)) {
          lastSweep = now;
          for (const result of due) {
            if (Math.random() < 0.1) await sendOnce(base, actionId, cookie, result, samples, 15);
            if ((await sendOnce(base, actionId, cookie, result, samples)) === "saved")
              saved.add(result.key);
          }
        }
        await sleep(200);
      }
    }),
  );
  return {
    samples,
    keys: new Map(results.map((r) => [r.assignmentId, r.key])),
    unsaved: results.length - saved.size,
  };
}
