/**
 * "Choose which laps make which rep": the stretches of a recording a user can put together into
 * reps, and the session rebuilt from their choice with the same lap splits the reader uses.
 * A stretch is one of the watch's laps (stray presses merged), cut again wherever the reader put a
 * rep's start or end, so the reader's own choice is always one of the choices (docs/devices.md).
 */
import { REP_LAPS } from "@/lib/pacing";
import { lapEnd, metersAt, type Activity } from "./activity";
import type { Span } from "./describe";
import { mergeStrays } from "./merge-laps";
import { lapSplits } from "./splits";
import type { ReadSessionResult } from "./index";

export type Stretch = {
  index: number;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
  /** Distance the watch measured over it, or null when the file has no record stream. */
  meters: number | null;
  /** "lap": one of the watch's laps; "pace": cut where the reader found a rep begin or end. */
  cut: "lap" | "pace";
};

/** Per rep (4 laps, 3, 2, 1): the first and last stretch it is made of, or null: not run. */
export type RepChoice = ({ first: number; last: number } | null)[];

/** The same answer as readSession's (lib/devices/index.ts), for the user's grouping. */
export type Regrouped = ReadSessionResult;

/** Boundaries closer than this are one mark (a press and the reader's mark for it). */
const SAME_MARK = 1;

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The stretches of a recording, given the reps the reader found in it. */
export function stretchesOf(activity: Activity, found: (Span | null)[]): Stretch[] {
  const { laps } = mergeStrays(activity.laps);
  const marks = found.flatMap((s) => (s ? [s.start, s.end] : []));
  const last = activity.samples[activity.samples.length - 1]?.t ?? 0;
  const lapMarks = laps.flatMap((l) => [l.start, lapEnd(l)]);
  const from = Math.min(0, ...lapMarks, ...marks);
  const to = Math.max(last, ...lapMarks, ...marks);
  const lapCuts = lapMarks.filter((t) => marks.every((m) => Math.abs(m - t) >= SAME_MARK));
  const cuts = [
    ...marks.map((t) => ({ t, cut: "pace" as const })),
    ...lapCuts.map((t) => ({ t, cut: "lap" as const })),
    { t: from, cut: "lap" as const },
    { t: to, cut: "lap" as const },
  ].sort((a, b) => a.t - b.t);
  const unique = cuts.filter((c, i) => i === 0 || c.t - cuts[i - 1]!.t > 0.05);
  const hasStream = activity.samples.length >= 2;
  return unique.slice(1).map((c, i) => {
    const start = unique[i]!.t;
    const lap = laps.find(
      (l) => Math.abs(l.start - start) < 0.05 && Math.abs(lapEnd(l) - c.t) < 0.05,
    );
    const meters = hasStream
      ? metersAt(activity.samples, c.t) - metersAt(activity.samples, start)
      : (lap?.meters ?? null);
    const isPace = unique[i]!.cut === "pace" || c.cut === "pace";
    return { index: i, start, end: c.t, meters, cut: isPace && !lap ? "pace" : "lap" };
  });
}

/** The reader's reps as a choice of stretches (a found mark is always a stretch boundary). */
export function choiceOf(stretches: Stretch[], found: (Span | null)[]): RepChoice {
  const nearest = (t: number, key: "start" | "end") =>
    stretches.reduce(
      (best, s) => (Math.abs(s[key] - t) < Math.abs(stretches[best]![key] - t) ? s.index : best),
      0,
    );
  return [0, 1, 2, 3].map((k) => {
    const span = found[k];
    return span && stretches.length
      ? { first: nearest(span.start, "start"), last: nearest(span.end, "end") }
      : null;
  });
}

/** Why a choice cannot be a session, or null when it can. */
export function choiceProblem(stretches: Stretch[], choice: RepChoice): string | null {
  if (choice.length !== 4) return "choose the stretches of all four reps (or mark them not run)";
  let after = -1;
  for (const [k, rep] of choice.entries()) {
    if (!rep) continue;
    const { first, last } = rep;
    if (![first, last].every((i) => Number.isInteger(i) && i >= 0 && i < stretches.length))
      return `rep ${k + 1} names a lap the file does not have`;
    if (last < first) return `rep ${k + 1} ends before it starts`;
    if (first <= after) return `rep ${k + 1} overlaps the rep before it`;
    after = last;
  }
  if (!choice[0]) return "rep 1 must be run: a session with no first rep has nothing to save";
  return null;
}

/** The session from a choice of stretches: times, track laps inside each rep, recoveries. */
export function regroup(activity: Activity, stretches: Stretch[], choice: RepChoice): Regrouped {
  const problem = choiceProblem(stretches, choice);
  if (problem) return { ok: false, reason: problem };
  const spans = choice.map((c): Span | null =>
    c ? { start: stretches[c.first]!.start, end: stretches[c.last]!.end } : null,
  );
  let even = false;
  const reps = spans.map((span, k) => {
    if (!span) return null;
    const split = lapSplits(activity.samples, span, REP_LAPS[k]!);
    if (!split.measured) even = true;
    return { seconds: round(span.end - span.start), laps: split.laps.map(round) };
  });
  const recoveries = [0, 1, 2].map((k) => {
    const a = spans[k];
    const b = spans[k + 1];
    return a && b ? round(b.start - a.end) : null;
  });
  const notes = even
    ? ["the file has no record stream, so each rep's laps are shown as even splits"]
    : [];
  const status = reps.every((r) => r !== null) ? "completed" : "partial";
  return { ok: true, status, reps, recoveries, notes };
}

/** Same choice? (The page says "as read" or "changed by you".) */
export const sameChoice = (a: RepChoice, b: RepChoice) =>
  a.length === b.length &&
  a.every((x, k) => {
    const y = b[k];
    return x === null || y === null || y === undefined
      ? x === (y ?? null)
      : x.first === y.first && x.last === y.last;
  });
