export type LogFormRep = { laps: number; label: string; targetSeconds: number };

export type LogFormExisting = {
  version: number;
  status: "COMPLETED" | "PARTIAL" | "ABANDONED";
  effort: number | null;
  notes: string | null;
  /** Each rep's lap times as text, ready to edit: "96 95.4 97 96". */
  reps: string[];
  recoveries: string[];
};

export type LogFormProps = {
  assignmentId: string;
  lapMeters: number;
  reps: LogFormRep[];
  recoveryTargets: string[];
  existing: LogFormExisting | null;
};
