import { readFileSync, writeFileSync } from "node:fs";
import type { SpawnOptions } from "node:child_process";
import { bin, runToEnd } from "./process";

/**
 * `next build`, leaving tsconfig.json as committed. Next adds its build folder's type globs to
 * tsconfig.json's `include`; for the default `.next` they are already there, but a second build
 * folder (NEXT_DIST_DIR, as the CI smoke test uses) would otherwise leave the working tree with
 * an unrelated change. Restored before the build is fingerprinted, so the next start matches.
 */
export async function nextBuild(options: SpawnOptions = {}) {
  const committed = readFileSync("tsconfig.json", "utf8");
  try {
    await runToEnd(bin("next", "dist/bin/next"), ["build"], options);
  } finally {
    if (readFileSync("tsconfig.json", "utf8") !== committed)
      writeFileSync("tsconfig.json", committed);
  }
}
