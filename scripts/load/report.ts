import type { Sample } from "./uploads";

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** p50/p95/p99 of the requests that got an answer (status 0: no answer, counted as an error). */
export function latency(samples: Sample[]) {
  const ms = samples
    .filter((s) => s.status > 0)
    .map((s) => s.ms)
    .sort((a, b) => a - b);
  return {
    n: ms.length,
    p50: percentile(ms, 50),
    p95: percentile(ms, 95),
    p99: percentile(ms, 99),
  };
}

/** An error: no answer, or any status but 2xx/3xx. A 5xx but 503 is a failure the goals forbid. */
export function errors(samples: Sample[]) {
  return {
    errors: samples.filter((s) => s.status === 0 || s.status >= 400).length,
    hard: samples.filter((s) => s.status >= 500 && s.status !== 503).length,
    unavailable: samples.filter((s) => s.status === 503).length,
    noAnswer: samples.filter((s) => s.status === 0).length,
  };
}

export function routeLine(name: string, samples: Sample[], floorP50: number): string {
  const { n, p50, p95, p99 } = latency(samples);
  const ms = (v: number) => `${Math.round(v)} ms`.padStart(8);
  const e = errors(samples);
  return `  ${name.padEnd(10)} p50 ${ms(p50)}  p95 ${ms(p95)}  p99 ${ms(p99)}  ${(p50 / floorP50).toFixed(1).padStart(5)}x floor  (${n} answered, ${e.unavailable} x 503, ${e.hard} x other 5xx, ${e.noAnswer} unanswered)`;
}
