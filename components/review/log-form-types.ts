import type { ResultStatus } from "@/lib/generated/prisma/enums";

export type LogFormRep = { laps: number; label: string; targetSeconds: number };

export type LogFormExisting = {
  version: number;
  status: ResultStatus;
  effort: number | null;
  notes: string | null;
  /** Each rep's lap times as text, ready to edit: "96 95.4 97 96". */
  reps: string[];
  recoveries: string[];
};

/** Laps recorded elsewhere on this device (the stopwatch) and not yet saved, ready to correct. */
export type LogFormDraft = {
  status: LogFormExisting["status"];
  reps: string[];
  recoveries: string[];
  /** The stopwatch's key for this result: whichever of the two saves first, one result is stored. */
  idempotencyKey: string;
};

export type LogFormProps = {
  assignmentId: string;
  lapMeters: number;
  reps: LogFormRep[];
  recoveryTargets: string[];
  existing: LogFormExisting | null;
  draft?: LogFormDraft;
  /** Called once the server has stored the result, before moving to the session page. */
  onSaved?: () => void;
};
