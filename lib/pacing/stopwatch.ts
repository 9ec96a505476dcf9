import { z } from "zod";
import { lapBounds } from "./lap-entry";
import { roundTo } from "./numbers";
import type { Prescription } from "./prescribe";

/**
 * The trackside stopwatch: one clock per athlete, marked lap by lap in session order (rep laps
 * and the recovery jog between reps). Times are absolute epoch ms (Date.now()), never
 * performance.now(), so state saved on the device rebuilds the running clocks after a reload.
 */
export type LapSlot =
  | { kind: "rep"; repIndex: number; lapIndex: number; laps: number; target: number; split: number }
  | { kind: "recovery"; repIndex: number; target: number };

/** 4 rep laps, recovery, 3 rep laps, recovery, 2 rep laps, recovery, 1 rep lap. */
export function lapSequence(p: Prescription): LapSlot[] {
  return p.reps.flatMap((rep, repIndex) => {
    const laps: LapSlot[] = rep.lapSeconds.map((target, lapIndex) => ({
      kind: "rep",
      repIndex,
      lapIndex,
      laps: rep.laps,
      target,
      split: rep.splitSeconds[lapIndex] ?? target * (lapIndex + 1),
    }));
    if (repIndex < p.recovery.count)
      laps.push({ kind: "recovery", repIndex, target: p.recovery.targetSeconds });
    return laps;
  });
}

export function slotLabel(slot: LapSlot): string {
  return slot.kind === "recovery"
    ? "Recovery jog"
    : `Rep ${slot.repIndex + 1} · lap ${slot.lapIndex + 1} of ${slot.laps}`;
}

const clockSchema = z.object({
  /** Taps that would end a lap sooner than this are a double tap, not a lap. */
  minLapMs: z.number().nonnegative(),
  lapCount: z.number().int().positive(),
  startedAt: z.number().nullable(),
  marks: z.array(z.number()),
  stoppedAt: z.number().nullable(),
  /** When stopped early: the coach's call, partial (ran what they could) or abandoned. */
  abandoned: z.boolean(),
});
export const stopwatchStateSchema = z.object({ clocks: z.record(z.string(), clockSchema) });

export type AthleteClock = z.infer<typeof clockSchema>;
export type StopwatchState = z.infer<typeof stopwatchStateSchema>;

export type StopwatchEvent =
  | { type: "start"; id: string; at: number }
  | { type: "tap"; id: string; at: number }
  | { type: "undo"; id: string }
  | { type: "stop"; id: string; at: number; abandoned?: boolean };

/** A fresh stopwatch for the athletes present (keyed by any id: the app uses assignment ids). */
export function createStopwatch(athletes: { id: string; prescription: Prescription }[]) {
  const clocks: Record<string, AthleteClock> = {};
  for (const { id, prescription } of athletes) {
    clocks[id] = {
      minLapMs: lapBounds(prescription.lapMeters)[0] * 1000,
      lapCount: lapSequence(prescription).length,
      startedAt: null,
      marks: [],
      stoppedAt: null,
      abandoned: false,
    };
  }
  return { clocks } satisfies StopwatchState;
}

export const isFinished = (c: AthleteClock) => c.stoppedAt !== null || c.marks.length >= c.lapCount;

function apply(c: AthleteClock, e: StopwatchEvent): AthleteClock {
  switch (e.type) {
    case "start":
      return c.startedAt === null ? { ...c, startedAt: e.at } : c;
    case "tap": {
      const from = c.marks.at(-1) ?? c.startedAt;
      if (from === null || isFinished(c) || e.at - from < c.minLapMs) return c;
      return { ...c, marks: [...c.marks, e.at] };
    }
    case "stop":
      if (c.startedAt === null || isFinished(c)) return c;
      return { ...c, stoppedAt: e.at, abandoned: e.abandoned ?? false };
    case "undo":
      // Undo steps back one action: an early stop, else the last tap, else the start.
      if (c.stoppedAt !== null) return { ...c, stoppedAt: null, abandoned: false };
      if (c.marks.length) return { ...c, marks: c.marks.slice(0, -1) };
      return { ...c, startedAt: null };
  }
}

/** Each event touches only its own athlete's clock. Unknown ids are ignored. */
export function stopwatchReducer(state: StopwatchState, event: StopwatchEvent): StopwatchState {
  const clock = state.clocks[event.id];
  if (!clock) return state;
  const next = apply(clock, event);
  return next === clock ? state : { clocks: { ...state.clocks, [event.id]: next } };
}

/** "Start all": one start per athlete not yet running, at the same instant. */
export const startAll = (state: StopwatchState, at: number) =>
  Object.keys(state.clocks).reduce(
    (s, id) => stopwatchReducer(s, { type: "start", id, at }),
    state,
  );

/** State read back from storage, or null when it is missing or not ours (another version). */
export function restoreStopwatch(json: unknown): StopwatchState | null {
  const parsed = stopwatchStateSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

export type LapTime = { slot: LapSlot; seconds: number; delta: number };

export type AthleteView = {
  phase: "waiting" | "running" | "finished" | "stopped";
  laps: LapTime[];
  next: LapSlot | null;
  nextLabel: string;
  /** The lap under way, in seconds; null when not running. */
  runningSeconds: number | null;
  /** Session time since the start (frozen at the finish). */
  elapsedSeconds: number | null;
  last: LapTime | null;
  /** The rep's cumulative split at its last completed lap against the target split. */
  splitDelta: number | null;
};

const toSeconds = (ms: number) => roundTo(ms / 1000, 2);

/**
 * What a stopped or finished clock's result is: every rep lap run is completed (a jog missed
 * does not change that), none run or the coach's "abandoned" is abandoned, else partial.
 */
function resultStatus(c: AthleteClock, p: Prescription, laps: LapTime[]) {
  const repLaps = laps.filter((l) => l.slot.kind === "rep").length;
  const allRepLaps = p.reps.reduce((t, r) => t + r.laps, 0);
  return repLaps === allRepLaps
    ? "COMPLETED"
    : repLaps === 0 || c.abandoned
      ? "ABANDONED"
      : "PARTIAL";
}

const STOPPED_LABEL = {
  COMPLETED: "Stopped: completed",
  PARTIAL: "Stopped: partial",
  ABANDONED: "Stopped: abandoned",
} as const;

export function athleteView(c: AthleteClock, p: Prescription, now: number): AthleteView {
  const sequence = lapSequence(p);
  const laps = c.marks.map((at, i): LapTime => {
    const slot = sequence[i]!;
    const seconds = toSeconds(at - (i === 0 ? c.startedAt! : c.marks[i - 1]!));
    return { slot, seconds, delta: roundTo(seconds - slot.target, 2) };
  });
  const last = laps.at(-1) ?? null;
  const finished = isFinished(c);
  const phase =
    c.startedAt === null
      ? "waiting"
      : c.stoppedAt !== null
        ? "stopped"
        : finished
          ? "finished"
          : "running";
  const next = finished ? null : (sequence[c.marks.length] ?? null);
  const end = phase === "running" ? now : (c.stoppedAt ?? c.marks.at(-1) ?? now);
  let splitDelta: number | null = null;
  if (last?.slot.kind === "rep") {
    const { repIndex, split } = last.slot;
    const run = laps.filter((l) => l.slot.kind === "rep" && l.slot.repIndex === repIndex);
    splitDelta = roundTo(run.reduce((t, l) => t + l.seconds, 0) - split, 2);
  }
  return {
    phase,
    laps,
    next,
    nextLabel: next
      ? slotLabel(next)
      : phase === "stopped"
        ? STOPPED_LABEL[resultStatus(c, p, laps)]
        : "Finished",
    runningSeconds:
      phase === "running" ? toSeconds(Math.max(0, now - (c.marks.at(-1) ?? c.startedAt!))) : null,
    elapsedSeconds: c.startedAt === null ? null : toSeconds(Math.max(0, end - c.startedAt)),
    last,
    splitDelta,
  };
}

export type LogFields = {
  mode: "laps";
  status: "COMPLETED" | "PARTIAL" | "ABANDONED";
  /** Each rep's lap times, space-separated, in order: what log-result's `reps` takes. */
  reps: string[];
  /** Each recovery jog's time, "" where none was timed. */
  recoveries: string[];
};

/** Hundredths, as a hand-held watch shows them: "96.21". */
const lapText = (seconds: number) => String(roundTo(seconds, 2));

/** The log-result fields for a finished clock: lap times per rep, recoveries, the status. */
export function toLogFields(c: AthleteClock, p: Prescription): LogFields {
  const { laps } = athleteView(c, p, c.stoppedAt ?? c.marks.at(-1) ?? 0);
  const rep = (r: number) =>
    laps
      .filter((l) => l.slot.kind === "rep" && l.slot.repIndex === r)
      .map((l) => lapText(l.seconds))
      .join(" ");
  const recovery = (r: number) => {
    const lap = laps.find((l) => l.slot.kind === "recovery" && l.slot.repIndex === r);
    return lap ? lapText(lap.seconds) : "";
  };
  return {
    mode: "laps",
    status: resultStatus(c, p, laps),
    reps: p.reps.map((_, r) => rep(r)),
    recoveries: Array.from({ length: p.recovery.count }, (_, r) => recovery(r)),
  };
}
