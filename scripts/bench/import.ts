/**
 * `npm run bench:import`: how long a watch file takes from upload (its bytes in hand) to review
 * (the reading, its provenance and stretches, and the analysis and chart data the review shows),
 * against the goals: a 1 MB FIT (about two hours of 1 s records) within 1 s, a batch of
 * 30 files within 15 s. The files are built with the FIT SDK's encoder from simulated runners
 * (lib/devices/testing), records as full as a recent watch writes them. Method in
 * docs/performance.md.
 */
import { loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { readImportFile } from "@/lib/devices";
import { encodeFit, type LapStyle } from "@/lib/devices/testing/encode-fit";
import { simulate } from "@/lib/devices/testing/simulate";
import { analyseSession, prescribeStepDown } from "@/lib/pacing";
import { toSessionChartData } from "@/lib/review/session-chart-data";

const RUNS = 7;
const BATCH = 30;
const ONE_FILE_GOAL_MS = 1000;
const BATCH_GOAL_MS = 15_000;

/** A recording of `warmup` + the session + `cooldown` seconds, records as full as a watch's. */
function buildFile(
  fiveKSeconds: number,
  laps: LapStyle,
  seed: number,
  { warmup, cooldown }: { warmup: number; cooldown: number },
) {
  const sim = simulate({ fiveKSeconds, seed, warmupSeconds: warmup, cooldownSeconds: cooldown });
  return { sim, bytes: encodeFit(sim, { laps, fullRecords: true }) };
}
// The single file: warm-up and cool-down long enough for about two and a half hours, 1 MB.
const LONG = { warmup: 3900, cooldown: 3600 };
// The batch: a squad's files of one session as watches record it at the track: a 20-minute
// warm-up, the session, a 15-minute cool-down (about an hour, a third of the long file).
const SESSION = { warmup: 1200, cooldown: 900 };

/** Upload to review: what the import page computes before it shows anything. */
function toReview(name: string, bytes: Uint8Array, fiveKSeconds: number) {
  const read = readImportFile({ name, bytes }, "metric");
  if (!read.ok) throw new Error(`${name} was refused: ${read.reason}`);
  const prescription = prescribeStepDown({ fiveKSeconds, units: "metric" });
  const analysis = analyseSession(prescription, {
    reps: prescription.reps.map((rep, k) => ({
      lapSeconds: read.reading.reps[k]?.laps ?? Array.from({ length: rep.laps }, () => null),
    })),
    recoveries: read.reading.recoveries.slice(0, prescription.recovery.count),
    status: read.reading.status,
  });
  return toSessionChartData(prescription, analysis).length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
const verdict = (ms: number, goal: number) => (ms <= goal ? "meets" : "MISSES");

function main() {
  // The hardest case: no laps to go by, the reps found in the record stream.
  const one = buildFile(1200, { kind: "none" }, 1, LONG);
  const mb = one.bytes.length / 1e6;
  const hours = one.sim.end / 3600;
  toReview("warm-up.fit", one.bytes, 1200);
  const cpu: number[] = [];
  const times = Array.from({ length: RUNS }, () => {
    const t = performance.now();
    const c = process.cpuUsage();
    toReview("long-run.fit", one.bytes, 1200);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
    return performance.now() - t;
  });
  const single = median(times);
  console.log(
    `one ${mb.toFixed(2)} MB FIT (${hours.toFixed(1)} h of 1 s records, no laps): ` +
      `median ${Math.round(single)} ms of ${RUNS} runs, ${Math.round(median(cpu))} ms of CPU (goal <= ${ONE_FILE_GOAL_MS} ms: ${verdict(single, ONE_FILE_GOAL_MS)})`,
  );

  // A squad's files: athletes from 15:00 to 30:00, every kind of lap a watch writes.
  const styles: LapStyle[] = [
    { kind: "button" },
    { kind: "auto", meters: 1000 },
    { kind: "auto", meters: 400 },
    { kind: "workout" },
    { kind: "none" },
  ];
  const files = Array.from({ length: BATCH }, (_, i) => {
    const fiveK = 900 + Math.round((900 * i) / (BATCH - 1));
    return {
      fiveK,
      name: `athlete-${i + 1}.fit`,
      ...buildFile(fiveK, styles[i % 5]!, i + 2, SESSION),
    };
  });
  const total = files.reduce((sum, f) => sum + f.bytes.length, 0) / 1e6;
  const start = performance.now();
  const startCpu = process.cpuUsage();
  for (const f of files) toReview(f.name, f.bytes, f.fiveK);
  const batch = performance.now() - start;
  const batchCpu = process.cpuUsage(startCpu);
  console.log(
    `a batch of ${BATCH} FIT files of a session at the track (${total.toFixed(1)} MB, about an hour each, one after another): ` +
      `${(batch / 1000).toFixed(1)} s, ${((batchCpu.user + batchCpu.system) / 1e6).toFixed(1)} s of CPU (goal <= ${BATCH_GOAL_MS / 1000} s: ${verdict(batch, BATCH_GOAL_MS)})`,
  );
  // Timings on a shared machine move with its load: say what it was.
  console.log(
    `load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(", ")}`,
  );
  if (single > ONE_FILE_GOAL_MS || batch > BATCH_GOAL_MS) process.exitCode = 1;
}

main();
