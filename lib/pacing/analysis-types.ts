import type { Units } from "./units";

export type SessionStatus = "completed" | "partial" | "abandoned";

export const SESSION_STATUSES: readonly SessionStatus[] = ["completed", "partial", "abandoned"];

/** What the coach logged, index-aligned with the frozen prescription; null = not timed/run. */
export type LoggedSession = {
  reps: ReadonlyArray<{ lapSeconds: ReadonlyArray<number | null> }>;
  /** Recovery i follows rep i (so at most 3). */
  recoveries?: ReadonlyArray<number | null>;
  /** When omitted it is inferred: every lap logged = completed, some = partial, none = abandoned. */
  status?: SessionStatus;
};

/** "incomplete": some laps logged, not all, so the rep cannot be judged against its window. */
export type RepVerdict = "on-target" | "too-fast" | "too-slow" | "not-run" | "incomplete";

export type LapResult = {
  lap: number;
  targetSeconds: number;
  actualSeconds: number | null;
  /** actual - target: positive is slow. */
  deltaSeconds: number | null;
};

/** A lap examined for the "third quarter" hold (docs/coaching-rules.md): later laps of rep 1, reps 3 and 4. */
export type HoldCheck = {
  lap: number;
  deltaSeconds: number;
  faded: boolean;
};

export type RepAnalysis = {
  /** 1-based position in the session. */
  rep: number;
  label: string;
  laps: number;
  meters: number;
  verdict: RepVerdict;
  targetSeconds: number;
  windowSeconds: [number, number];
  /** The rep's time, only when every lap was logged. */
  actualSeconds: number | null;
  deltaSeconds: number | null;
  lapsLogged: number;
  lapResults: LapResult[];
  /** Mean of the laps logged. */
  averageLapSeconds: number | null;
  /** Lap pace faster than the rep before; null for rep 1 or when either rep has no laps. */
  steppedDown: boolean | null;
  /** Within-rep consistency; null with fewer than two laps logged. */
  spread: { rangeSeconds: number; stdDevSeconds: number } | null;
  hold: HoldCheck[];
};

export type RecoveryResult = {
  /** 1-based; recovery n follows rep n. */
  recovery: number;
  targetSeconds: number;
  actualSeconds: number | null;
  /** (actual - target) / target; 0.25 = 25% slow. */
  slowByFraction: number | null;
  /** "Cheating on the recovery": more than RECOVERY_SLOW_FRACTION slower than its target. */
  flagged: boolean;
};

export type RecoveryAnalysis = {
  recoveries: RecoveryResult[];
  /** Mean slowByFraction over the recoveries logged. */
  meanSlowByFraction: number | null;
  cheated: boolean;
};

export type SessionAnalysis = {
  units: Units;
  fiveKSeconds: number;
  status: SessionStatus;
  /** Completed with every rep at least started; otherwise the 5K time needs re-checking. */
  finished: boolean;
  reps: RepAnalysis[];
  recovery: RecoveryAnalysis;
  completion: { repsFullyRun: number; repsPlanned: number; fraction: number };
  findings: string[];
};
