import { PacingInputError } from "./errors";
import { plural } from "@/lib/format/plural";

/**
 * docs/coaching-rules.md: a keeper "fits a couple of times in the 2-3 months before a goal race". The rule
 * enforced: at most MAX_IN_WINDOW sessions in any rolling WINDOW_DAYS days (12 weeks), and at
 * least MIN_DAYS_BETWEEN days between two. Warnings only: the coach may still assign it.
 */
export const MAX_IN_WINDOW = 3;
export const WINDOW_DAYS = 84;
export const MIN_DAYS_BETWEEN = 14;

export type FrequencyCheck = {
  ok: boolean;
  warnings: string[];
};

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Checks a proposed assignment date against an athlete's other 4-3-2-1 dates ("YYYY-MM-DD").
 * Only problems involving the proposed date are reported: past crowding is history. When moving
 * an assignment, leave its old date out of `existingDates` or it will crowd itself.
 */
export function checkFrequency(
  existingDates: readonly string[],
  proposedDate: string,
): FrequencyCheck {
  const proposed = dayNumber(proposedDate, "proposedDate");
  const existing = existingDates.map((date, index) => ({
    date,
    day: dayNumber(date, `existingDates.${index}`),
  }));
  const warnings: string[] = [];

  const sameDay = existing.find((entry) => entry.day === proposed);
  if (sameDay) warnings.push(`A 4-3-2-1 session is already assigned on ${sameDay.date}`);
  const before = nearest(
    existing.filter((entry) => entry.day < proposed),
    proposed,
  );
  const after = nearest(
    existing.filter((entry) => entry.day > proposed),
    proposed,
  );
  for (const [entry, side] of [
    [before, "after"],
    [after, "before"],
  ] as const) {
    if (!entry) continue;
    const gap = Math.abs(entry.day - proposed);
    if (gap < MIN_DAYS_BETWEEN) {
      warnings.push(
        `Only ${plural(gap, "day")} ${side} the session on ${entry.date}: ` +
          `leave at least ${MIN_DAYS_BETWEEN} days between two 4-3-2-1 sessions`,
      );
    }
  }

  const crowded = busiestWindow(existing, proposed, proposedDate);
  if (crowded.count > MAX_IN_WINDOW) {
    warnings.push(
      `This would make ${crowded.count} sessions of 4-3-2-1 between ${crowded.first} and ` +
        `${crowded.last}: keep it to at most ${MAX_IN_WINDOW} in any ${WINDOW_DAYS} days ` +
        `(${WINDOW_DAYS / 7} weeks)`,
    );
  }
  return { ok: warnings.length === 0, warnings };
}

interface DatedEntry {
  date: string;
  day: number;
}

function nearest(entries: readonly DatedEntry[], day: number): DatedEntry | undefined {
  return [...entries].sort((a, b) => Math.abs(a.day - day) - Math.abs(b.day - day))[0];
}

/** The most sessions in one WINDOW_DAYS-day span that contains the proposed date. */
function busiestWindow(existing: readonly DatedEntry[], proposed: number, proposedDate: string) {
  const all = [...existing, { date: proposedDate, day: proposed }].sort((a, b) => a.day - b.day);
  let best = { count: 0, first: proposedDate, last: proposedDate };
  for (const start of all) {
    if (start.day > proposed || proposed - start.day >= WINDOW_DAYS) continue;
    const inside = all.filter(
      (entry) => entry.day >= start.day && entry.day - start.day < WINDOW_DAYS,
    );
    if (inside.length > best.count) {
      // `all` is sorted, so the last one inside is the latest.
      const last = inside.reduce((_, entry) => entry);
      best = { count: inside.length, first: start.date, last: last.date };
    }
  }
  return best;
}

/** Days since 1970-01-01 (UTC) for a strict "YYYY-MM-DD"; rejects 2025-02-30 and friends. */
function dayNumber(date: string, field: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  const valid = !Number.isNaN(ms) && new Date(ms).toISOString().slice(0, 10) === date;
  if (!valid) throw new PacingInputError(field, `"${date}" is not a date like 2025-03-01`);
  return Math.round(ms / DAY_MS);
}
