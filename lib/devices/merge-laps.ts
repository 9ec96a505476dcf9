import type { Lap } from "./activity";
import { plural } from "@/lib/format/plural";

/**
 * A stray lap is a double press: a few seconds, or a few metres walked. Long enough to be a
 * real lap otherwise; a 20 s stand at the line between two presses is recovery time and stays.
 */
export function isStray(lap: Lap): boolean {
  if (lap.seconds < 5) return true;
  return lap.meters !== null && lap.meters < 20 && lap.seconds < 15;
}

export type Merged = { laps: Lap[]; strays: Lap[] };

/**
 * Folds each stray lap into the lap after it: the first press of a double press is the real one
 * (the runner presses on the line, then again by accident), so the stray seconds belong to
 * whatever came next. A stray last lap folds into the one before.
 */
export function mergeStrays(laps: Lap[]): Merged {
  const out: Lap[] = [];
  const strays: Lap[] = [];
  let pending: Lap | null = null;
  for (const lap of laps) {
    if (isStray(lap) && laps.length > 1) {
      strays.push(lap);
      pending = pending ? join(pending, lap, pending) : lap;
      continue;
    }
    out.push(pending ? join(pending, lap, lap) : { ...lap });
    pending = null;
  }
  if (pending) {
    const last = out.pop();
    out.push(last ? join(last, pending, last) : pending);
  }
  return { laps: out, strays };
}

function join(first: Lap, second: Lap, keep: Lap): Lap {
  return {
    ...keep,
    start: first.start,
    seconds: second.start + second.seconds - first.start,
    meters:
      first.meters === null || second.meters === null ? keep.meters : first.meters + second.meters,
  };
}

export function strayNote(strays: Lap[]): string | null {
  if (strays.length === 0) return null;
  const meters = strays.map((s) => s.meters).filter((m): m is number => m !== null);
  const most = meters.length
    ? ` of ${Math.round(Math.min(...meters))}-${Math.round(Math.max(...meters))} m`
    : "";
  return `${plural(strays.length, "stray lap")}${most.replace(/of (\d+)-\1 m/, "of $1 m")} merged`;
}
