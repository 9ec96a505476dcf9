/**
 * Where an imported result came from: the file's format, the device that recorded it, when the
 * activity started (UTC) and, when the file says, the watch's local offset from UTC. Shown on the
 * session page ("Imported from Garmin fēnix 6, FIT, file.fit, started 07:02") and used to ask
 * before saving an activity run on another day than the session. Pure and browser-safe; the
 * decoders in this folder drop these fields, so they are read here (docs/devices.md).
 */
import { Decoder, Stream } from "@garmin/fitsdk";
import { XMLParser } from "fast-xml-parser";
import { decodedMessages } from "./decode-fit";
import type { Unpacked } from "./unpack";

export type Provenance = {
  format: "FIT" | "TCX" | "GPX";
  /** The activity file's own name (inside a zip or gzip: the inner name). */
  fileName: string;
  /** "Garmin fēnix 5X", "COROS", or null when the file does not say. */
  device: string | null;
  /** When the recording started, ISO 8601 in UTC; null when the file carries no times. */
  startedAt: string | null;
  /** Minutes the watch's clock was ahead of UTC (FIT activity local_timestamp); else null. */
  utcOffsetMinutes: number | null;
};

/** Seconds between the Unix epoch and FIT's (1989-12-31T00:00:00Z). */
const FIT_EPOCH = 631065600;

/** Garmin's product ids as the SDK names them ("fenix5x", "fr965") made readable. */
const GARMIN_FAMILIES: [RegExp, string][] = [
  [/^fenix/, "fēnix"],
  [/^fr/, "Forerunner"],
  [/^epix/, "epix"],
  [/^enduro/, "Enduro"],
  [/^instinct/, "Instinct"],
  [/^vivoactive/, "vívoactive"],
  [/^venu/, "Venu"],
  [/^edge/, "Edge"],
  [/^approach/, "Approach"],
];

/** The SDK's manufacturer names as the maker spells itself; null: a test or home-made file. */
const MANUFACTURERS: Record<string, string | null> = {
  garmin: "Garmin",
  coros: "COROS",
  suunto: "Suunto",
  polar: "Polar",
  wahoo_fitness: "Wahoo",
  wahoo: "Wahoo",
  apple: "Apple",
  samsung: "Samsung",
  zwift: "Zwift",
  stryd: "Stryd",
  strava: "Strava",
  development: null,
};

export function garminProductName(product: string): string {
  for (const [pattern, family] of GARMIN_FAMILIES) {
    if (!pattern.test(product)) continue;
    const rest = product
      .replace(pattern, "")
      .replace(/_/g, " ")
      .trim()
      .replace(/^(\d+)([a-z]+)$/i, (_, n: string, s: string) => `${n}${s.toUpperCase()}`)
      .replace(/\bpro\b/i, "Pro")
      .replace(/\bsolar\b/i, "Solar")
      .replace(/\bmusic\b/i, "Music");
    return rest ? `${family} ${rest}` : family;
  }
  return product;
}

function manufacturerName(value: unknown): string | null {
  if (typeof value !== "string" || !value) return null;
  if (value in MANUFACTURERS) return MANUFACTURERS[value] ?? null;
  return value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ");
}

type FitFileId = {
  manufacturer?: unknown;
  garminProduct?: unknown;
  productName?: unknown;
  timeCreated?: unknown;
};

const unix = (value: unknown) => (value instanceof Date ? value.getTime() / 1000 : null);

/** The device and times of a FIT activity (the SDK's decode; the caller checked it reads). */
export function fitProvenance(bytes: Uint8Array): Omit<Provenance, "format" | "fileName"> {
  // The reader's own decode of these bytes when there was one; else, since only ids and times
  // are wanted, a decode that skips component expansion, scaling and heart-rate merging.
  const messages =
    decodedMessages(bytes) ??
    new Decoder(Stream.fromByteArray(bytes)).read({
      expandComponents: false,
      applyScaleAndOffset: false,
      mergeHeartRates: false,
    }).messages;
  const fileId = (messages.fileIdMesgs?.[0] ?? {}) as FitFileId;
  const creator = (messages.deviceInfoMesgs ?? []).find(
    (d) => (d as { deviceIndex?: unknown }).deviceIndex === "creator",
  ) as (FitFileId & { productName?: unknown }) | undefined;
  const maker = manufacturerName(fileId.manufacturer ?? creator?.manufacturer);
  const productName =
    typeof fileId.productName === "string"
      ? fileId.productName
      : typeof creator?.productName === "string"
        ? creator.productName
        : null;
  const garmin = fileId.garminProduct ?? creator?.garminProduct;
  const product =
    productName ??
    (maker === "Garmin" && typeof garmin === "string" ? garminProductName(garmin) : null);
  const device = [maker, product].filter(Boolean).join(" ") || null;
  const times = [
    ...(messages.sessionMesgs ?? []).map((s) => unix((s as { startTime?: unknown }).startTime)),
    ...(messages.lapMesgs ?? []).map((l) => unix((l as { startTime?: unknown }).startTime)),
    unix((messages.recordMesgs?.[0] as { timestamp?: unknown } | undefined)?.timestamp),
  ].filter((t): t is number => t !== null);
  const start = times.length ? Math.min(...times) : null;
  const activity = messages.activityMesgs?.[0] as
    { timestamp?: unknown; localTimestamp?: unknown } | undefined;
  const utc = unix(activity?.timestamp);
  const local = typeof activity?.localTimestamp === "number" ? activity.localTimestamp : null;
  // The offset is whole quarter hours in every real time zone; anything else is a broken clock.
  const offset = utc !== null && local !== null ? (local + FIT_EPOCH - utc) / 60 : null;
  const utcOffsetMinutes =
    offset !== null && Math.abs(offset) <= 14 * 60 ? Math.round(offset / 15) * 15 : null;
  return {
    device,
    startedAt: start === null ? null : new Date(start * 1000).toISOString(),
    utcOffsetMinutes,
  };
}

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  // Only the head of the file matters: the points are skipped, not collected.
  stopNodes: ["*.Track", "*.trkseg"],
});

type Node = Record<string, unknown>;
const node = (v: unknown): Node | null =>
  typeof v === "object" && v !== null ? (Array.isArray(v) ? node(v[0]) : (v as Node)) : null;
const text = (v: unknown): string | null => (typeof v === "string" && v.trim() ? v.trim() : null);
const iso = (v: unknown): string | null => {
  const s = text(v);
  const ms = s ? Date.parse(s) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
};
const FIRST_TIME = /<time>\s*([^<]+)<\/time>/;

/** TCX: the Creator's name and the activity's Id (its start); GPX: creator and first point. */
export function xmlProvenance(
  bytes: Uint8Array,
): Omit<Provenance, "fileName"> & { format: "TCX" | "GPX" } {
  const source = new TextDecoder().decode(bytes);
  let root: Node = {};
  try {
    root = node(xml.parse(source)) ?? {};
  } catch {
    // The reader has already accepted the file; a head that does not parse just says nothing.
  }
  const tcx = node(root.TrainingCenterDatabase);
  if (tcx) {
    const activity = node(node(tcx.Activities)?.Activity);
    const creator = node(activity?.Creator);
    const lap = node(activity?.Lap);
    return {
      format: "TCX",
      device: text(creator?.Name),
      startedAt: iso(activity?.Id) ?? iso(lap?.["@StartTime"]),
      utcOffsetMinutes: null,
    };
  }
  const gpx = node(root.gpx);
  const creator = text(gpx?.["@creator"]);
  const trk = node(gpx?.trk);
  const seg = text(trk?.trkseg) ?? "";
  return {
    format: "GPX",
    // "StravaGPX" and "Garmin Connect" are the exporting service, not the watch: still a clue.
    device: creator,
    startedAt: iso(FIRST_TIME.exec(seg)?.[1]) ?? iso(node(gpx?.metadata)?.time),
    utcOffsetMinutes: null,
  };
}

/** The provenance of an unpacked activity file (see unpackFile); never throws. */
export function provenanceOf(file: Unpacked): Provenance {
  try {
    if (file.kind === "fit")
      return { format: "FIT", fileName: file.name, ...fitProvenance(file.bytes) };
    return { fileName: file.name, ...xmlProvenance(file.bytes) };
  } catch {
    return {
      format: file.kind === "fit" ? "FIT" : "TCX",
      fileName: file.name,
      device: null,
      startedAt: null,
      utcOffsetMinutes: null,
    };
  }
}

export { localStart } from "./local-time";
