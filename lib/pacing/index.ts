/**
 * The 4-3-2-1 lap step-down coaching rules (docs/coaching-rules.md): pure functions, no I/O. Times are seconds
 * (numbers with decimals), distances metres; the app converts to stored milliseconds at its edge.
 */
export { PacingInputError } from "./errors";
export { roundTo } from "./numbers";
export {
  formatDelta,
  formatTime,
  msToSeconds,
  parseTime,
  parseTimeOrThrow,
  secondsToMs,
  type FormatTimeOptions,
  type TimeParseResult,
} from "./time";
export {
  FIVE_K_METERS,
  IMPERIAL_LAP_METERS,
  METRIC_LAP_METERS,
  REP_LAPS,
  UNITS,
  isUnits,
  lapMetersFor,
  repDistanceLabel,
  repLabel,
  type Units,
} from "./units";
export {
  DEFAULT_OFFSETS,
  MAX_OFFSET_SECONDS,
  MAX_RECOVERY_FACTOR,
  MIN_RECOVERY_FACTOR,
  REP1_TOLERANCE_SECONDS_PER_LAP,
  offsetsSchema,
  type OffsetPair,
  type PacingOffsets,
} from "./offsets";
export {
  MAX_FIVE_K_SECONDS,
  MIN_FIVE_K_SECONDS,
  RECOVERY_COUNT,
  prescribeStepDown,
  type PrescribeInput,
  type PrescribedRep,
  type Prescription,
} from "./prescribe";
export { prescriptionSchema } from "./prescription-schema";
export { analyseSession } from "./analyse";
export {
  SESSION_STATUSES,
  type HoldCheck,
  type LapResult,
  type LoggedSession,
  type RecoveryAnalysis,
  type RecoveryResult,
  type RepAnalysis,
  type RepVerdict,
  type SessionAnalysis,
  type SessionStatus,
} from "./analysis-types";
export {
  FADE_TOLERANCE_SECONDS,
  RECOVERY_SLOW_FRACTION,
  UNEVEN_RANGE_SECONDS,
  holdLaps,
} from "./thresholds";
export {
  FRESH_RACE_MULTIPLE,
  MAX_CHANGE_PER_SESSION,
  NOISE_FRACTION,
  RECALIBRATION_METHOD,
  RIEGEL_EXPONENT,
  fiveKEquivalent,
  recalibrate,
  recalibrationMethod,
  riegel,
  type Recalibration,
  type RecalibrationKind,
  type RepEvidence,
} from "./recalibrate";
export {
  DEFAULT_PREDICTION,
  PREDICTION_MODELS,
  predictRaceSeconds,
  predictionLabel,
  vdot,
  type PredictInput,
  type Prediction,
  type PredictionModel,
} from "./predict";
export {
  MAX_IN_WINDOW,
  MIN_DAYS_BETWEEN,
  WINDOW_DAYS,
  checkFrequency,
  type FrequencyCheck,
} from "./frequency";
export {
  FASTEST_LAP_SECONDS_PER_400,
  SLOWEST_LAP_SECONDS,
  lapBounds,
  lapProblem,
  parseRepEntry,
  type EntryMode,
  type RepEntry,
} from "./lap-entry";
export {
  athleteView,
  createStopwatch,
  isFinished,
  lapSequence,
  restoreStopwatch,
  slotLabel,
  startAll,
  stopwatchReducer,
  toLogFields,
  type AthleteClock,
  type AthleteView,
  type LapSlot,
  type LapTime,
  type LogFields,
  type StopwatchEvent,
  type StopwatchState,
} from "./stopwatch";
export {
  FADE_COUNT,
  FADE_WINDOW,
  STALE_MARK_WEEKS,
  SUGGESTION_WEEKS,
  hasFade,
  triage,
  type TriageAthlete,
  type TriageKind,
  type TriageLine,
  type TriageSession,
} from "./triage";
