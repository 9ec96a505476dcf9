import { formatDelta, formatTime, type RepVerdict, type Units } from "@/lib/pacing";
import { isDay } from "@/lib/dates";
import { bestSession, type BestSession } from "./best-session";
import type { ResultStatus } from "@/lib/generated/prisma/enums";
import { plural } from "@/lib/format/plural";

/** What the server read returns per logged session: plain, serialisable, already analysed. */
export type ProgressRep = {
  label: string;
  targetSeconds: number;
  /** Null unless every lap of the rep was timed. */
  actualSeconds: number | null;
  /** actual - target: positive is slow. */
  deltaSeconds: number | null;
  verdict: RepVerdict;
};

export type ProgressSession = {
  assignmentId: string;
  /** "YYYY-MM-DD". */
  date: string;
  units: Units;
  fiveKSeconds: number;
  status: ResultStatus;
  reps: ProgressRep[];
  /** The "third quarter" checks: how many, how many faded, the slowest one against its target. */
  hold: { checks: number; faded: number; worstDeltaSeconds: number | null };
  /** Mean of (actual - target) / target over the recoveries timed; 0.25 = 25% slow. */
  recoverySlowFraction: number | null;
};

export type MarkSource = "RACE" | "TIME_TRIAL" | "ESTIMATE" | "RECALIBRATION";
export type ProgressMark = { date: string; fiveKSeconds: number; source: MarkSource };
/**
 * from/to "YYYY-MM-DD"; from null = since the first session. `open`: no end was asked for, so the
 * range runs to today or to the latest logged session, whichever is later (a session may be
 * logged before its date: run early, or logged ahead with a note).
 */
export type ProgressRange = { from: string | null; to: string; open?: boolean };

/** The day `months` calendar months before `day`, clamped to the month's end (31 Aug - 6 → 28 Feb). */
export function monthsBefore(day: string, months: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0));
  target.setUTCDate(Math.min(d.getUTCDate(), lastDay.getUTCDate()));
  return target.toISOString().slice(0, 10);
}

/**
 * The range to read: the last 6 months unless asked otherwise; "all" (or a From left empty in the
 * filter form) for the whole history.
 */
export function resolveRange(input: { from?: string; to?: string }, today: string): ProgressRange {
  const to = isDay(input.to) ? input.to : today;
  const asked = to === input.to;
  const from =
    input.from === "all" || input.from === ""
      ? null
      : isDay(input.from)
        ? input.from
        : monthsBefore(to, 6);
  // A reversed range is a slip of the finger, not a request for nothing.
  if (from !== null && from > to) return { from: to, to: from };
  return asked ? { from, to } : { from, to, open: true };
}

/** An open range's end once the read knows the latest day it holds: never before today. */
export function closeRange(range: ProgressRange, latest: string | undefined): ProgressRange {
  if (!range.open || latest === undefined || latest <= range.to) return range;
  return { ...range, to: latest };
}

export const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

export type RepPoint = {
  t: number;
  date: string;
  actual: number | null;
  target: number;
  delta: number | null;
  verdict: RepVerdict;
  assignmentId: string;
};
export type RepSeries = { rep: number; label: string; points: RepPoint[] };
export type HoldPoint = {
  t: number;
  date: string;
  worst: number | null;
  faded: number;
  checks: number;
  assignmentId: string;
};
/** `carried`: the mark set before the range, drawn from its left edge; `end`: the right edge. */
export type FiveKPoint = {
  t: number;
  date: string;
  fiveK: number;
  source: MarkSource;
  recalibration: boolean;
  carried: boolean;
  end: boolean;
};
export type ProgressCharts = {
  domain: [number, number];
  /** The session closest to target over its reps, marked on the charts and in the table. */
  best: BestSession | null;
  reps: RepSeries[];
  hold: HoldPoint[];
  fiveK: FiveKPoint[];
  summary: string[];
};

/** Labels for each rep position; mixed metric/imperial history reads "1600 / mile". */
function repLabels(sessions: ProgressSession[]): string[] {
  return [0, 1, 2, 3].map((r) => {
    const labels = [...new Set(sessions.map((s) => s.reps[r]?.label).filter(Boolean))];
    return labels.join(" / ");
  });
}

export function fiveKSteps(marks: ProgressMark[], domain: [number, number]): FiveKPoint[] {
  const points = marks.map((m) => {
    const t = dayMs(m.date);
    return {
      t: Math.max(t, domain[0]),
      date: m.date,
      fiveK: m.fiveKSeconds,
      source: m.source,
      recalibration: m.source === "RECALIBRATION",
      carried: t < domain[0],
      end: false,
    };
  });
  const last = points.at(-1);
  // The step line runs on to the right edge at the last mark's value.
  if (last && last.t < domain[1]) points.push({ ...last, t: domain[1], carried: false, end: true });
  return points;
}

/** Chart series from the read: one per rep, the hold trend, the 5K step line, and words. */
export function shapeProgress(
  sessions: ProgressSession[],
  marks: ProgressMark[],
  range: ProgressRange,
): ProgressCharts {
  // The charts start at the first thing in range, not the range's start: a phone's width goes to
  // the data. A mark set before the range is drawn from that left edge.
  const inRange = marks.filter((m) => range.from === null || m.date >= range.from);
  const first = [sessions[0]?.date, inRange[0]?.date].filter((d): d is string => !!d).sort()[0];
  const domain: [number, number] = [dayMs(first ?? range.from ?? range.to), dayMs(range.to)];
  const labels = repLabels(sessions);
  const reps = labels.map((label, rep) => ({
    rep: rep + 1,
    label,
    points: sessions.flatMap((s) => {
      const r = s.reps[rep];
      if (!r) return [];
      const { actualSeconds: actual, deltaSeconds: delta, targetSeconds: target, verdict } = r;
      return [
        { t: dayMs(s.date), date: s.date, actual, target, delta, verdict, ...id(s) },
      ] satisfies RepPoint[];
    }),
  }));
  const hold = sessions.map((s) => ({
    t: dayMs(s.date),
    date: s.date,
    worst: s.hold.worstDeltaSeconds,
    faded: s.hold.faded,
    checks: s.hold.checks,
    ...id(s),
  }));
  return {
    domain,
    best: bestSession(sessions),
    reps,
    hold,
    fiveK: fiveKSteps(marks, domain),
    summary: summarise(reps, sessions, marks),
  };
}

const id = (s: ProgressSession) => ({ assignmentId: s.assignmentId });

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Per rep: the earlier half of the range's sessions against the later half, in words. */
export function summarise(
  reps: RepSeries[],
  sessions: ProgressSession[],
  marks: ProgressMark[],
): string[] {
  const lines: string[] = [];
  for (const series of reps) {
    const deltas = series.points.flatMap((p) => (p.delta === null ? [] : [p.delta]));
    if (deltas.length < 2) continue;
    const half = Math.floor(deltas.length / 2);
    const before = mean(deltas.slice(0, half))!;
    const after = mean(deltas.slice(deltas.length - half))!;
    const change = Math.abs(before) - Math.abs(after);
    const trend =
      Math.abs(change) < 0.05
        ? "as close to target as"
        : `${Math.abs(change).toFixed(1)} s ${change > 0 ? "closer to" : "further from"} target than`;
    lines.push(
      `The ${series.label}: the later sessions were ${trend} the earlier ones (average ${formatDelta(before)} → ${formatDelta(after)}).`,
    );
  }
  const faded = sessions.reduce((n, s) => n + (s.hold.faded > 0 ? 1 : 0), 0);
  if (sessions.length > 0) {
    lines.push(`Pace faded late in ${faded} of ${sessions.length} sessions.`);
  }
  const firstMark = marks[0];
  const lastMark = marks.at(-1);
  if (firstMark && lastMark && firstMark !== lastMark) {
    const recalibrations = marks.filter((m) => m.source === "RECALIBRATION").length;
    lines.push(
      `5K mark: ${formatTime(firstMark.fiveKSeconds)} → ${formatTime(lastMark.fiveKSeconds)}` +
        (recalibrations ? ` (${plural(recalibrations, "recalibration")}).` : "."),
    );
  }
  return lines;
}
