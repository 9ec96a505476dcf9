import { XMLParser } from "fast-xml-parser";
import { cleanSamples, type Activity, type Lap, type LapTrigger, type Sample } from "./activity";
import { refuse, type Refusal } from "./refusals";

type Node = Record<string, unknown>;

const LISTS = new Set(["Activity", "Lap", "Track", "Trackpoint", "trk", "trkseg", "trkpt"]);
// Entities stay unexpanded: a file is data, and expansion is how XML bombs grow.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  removeNSPrefix: true,
  processEntities: false,
  parseTagValue: false,
  isArray: (name) => LISTS.has(name),
});

const list = (value: unknown): Node[] =>
  Array.isArray(value) ? (value.filter((v) => typeof v === "object" && v !== null) as Node[]) : [];
const node = (value: unknown): Node | null =>
  typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Node) : null;
const str = (value: unknown): string | null =>
  typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : null;
const num = (value: unknown): number | null => {
  const s = str(value);
  if (s === null || s === "") return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
};
const time = (value: unknown): number | null => {
  const s = str(value);
  const ms = s ? Date.parse(s) : NaN;
  return Number.isFinite(ms) ? ms / 1000 : null;
};

/** Decodes a TCX or GPX file (told apart by its root element, not its name). */
export function decodeXml(bytes: Uint8Array): Activity | Refusal {
  let root: Node;
  try {
    const parsed: unknown = parser.parse(new TextDecoder().decode(bytes));
    root = node(parsed) ?? {};
  } catch {
    return refuse("it is not readable XML (damaged or cut short)");
  }
  const tcx = node(root.TrainingCenterDatabase);
  if (tcx) return decodeTcx(tcx);
  const gpx = node(root.gpx);
  if (gpx) return decodeGpx(gpx);
  return refuse("it is neither a FIT, TCX nor GPX activity file");
}

function trigger(value: string | null): LapTrigger {
  switch (value) {
    case "Manual":
      return "manual";
    case "Distance":
      return "distance";
    case "Time":
      return "time";
    case "Location":
      return "position";
    default:
      return "other";
  }
}

function decodeTcx(tcx: Node): Activity | Refusal {
  const activity = list(node(tcx.Activities)?.Activity)[0];
  if (!activity) return refuse("it is a TCX file with no activity in it (a course or workout?)");
  const rawLaps = list(activity.Lap);
  const points = rawLaps.flatMap((lap) => list(lap.Track).flatMap((t) => list(t.Trackpoint)));
  const starts = rawLaps.map((l) => time(l["@StartTime"]));
  const pointTimes = points.map((p) => time(p.Time));
  const all = [...starts, ...pointTimes].filter((t): t is number => t !== null);
  if (all.length === 0) return refuse("it holds no timed laps or points: it is not an activity");
  const t0 = Math.min(...all);
  const raw: Sample[] = [];
  const positions: { t: number; lat: number; lon: number }[] = [];
  points.forEach((p, i) => {
    const t = pointTimes[i];
    if (t === null || t === undefined) return;
    const d = num(p.DistanceMeters);
    if (d !== null) raw.push({ t: t - t0, meters: d });
    const pos = node(p.Position);
    const lat = num(pos?.LatitudeDegrees);
    const lon = num(pos?.LongitudeDegrees);
    if (lat !== null && lon !== null) positions.push({ t: t - t0, lat, lon });
  });
  const samples = raw.length > 0 ? cleanSamples(raw) : distanceFromPositions(positions);
  const lastPoint = samples[samples.length - 1]?.t ?? 0;
  const laps: Lap[] = [];
  rawLaps.forEach((l, i) => {
    const start = starts[i];
    if (start === null || start === undefined) return;
    const stored = start - t0;
    const prev = laps[laps.length - 1];
    const chained = prev ? prev.start + prev.seconds : stored;
    const begin = Math.abs(chained - stored) <= 1.5 ? chained : stored;
    // The next start ends a lap: it keeps the exact timer total unless there was a pause.
    if (prev) prev.seconds = begin - prev.start;
    // TotalTimeSeconds is timer time; the next lap's start gives the real end when there is one.
    const timer = num(l.TotalTimeSeconds) ?? 0;
    laps.push({
      start: begin,
      seconds: i === rawLaps.length - 1 ? Math.max(timer, lastPoint - begin) : timer,
      meters: num(l.DistanceMeters),
      trigger: trigger(str(l.TriggerMethod)),
      stepIndex: null,
      intensity: str(l.Intensity)?.toLowerCase() ?? null,
    });
  });
  const sport = str(activity["@Sport"])?.toLowerCase() ?? null;
  return { format: "TCX", sport, laps, samples, steps: [] };
}

function decodeGpx(gpx: Node): Activity | Refusal {
  const tracks = list(gpx.trk);
  const positions: { t: number; lat: number; lon: number }[] = [];
  let sport: string | null = null;
  for (const trk of tracks) {
    sport ??= str(trk.type)?.toLowerCase() ?? null;
    for (const seg of list(trk.trkseg))
      for (const p of list(seg.trkpt)) {
        const t = time(p.time);
        const lat = num(p["@lat"]);
        const lon = num(p["@lon"]);
        if (t !== null && lat !== null && lon !== null) positions.push({ t, lat, lon });
      }
  }
  if (positions.length < 2) return refuse("it holds no timed track points: it is not an activity");
  const t0 = Math.min(...positions.map((p) => p.t));
  const samples = distanceFromPositions(positions.map((p) => ({ ...p, t: p.t - t0 })));
  return { format: "GPX", sport, laps: [], samples, steps: [] };
}

const EARTH_RADIUS = 6371008.8;
const rad = (deg: number) => (deg * Math.PI) / 180;

function haversine(a: { lat: number; lon: number }, b: { lat: number; lon: number }) {
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Cumulative distance along a track of timed positions. */
export function distanceFromPositions(points: { t: number; lat: number; lon: number }[]): Sample[] {
  const sorted = [...points].sort((a, b) => a.t - b.t);
  let meters = 0;
  return cleanSamples(
    sorted.map((p, i) => {
      const prev = sorted[i - 1];
      if (prev) meters += haversine(prev, p);
      return { t: p.t, meters, lat: p.lat, lon: p.lon };
    }),
  );
}
