import type { Activity, Lap } from "./activity";
import { type Found, type Span, repCount } from "./describe";
import { describeLaps, findFromLaps } from "./find-from-laps";
import { findFromSteps } from "./find-from-steps";
import { findFromStream } from "./find-from-stream";
import { mergeStrays, strayNote } from "./merge-laps";
import { refuse, type Refusal } from "./refusals";

/** A press this close to where the pace changes is taken as the true mark. */
const SNAP_SECONDS = 5;
const ORDINAL = ["1", "2", "3", "4"];

/**
 * The order of trust: an executed workout's steps say which lap is which rep; failing that the
 * lap-button laps; failing that (auto-laps, no laps, a missed press) the record stream, with any
 * lap presses near its marks still used to place them exactly.
 */
export function findSession(activity: Activity, lapMeters: number): Found | Refusal {
  const { laps, strays } = mergeStrays(activity.laps);
  const strayText = strayNote(strays);
  const withStrays = (found: Found): Found => ({
    ...found,
    notes: strayText
      ? [`${found.notes[0] ?? ""}; ${strayText}`, ...found.notes.slice(1)]
      : found.notes,
  });
  const steps = findFromSteps(activity, activity.laps, lapMeters);
  if (steps?.ok) return withStrays(steps);
  // A lap is a press when the file says so, or says nothing and the laps are not all one
  // length (auto-laps in a file that does not say what ended them).
  const manual = laps.filter((l) => l.trigger === "manual").length;
  const unknown = laps.filter((l) => l.trigger === "other").length;
  const pressed = manual >= 3 || (manual + unknown >= 3 && !evenLengths(laps));
  if (pressed || steps) {
    // A workout whose steps are not labelled clearly may still show the 4-3-2-1 in its laps.
    const fromLaps = findFromLaps(laps, lapMeters);
    if (fromLaps) return withStrays(fromLaps);
    if (steps) return steps;
  }
  if (activity.samples.length < 10) {
    if (pressed) return describeLaps(laps, lapMeters);
    return refuse("its laps do not show the reps and it has no record stream to find them in");
  }
  const stream = findFromStream(activity.samples, lapMeters);
  if (!stream.ok) return pressed ? describeLaps(laps, lapMeters) : stream;
  return pressed ? withStrays(snapToPresses(stream, laps)) : autoLapNote(stream, activity.laps);
}

/** Marks from the stream moved onto nearby lap presses; the notes say which were not pressed. */
function snapToPresses(found: Found, laps: Lap[]): Found {
  const presses = laps
    .filter((l) => l.trigger === "manual" || l.trigger === "other")
    .map((l) => l.start);
  const lastLap = laps[laps.length - 1];
  if (lastLap) presses.push(lastLap.start + lastLap.seconds);
  const missed: string[] = [];
  const snap = (t: number, what: string) => {
    const near = presses.reduce(
      (best, p) => (Math.abs(p - t) < Math.abs(best - t) ? p : best),
      Infinity,
    );
    if (Math.abs(near - t) <= SNAP_SECONDS) return near;
    missed.push(what);
    return t;
  };
  const reps = found.reps.map((span, k): Span | null =>
    span
      ? {
          start: snap(span.start, `rep ${ORDINAL[k]}'s start`),
          end: snap(span.end, `rep ${ORDINAL[k]}'s end`),
        }
      : null,
  );
  const count = reps.filter(Boolean).length;
  const notes = [`${repCount(count)} from the lap button`];
  if (missed.length)
    notes.push(`${missed.join(", ")} found from the change of pace (a missed lap press)`);
  return { ok: true, reps, notes };
}

function autoLapNote(found: Found, laps: Lap[]): Found {
  const auto = laps.filter((l) => l.trigger === "distance" || l.trigger === "position");
  if (auto.length === 0) return found;
  const meters = auto.map((l) => l.meters ?? 0).sort((a, b) => a - b)[auto.length >> 1] ?? 0;
  const count = found.reps.filter(Boolean).length;
  return {
    ...found,
    notes: [
      `${repCount(count)} found from the change of pace (the watch's laps were ${Math.round(meters)} m auto-laps)`,
    ],
  };
}

function evenLengths(laps: Lap[]): boolean {
  const meters = laps
    .slice(0, -1)
    .map((l) => l.meters)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);
  const median = meters[meters.length >> 1];
  if (!median || meters.length < 3) return false;
  const alike = meters.filter((m) => Math.abs(m / median - 1) < 0.015).length;
  return alike >= 0.75 * meters.length;
}
