/** Writes a simulated session as GPX (points round a real-shaped oval) or TCX (laps and points). */
import { seeded, trueMeters, watchSamples, type Simulation } from "./simulate";
import { lapBoundaries, T0, type WatchOptions } from "./encode-fit";

const RADIUS = 36.8;
const LAT0 = 47.0;
const LON0 = 8.0;
const iso = (t: number, ms = false) => {
  const s = new Date(T0 + (ms ? Math.round(t * 1000) : Math.floor(t) * 1000)).toISOString();
  return ms ? s : s.replace(".000Z", "Z");
};

/** A point `fraction` of the way round an oval of this bend radius and lap length. */
function onOval(fraction: number, radius: number, lap: number) {
  const straight = (lap - 2 * Math.PI * radius) / 2;
  let s = (((fraction % 1) + 1) % 1) * lap;
  if (s < straight) return { x: s, y: 0 };
  s -= straight;
  const bend = Math.PI * radius;
  if (s < bend) {
    const a = s / radius;
    return { x: straight + radius * Math.sin(a), y: radius - radius * Math.cos(a) };
  }
  s -= bend;
  if (s < straight) return { x: straight - s, y: 2 * radius };
  const a = (s - straight) / radius;
  return { x: -radius * Math.sin(a), y: radius + radius * Math.cos(a) };
}

/**
 * Track points as a GPS would log them: the bends cut (a lap reads `shortBy` metres short) and a
 * wander of a few metres, every `every` seconds at whole seconds.
 */
export function ovalPoints(
  sim: Simulation,
  opts: { every?: number; shortBy?: number; wander?: number; seed?: number } = {},
) {
  const rand = seeded(opts.seed ?? 11);
  const radius = RADIUS - (opts.shortBy ?? 12) / (2 * Math.PI);
  const gpsLap = sim.lapMeters - (opts.shortBy ?? 12);
  const out: { t: number; lat: number; lon: number }[] = [];
  // GPS error wanders smoothly (the receiver filters it): a slowly turning drift of about
  // `wander` metres, plus a little jitter on each fix.
  const push = 0.015 * (opts.wander ?? 2);
  let [dx, dy, vx, vy] = [0, 0, 0, 0];
  for (let t = 0; t <= sim.end; t += opts.every ?? 1) {
    vx = 0.9 * vx + push * rand.normal();
    vy = 0.9 * vy + push * rand.normal();
    dx = 0.99 * dx + vx;
    dy = 0.99 * dy + vy;
    const p = onOval(trueMeters(sim, t) / sim.lapMeters, radius, gpsLap);
    const x = p.x + dx + 0.3 * rand.normal();
    const y = p.y + dy + 0.3 * rand.normal();
    out.push({
      t,
      lat: LAT0 + y / 111320,
      lon: LON0 + x / (111320 * Math.cos((LAT0 * Math.PI) / 180)),
    });
  }
  return out;
}

export function encodeGpx(
  sim: Simulation,
  opts: { every?: number; shortBy?: number; wander?: number; seed?: number } = {},
): Uint8Array {
  const points = ovalPoints(sim, opts)
    .map(
      (p) =>
        `<trkpt lat="${p.lat.toFixed(7)}" lon="${p.lon.toFixed(7)}"><ele>400</ele><time>${iso(p.t)}</time></trkpt>`,
    )
    .join("\n");
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<trk><name>Track session</name><type>running</type><trkseg>
${points}
</trkseg></trk></gpx>`,
  );
}

const TRIGGER = {
  manual: "Manual",
  distance: "Distance",
  time: "Time",
  sessionEnd: "Manual",
} as const;

/** TCX as Garmin exports it: lap start times in whole seconds, exact timer totals, points inside. */
export function encodeTcx(sim: Simulation, opts: WatchOptions): Uint8Array {
  const samples = watchSamples(sim, { every: opts.every, bias: opts.bias, seed: opts.seed });
  const bounds = lapBoundaries(sim, opts, samples);
  let start = 0;
  const laps = bounds.map((b) => {
    const inLap = samples.filter((s) => s.t >= start && (s.t < b.t || b.trigger === "sessionEnd"));
    const first = inLap[0]?.meters ?? 0;
    const last = inLap[inLap.length - 1]?.meters ?? first;
    const xml = `<Lap StartTime="${iso(start)}"><TotalTimeSeconds>${(b.t - start).toFixed(3)}</TotalTimeSeconds>
<DistanceMeters>${(last - first).toFixed(2)}</DistanceMeters><Intensity>Active</Intensity><TriggerMethod>${TRIGGER[b.trigger]}</TriggerMethod>
<Track>${inLap.map((s) => `<Trackpoint><Time>${iso(s.t)}</Time><DistanceMeters>${s.meters.toFixed(2)}</DistanceMeters></Trackpoint>`).join("")}</Track></Lap>`;
    start = b.t;
    return xml;
  });
  return new TextEncoder().encode(
    `<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
<Activities><Activity Sport="Running"><Id>${iso(0)}</Id>
${laps.join("\n")}
</Activity></Activities></TrainingCenterDatabase>`,
  );
}
