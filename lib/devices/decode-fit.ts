import { Decoder, Stream } from "@garmin/fitsdk";
import {
  cleanSamples,
  type Activity,
  type Lap,
  type LapTrigger,
  type WorkoutStep,
} from "./activity";
import { refuse, type Refusal } from "./refusals";

/** Just enough of the SDK's message shapes; enum values come back as strings. */
type FitLap = {
  startTime?: unknown;
  timestamp?: unknown;
  totalElapsedTime?: number;
  totalTimerTime?: number;
  totalDistance?: number;
  lapTrigger?: unknown;
  wktStepIndex?: unknown;
  intensity?: unknown;
};
type FitRecord = {
  timestamp?: unknown;
  distance?: number;
  positionLat?: number;
  positionLong?: number;
};
type FitStep = {
  messageIndex?: unknown;
  durationType?: unknown;
  durationValue?: number;
  intensity?: unknown;
};

const seconds = (value: unknown): number | null =>
  value instanceof Date ? value.getTime() / 1000 : null;

const text = (value: unknown): string | null => (typeof value === "string" ? value : null);

const index = (value: unknown): number | null =>
  typeof value === "number" && value < 0xffff ? value : null;

function trigger(value: unknown): LapTrigger {
  switch (value) {
    case "manual":
    case "distance":
    case "time":
      return value;
    case "positionStart":
    case "positionLap":
    case "positionWaypoint":
    case "positionMarked":
      return "position";
    default:
      return "other";
  }
}

/** The header says how long the data is: shorter means cut off, else the checksum is wrong. */
function damage(bytes: Uint8Array): string {
  const header = bytes[0] ?? 0;
  const size =
    bytes.length >= 8 ? new DataView(bytes.buffer, bytes.byteOffset).getUint32(4, true) : 0;
  return bytes.length < header + size + 2
    ? "it is truncated: the file ends before its data does (an interrupted download or sync?)"
    : "it is damaged: its checksum (CRC) does not match its contents";
}

type Messages = ReturnType<Decoder["read"]>["messages"];

/**
 * The messages of the files decoded last, by their bytes: the import page also wants the file's
 * device and clock (provenance.ts), and decoding a long recording twice cost a tenth of a read.
 */
const decoded = new WeakMap<Uint8Array, Messages>();

/** The SDK's messages for bytes decodeFit has just read, if it has. */
export const decodedMessages = (bytes: Uint8Array): Messages | undefined => decoded.get(bytes);

/** Checks and decodes a FIT file; a refusal says why it cannot be read. */
export function decodeFit(bytes: Uint8Array): Activity | Refusal {
  const decoder = new Decoder(Stream.fromByteArray(bytes));
  if (!decoder.isFIT()) return refuse("it is not a FIT file");
  if (!decoder.checkIntegrity()) return refuse(damage(bytes));
  // Component expansion and heart-rate merging fill fields this reader never looks at (speed
  // and altitude variants, HRV beats) and take a third of the decoding time of a long file.
  const { messages, errors } = decoder.read({ expandComponents: false, mergeHeartRates: false });
  decoded.set(bytes, messages);
  const error = errors[0];
  if (error) {
    if (/compressed timestamp/i.test(error.message))
      return refuse(
        "it uses compressed timestamps, an old FIT feature this reader cannot decode; export it as TCX or GPX instead",
      );
    return refuse(`the FIT decoder could not read it (${error.message})`);
  }
  const type = messages.fileIdMesgs?.[0]?.type;
  if (type !== undefined && type !== "activity")
    return refuse(`it is a FIT ${String(type)} file, not a recorded activity`);
  return toActivity(messages as Record<string, unknown[] | undefined>);
}

function toActivity(messages: Record<string, unknown[] | undefined>): Activity | Refusal {
  const rawLaps = (messages.lapMesgs ?? []) as FitLap[];
  const rawRecords = (messages.recordMesgs ?? []) as FitRecord[];
  const sessions = (messages.sessionMesgs ?? []) as { sport?: unknown; startTime?: unknown }[];
  const times = [
    ...rawLaps.map((l) => seconds(l.startTime)),
    ...rawRecords.map((r) => seconds(r.timestamp)),
    ...sessions.map((s) => seconds(s.startTime)),
  ].filter((t): t is number => t !== null);
  if (times.length === 0 || (rawLaps.length === 0 && rawRecords.length === 0))
    return refuse("it holds no laps or recorded points: it is not an activity");
  const t0 = Math.min(...times);
  const samples = cleanSamples(
    rawRecords.flatMap((r) => {
      const t = seconds(r.timestamp);
      return t !== null && typeof r.distance === "number"
        ? [{ t: t - t0, meters: r.distance }]
        : [];
    }),
  );
  const sport = text(sessions[0]?.sport) ?? null;
  return { format: "FIT", sport, laps: toLaps(rawLaps, t0), samples, steps: toSteps(messages) };
}

/**
 * Lap start times are whole seconds while elapsed times are exact: chain the exact elapsed times
 * from the first start, and only fall back to the stored start when the chain drifts (a lap
 * missing from the file, or a timer stopped by hand).
 */
function toLaps(raw: FitLap[], t0: number): Lap[] {
  const laps: Lap[] = [];
  const sorted = raw
    .map((l) => ({ l, start: seconds(l.startTime) }))
    .filter((x): x is { l: FitLap; start: number } => x.start !== null)
    .sort((a, b) => a.start - b.start);
  for (const { l, start } of sorted) {
    const stored = start - t0;
    const prev = laps[laps.length - 1];
    const chained = prev ? prev.start + prev.seconds : stored;
    const begin = Math.abs(chained - stored) <= 1.5 ? chained : stored;
    const end = seconds(l.timestamp);
    const elapsed = l.totalElapsedTime ?? l.totalTimerTime ?? (end !== null ? end - start : 0);
    laps.push({
      start: begin,
      seconds: elapsed,
      meters: typeof l.totalDistance === "number" ? l.totalDistance : null,
      trigger: trigger(l.lapTrigger),
      stepIndex: index(l.wktStepIndex),
      intensity: text(l.intensity),
    });
  }
  return laps;
}

function toSteps(messages: Record<string, unknown[] | undefined>): WorkoutStep[] {
  return ((messages.workoutStepMesgs ?? []) as FitStep[]).map((s, i) => {
    const type = s.durationType;
    const raw = typeof s.durationValue === "number" ? s.durationValue : null;
    const kind: WorkoutStep["kind"] =
      type === "distance"
        ? "distance"
        : type === "time"
          ? "time"
          : type === "open"
            ? "open"
            : typeof type === "string" && type.startsWith("repeat")
              ? "repeat"
              : "other";
    // The raw value is centimetres for a distance step and milliseconds for a time step.
    const value =
      raw === null ? null : kind === "distance" ? raw / 100 : kind === "time" ? raw / 1000 : raw;
    return { index: index(s.messageIndex) ?? i, kind, value, intensity: text(s.intensity) };
  });
}
