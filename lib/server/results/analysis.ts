import "server-only";
import type { ResultStatus } from "@/lib/generated/prisma/enums";
import {
  analyseSession,
  msToSeconds,
  prescriptionSchema,
  recalibrate,
  type LoggedSession,
  type Prediction,
  type Prescription,
  type SessionAnalysis,
} from "@/lib/pacing";

type SquadModel = {
  predictionModel: "RIEGEL" | "DANIELS" | "CAMERON" | "PURDY";
  riegelExponent: number;
};

/** The squad's stored choice as the engine takes it (docs/coaching-rules.md, "Prediction models"). */
export function predictionOf(squad: SquadModel): Prediction {
  const model = squad.predictionModel.toLowerCase() as Prediction["model"];
  return model === "riegel" ? { model, exponent: squad.riegelExponent } : { model };
}

type LapRow = { kind: "REP" | "RECOVERY"; repIndex: number; lapIndex: number; timeMs: number };

/**
 * A result's laps as its `lapsPacked` column keeps them (four numbers a lap: kind 0 rep or 1
 * recovery, rep index, lap index, ms; a trigger on Lap writes it). A length that is not a
 * multiple of four means the column is not what this reads: fail rather than misread times.
 */
export function unpackLaps(packed: readonly number[]): LapRow[] {
  if (packed.length % 4 !== 0) throw new Error(`lapsPacked has ${packed.length} numbers`);
  const laps: LapRow[] = [];
  for (let i = 0; i < packed.length; i += 4) {
    laps.push({
      kind: packed[i] === 0 ? "REP" : "RECOVERY",
      repIndex: packed[i + 1]!,
      lapIndex: packed[i + 2]!,
      timeMs: packed[i + 3]!,
    });
  }
  return laps;
}

/** Targets as frozen at assignment; parsed, so a malformed row fails loudly rather than silently. */
export function frozenTargets(json: unknown): Prescription {
  return prescriptionSchema.parse(json);
}

/** Stored laps back into the engine's shape: every prescribed lap's slot, null where not run. */
export function loggedSession(
  prescription: Prescription,
  laps: LapRow[],
  status: ResultStatus,
): LoggedSession {
  const reps = prescription.reps.map((rep, r) => ({
    lapSeconds: Array.from({ length: rep.laps }, (_, l) => {
      const lap = laps.find((x) => x.kind === "REP" && x.repIndex === r && x.lapIndex === l);
      return lap ? msToSeconds(lap.timeMs) : null;
    }),
  }));
  const recoveries = Array.from({ length: prescription.recovery.count }, (_, r) => {
    const lap = laps.find((x) => x.kind === "RECOVERY" && x.repIndex === r);
    return lap ? msToSeconds(lap.timeMs) : null;
  });
  return { reps, recoveries, status: status.toLowerCase() as LoggedSession["status"] };
}

type Stored<A> = { prescription: Prescription; analysis: A };

/** A stored session read back: its frozen targets and, when a result exists, its analysis. */
export function analyseStored(
  targetsJson: unknown,
  laps: LapRow[],
  status: ResultStatus,
): Stored<SessionAnalysis>;
export function analyseStored(
  targetsJson: unknown,
  laps: LapRow[],
  status: ResultStatus | null,
): Stored<SessionAnalysis | null>;
export function analyseStored(
  targetsJson: unknown,
  laps: LapRow[],
  status: ResultStatus | null,
): Stored<SessionAnalysis | null> {
  const prescription = frozenTargets(targetsJson);
  const analysis = status
    ? analyseSession(prescription, loggedSession(prescription, laps, status))
    : null;
  return { prescription, analysis };
}

export function analyse(
  targetsJson: unknown,
  laps: LapRow[],
  status: ResultStatus,
  prediction?: Prediction,
) {
  const { prescription, analysis } = analyseStored(targetsJson, laps, status);
  return { prescription, analysis, recalibration: recalibrate([analysis], { prediction }) };
}
