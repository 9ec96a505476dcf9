import { existsSync, readFileSync } from "node:fs";

export type Counts = { runner: string; passed: number; failed: number; skipped: number };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
};
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
};

/** Reads a runner's JSON report; a missing report (the runner crashed) counts as one failure. */
export function summarise(runner: "vitest" | "playwright", file: string): Counts {
  if (!existsSync(file)) return { runner, passed: 0, failed: 1, skipped: 0 };
  const report: unknown = JSON.parse(readFileSync(file, "utf8"));
  if (runner === "vitest") {
    const r = report as VitestReport;
    return {
      runner,
      passed: r.numPassedTests,
      failed: r.numFailedTests,
      skipped: r.numPendingTests + r.numTodoTests,
    };
  }
  const { stats } = report as PlaywrightReport;
  return {
    runner,
    passed: stats.expected + stats.flaky,
    failed: stats.unexpected,
    skipped: stats.skipped,
  };
}
