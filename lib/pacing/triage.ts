import type { RepVerdict, SessionAnalysis } from "./analysis-types";
import type { Prediction } from "./predict";
import { recalibrate } from "./recalibrate";

/**
 * "This week's triage" (docs/coaching-rules.md, "Triage"): who needs a word from the coach, by
 * five rules, from a few of each athlete's latest sessions. Pure: the server reads, this decides.
 */

/** A 5K mark older than this no longer says what the athlete runs now. */
export const STALE_MARK_WEEKS = 12;
/** A suggestion about a session older than this asks nothing any more (the dashboard's rule). */
export const SUGGESTION_WEEKS = 8;
/** Fades count in this many of the latest logged sessions... */
export const FADE_WINDOW = 3;
/** ...when at least this many of them faded. */
export const FADE_COUNT = 2;

export type TriageSession = {
  assignmentId: string;
  /** "YYYY-MM-DD". */
  date: string;
  analysis: SessionAnalysis;
  /** The coach already answered this session's 5K suggestion. */
  decided: boolean;
};

export type TriageAthlete = {
  id: string;
  name: string;
  /** Logged sessions, newest first: FADE_WINDOW of them is all the rules read. */
  sessions: readonly TriageSession[];
  /** The athlete's session on the squad's last session day before today, when not logged. */
  missed: { assignmentId: string; date: string } | null;
  /** The newest 5K mark's date, null when there is none. */
  latestMarkDate: string | null;
};

export type TriageKind = "missed" | "off-target" | "fading" | "suggestion" | "stale-mark";

export type TriageLine = {
  kind: TriageKind;
  athlete: { id: string; name: string };
  /** What to say after the athlete's name: "rep 2 (1200) too fast in the last two sessions". */
  what: string;
  /** The session the line names; absent when it names the athlete (a stale mark). */
  assignmentId?: string;
  /** The day the line is about: the session's, or the last 5K mark's. */
  date?: string;
};

const KIND_ORDER: readonly TriageKind[] = [
  "missed",
  "off-target",
  "fading",
  "suggestion",
  "stale-mark",
];

const dayNumber = (day: string) => Date.parse(`${day}T00:00:00Z`) / 86_400_000;

/** Every line for a squad, grouped by rule in a fixed order, athletes by name within a rule. */
export function triage(
  athletes: readonly TriageAthlete[],
  options: { today: string; prediction?: Prediction },
): TriageLine[] {
  const lines = athletes.flatMap((athlete) => [
    ...missedLine(athlete),
    ...offTargetLines(athlete),
    ...fadingLine(athlete),
    ...suggestionLine(athlete, options),
    ...staleMarkLine(athlete, options.today),
  ]);
  return lines.sort(
    (a, b) =>
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      a.athlete.name.localeCompare(b.athlete.name) ||
      a.athlete.id.localeCompare(b.athlete.id),
  );
}

const who = (athlete: TriageAthlete) => ({ id: athlete.id, name: athlete.name });

function missedLine(athlete: TriageAthlete): TriageLine[] {
  if (!athlete.missed) return [];
  const { assignmentId, date } = athlete.missed;
  return [
    { kind: "missed", athlete: who(athlete), what: "missed the last session", assignmentId, date },
  ];
}

const MISS_WORDS: Partial<Record<RepVerdict, string>> = {
  "too-fast": "too fast",
  "too-slow": "too slow",
};

/** The same rep outside its window the same way in the two latest logged sessions. */
function offTargetLines(athlete: TriageAthlete): TriageLine[] {
  const [latest, before] = athlete.sessions;
  if (!latest || !before) return [];
  return latest.analysis.reps.flatMap((rep, index) => {
    const words = MISS_WORDS[rep.verdict];
    if (!words || before.analysis.reps[index]?.verdict !== rep.verdict) return [];
    return [
      {
        kind: "off-target" as const,
        athlete: who(athlete),
        what: `rep ${rep.rep} (${rep.label}) ${words} in the last two sessions`,
        assignmentId: latest.assignmentId,
        date: latest.date,
      },
    ];
  });
}

/**
 * A fade as the session's findings name it ("Faded on lap 4 of the 1600", lib/pacing/findings.ts):
 * a late lap of the 1600 or the 800 more than the tolerance slow. A one-lap 400 that fades is a
 * "too slow" rep, which the off-target rule reads.
 */
export const hasFade = (analysis: SessionAnalysis) =>
  analysis.findings.some((finding) => finding.startsWith("Faded on lap"));

function fadingLine(athlete: TriageAthlete): TriageLine[] {
  const recent = athlete.sessions.slice(0, FADE_WINDOW);
  const faded = recent.filter((session) => hasFade(session.analysis));
  const latest = faded[0];
  if (faded.length < FADE_COUNT || !latest) return [];
  return [
    {
      kind: "fading",
      athlete: who(athlete),
      what: `faded late in ${faded.length} of the last ${recent.length} sessions`,
      assignmentId: latest.assignmentId,
      date: latest.date,
    },
  ];
}

/**
 * The dashboard's queue, as a line: the latest logged session up to today, within the last
 * SUGGESTION_WEEKS, not yet answered, suggesting a new 5K time by the squad's model.
 */
function suggestionLine(
  athlete: TriageAthlete,
  { today, prediction }: { today: string; prediction?: Prediction },
): TriageLine[] {
  const latest = athlete.sessions.find((session) => session.date <= today);
  if (!latest || latest.decided) return [];
  if (dayNumber(today) - dayNumber(latest.date) >= SUGGESTION_WEEKS * 7) return [];
  const suggestion = recalibrate([latest.analysis], { prediction });
  if (suggestion.kind !== "faster" && suggestion.kind !== "slower") return [];
  return [
    {
      kind: "suggestion",
      athlete: who(athlete),
      what: `a ${suggestion.kind} 5K is suggested (${suggestion.model}), waiting for your answer`,
      assignmentId: latest.assignmentId,
      date: latest.date,
    },
  ];
}

function staleMarkLine(athlete: TriageAthlete, today: string): TriageLine[] {
  const mark = athlete.latestMarkDate;
  if (mark !== null && dayNumber(today) - dayNumber(mark) <= STALE_MARK_WEEKS * 7) return [];
  if (mark === null) return [{ kind: "stale-mark", athlete: who(athlete), what: "has no 5K mark" }];
  const what = `has no 5K mark newer than ${STALE_MARK_WEEKS} weeks`;
  return [{ kind: "stale-mark", athlete: who(athlete), what, date: mark }];
}
