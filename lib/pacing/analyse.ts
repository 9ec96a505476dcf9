import { analyseRecoveries } from "./analyse-recoveries";
import { analyseRep } from "./analyse-rep";
import {
  SESSION_STATUSES,
  type LoggedSession,
  type RepAnalysis,
  type SessionAnalysis,
  type SessionStatus,
} from "./analysis-types";
import { PacingInputError } from "./errors";
import { sessionFindings } from "./findings";
import { roundTo } from "./numbers";
import type { Prescription } from "./prescribe";
import { repLabel } from "./units";

/**
 * Reads a logged session against the prescription frozen when it was assigned. Laps may be
 * missing (null, or a short array): a rep with none is "not-run", with some "incomplete".
 */
export function analyseSession(prescription: Prescription, logged: LoggedSession): SessionAnalysis {
  assertLogged(prescription, logged);
  const reps: RepAnalysis[] = [];
  prescription.reps.forEach((rep, index) => {
    const label = repLabel(prescription.units, rep.laps);
    const laps = logged.reps[index]?.lapSeconds ?? [];
    reps.push(analyseRep(rep, index, label, laps, reps[index - 1]));
  });
  const recovery = analyseRecoveries(prescription, logged.recoveries);
  const status = logged.status ?? inferStatus(reps);
  // docs/coaching-rules.md: a session the athlete could not complete says the 5K time needs re-checking.
  const finished = status === "completed" && reps.every((rep) => rep.verdict !== "not-run");
  const repsFullyRun = reps.filter((rep) => rep.actualSeconds !== null).length;

  return {
    units: prescription.units,
    fiveKSeconds: prescription.fiveKSeconds,
    status,
    finished,
    reps,
    recovery,
    completion: {
      repsFullyRun,
      repsPlanned: reps.length,
      fraction: roundTo(repsFullyRun / reps.length, 4),
    },
    findings: sessionFindings(reps, recovery, finished),
  };
}

function inferStatus(reps: readonly RepAnalysis[]): SessionStatus {
  if (reps.every((rep) => rep.lapsLogged === rep.laps)) return "completed";
  return reps.some((rep) => rep.lapsLogged > 0) ? "partial" : "abandoned";
}

/** Logged data comes from forms and imports: reject what cannot be a lap time, by its path. */
function assertLogged(prescription: Prescription, logged: LoggedSession): void {
  if (logged.reps.length > prescription.reps.length) {
    throw new PacingInputError(
      "reps",
      `${logged.reps.length} reps were logged but the session has ${prescription.reps.length}`,
    );
  }
  prescription.reps.forEach(({ laps: planned }, index) => {
    const rep = logged.reps[index] ?? { lapSeconds: [] };
    if (rep.lapSeconds.length > planned) {
      throw new PacingInputError(
        `reps.${index}.lapSeconds`,
        `Rep ${index + 1} has ${planned} laps but ${rep.lapSeconds.length} were logged`,
      );
    }
    rep.lapSeconds.forEach((seconds, lap) => {
      if (!isTime(seconds)) {
        throw new PacingInputError(
          `reps.${index}.lapSeconds.${lap}`,
          "Lap times must be positive numbers of seconds",
        );
      }
    });
  });
  const recoveries = logged.recoveries ?? [];
  if (recoveries.length > prescription.recovery.count) {
    throw new PacingInputError(
      "recoveries",
      `${recoveries.length} recoveries were logged but the session has ${prescription.recovery.count}`,
    );
  }
  recoveries.forEach((seconds, index) => {
    if (!isTime(seconds)) {
      throw new PacingInputError(
        `recoveries.${index}`,
        "Recovery times must be positive numbers of seconds",
      );
    }
  });
  if (logged.status !== undefined && !SESSION_STATUSES.includes(logged.status)) {
    throw new PacingInputError("status", 'Status must be "completed", "partial" or "abandoned"');
  }
}

function isTime(value: number | null): boolean {
  return value === null || (typeof value === "number" && Number.isFinite(value) && value > 0);
}
