/**
 * `npm test`: the whole suite on a real PostgreSQL. Uses the server in DATABASE_URL when given,
 * otherwise an embedded one (its own data folder, so a running `npm start` is not disturbed).
 * Creates a fresh database for this run, migrates it, runs vitest (unit + integration), builds
 * the app and runs the Playwright tests against `next start`, then drops the database.
 *   npm test -- --unit       vitest only (no build, no browser)
 *   npm test -- --e2e        Playwright only
 *   npm test -- --e2e e2e/stopwatch.spec.ts -g "refused"
 *                            Playwright only, with its own filters (any other argument is its)
 *   npm test -- --unit lib/server/auth
 *                            vitest only, with its own filters
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { migrateDeploy } from "@/lib/database/prisma-cli";
import { provisionDatabase } from "@/lib/database/provision";
import { databaseUrlFor, dropDatabase, ensureDatabase } from "@/lib/database/server";
import { env } from "@/lib/env";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { nextBuild } from "./next-build";
import { bin, exitCode, fail, onShutdown, run, stopChild } from "./process";
import { summarise, type Counts } from "./test-summary";

const only = process.argv.includes("--unit")
  ? "unit"
  : process.argv.includes("--e2e")
    ? "e2e"
    : "all";
// Any other argument is a filter for the one runner chosen (Playwright's, or vitest's with --unit).
const runnerArgs = process.argv.slice(2).filter((a) => a !== "--unit" && a !== "--e2e");

async function main() {
  const { DATABASE_URL, EMBEDDED_PG_PORT } = env();
  rmSync("test-results", { recursive: true, force: true });
  const server = await provisionDatabase({
    databaseUrl: DATABASE_URL,
    database: "postgres",
    embeddedPort: EMBEDDED_PG_PORT + 1,
    dataDir: path.join(process.cwd(), ".data", "test-postgres"),
  });
  const name = `stepdown_test_${Date.now()}_${randomBytes(3).toString("hex")}`;
  const url = databaseUrlFor(server.url, name);
  let child: ChildProcess | undefined;
  const cleanup = async () => {
    await stopChild(child);
    await dropDatabase(url).catch(() => undefined);
    await server.stop();
  };
  onShutdown(cleanup);
  const codes: number[] = [];
  const counts: Counts[] = [];

  try {
    await ensureDatabase(url);
    await migrateDeploy(url);
    console.log(`Test database ${name} is ready.`);
    const secret = randomBytes(32).toString("base64url");
    const testEnv = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: "true", // as npm start: redirects follow the address the browser used
      NEXTAUTH_SECRET: secret,
    };
    if (only !== "e2e") {
      const args = [
        "run",
        "--reporter=default",
        "--reporter=json",
        "--outputFile.json=test-results/vitest.json",
        ...(only === "unit" ? runnerArgs : []),
      ];
      child = run(bin("vitest", "vitest.mjs"), args, { env: testEnv });
      codes.push(await exitCode(child));
      counts.push(summarise("vitest", "test-results/vitest.json"));
    }
    if (only !== "unit") {
      if (!buildIsCurrent()) {
        await nextBuild({ env: testEnv });
        recordBuild();
      }
      child = run(bin("@playwright/test", "cli.js"), ["test", ...runnerArgs], {
        env: testEnv,
      });
      codes.push(await exitCode(child));
      counts.push(summarise("playwright", "test-results/e2e-report.json"));
    }
  } finally {
    child = undefined;
    await cleanup();
  }

  const passed = counts.reduce((n, c) => n + c.passed, 0);
  const failed = counts.reduce((n, c) => n + c.failed, 0);
  const skipped = counts.reduce((n, c) => n + c.skipped, 0);
  console.log(counts.map((c) => `${c.runner}: ${c.passed} passed, ${c.failed} failed`).join("; "));
  console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
  const ok = codes.every((code) => code === 0) && failed === 0 && passed > 0;
  process.exit(ok ? 0 : 1);
}

main().catch(fail);
