import { lapEnd, type Lap } from "./activity";
import { describeEfforts, stepDownError, type Found, repCount } from "./describe";
import { refuse, type Refusal } from "./refusals";

const speed = (lap: Lap) => (lap.meters ?? 0) / Math.max(lap.seconds, 1);

/** A jog is clearly slower than the reps either side of it (no fixed pace: any runner). */
const SLOWER = 0.92;
/** A rep's laps never hold more than this many laps of jog between two reps. */
const MAX_JOG_LAPS = 3;

type Match = { reps: Lap[]; error: number };

/**
 * Tries the 4-3-2-1 starting at lap `i`: rep, one or more slower laps, next rep, and so on.
 * A match that ends before rep 4 counts only when nothing fast follows (the runner stopped).
 */
function matchFrom(laps: Lap[], i: number, lapMeters: number): Match | null {
  const reps: Lap[] = [laps[i]!];
  if (stepDownError([laps[i]!.meters ?? 0], lapMeters) === null) return null;
  let at = i;
  while (reps.length < 4) {
    const floor = Math.min(...reps.map(speed));
    let next: number | null = null;
    let jog = 0;
    for (let j = at + 1; j < laps.length; j++) {
      const lap = laps[j]!;
      const lengths = [...reps, lap].map((l) => l.meters ?? 0);
      if (
        j > at + 1 &&
        stepDownError(lengths, lapMeters) !== null &&
        speed(lap) > jogSpeed(laps, at, j)
      ) {
        next = j;
        break;
      }
      if (speed(lap) >= floor * SLOWER) break;
      jog += lap.meters ?? 0;
      if (jog > MAX_JOG_LAPS * lapMeters) break;
    }
    if (next === null) break;
    reps.push(laps[next]!);
    at = next;
  }
  if (reps.length < 4) {
    // Stopped early: the rest of the file must hold nothing run at rep pace.
    const floor = Math.min(...reps.map(speed));
    const later = laps
      .slice(at + 1)
      .some((l) => speed(l) >= floor * SLOWER && (l.meters ?? 0) > lapMeters / 2);
    if (later) return null;
  }
  const error = stepDownError(
    reps.map((l) => l.meters ?? 0),
    lapMeters,
  );
  return error === null ? null : { reps, error };
}

function jogSpeed(laps: Lap[], from: number, to: number): number {
  const between = laps.slice(from + 1, to);
  const meters = between.reduce((s, l) => s + (l.meters ?? 0), 0);
  const seconds = between.reduce((s, l) => s + l.seconds, 0);
  return meters / Math.max(seconds, 1) / SLOWER;
}

/**
 * The 4-3-2-1 from lap-button laps (strays already merged): warm-up, reps and jogs, cool-down are
 * told apart by distance and pace. Null when the laps do not show it (a missed press, auto-laps).
 */
export function findFromLaps(laps: Lap[], lapMeters: number): Found | null {
  if (laps.some((l) => l.meters === null)) return null;
  let best: Match | null = null;
  for (let i = 0; i < laps.length; i++) {
    const m = matchFrom(laps, i, lapMeters);
    if (!m) continue;
    if (
      !best ||
      m.reps.length > best.reps.length ||
      (m.reps.length === best.reps.length && m.error < best.error)
    )
      best = m;
  }
  if (!best) return null;
  if (best.reps.length === 1) {
    // Only rep 1 run: believable only when it is clearly the fastest thing in the file.
    const rep = best.reps[0]!;
    if (laps.some((l) => l !== rep && speed(l) >= speed(rep) * SLOWER)) return null;
  }
  const reps = [0, 1, 2, 3].map((k) => {
    const lap = best.reps[k];
    return lap ? { start: lap.start, end: lapEnd(lap) } : null;
  });
  return { ok: true, reps, notes: [`${repCount(best.reps.length)} from the lap button`] };
}

/** What lap-button laps held instead: the laps run clearly faster than the rest. */
export function describeLaps(laps: Lap[], lapMeters: number): Refusal {
  const real = laps.filter((l) => (l.meters ?? 0) >= lapMeters / 4);
  const speeds = real.map(speed).sort((a, b) => a - b);
  // Split at the widest gap in pace: reps on one side, jogs and easy running on the other.
  let cut = Infinity;
  let widest = 0;
  for (let k = 1; k < speeds.length; k++) {
    const gap = speeds[k]! / speeds[k - 1]!;
    if (gap > widest) [widest, cut] = [gap, speeds[k]!];
  }
  const fast = widest > 1.1 ? real.filter((l) => speed(l) >= cut) : [];
  const efforts = fast.map((l) => ({ meters: l.meters ?? 0, seconds: l.seconds }));
  return refuse(`its laps hold ${describeEfforts(efforts)}, not the 4-3-2-1 step-down`);
}
