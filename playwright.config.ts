import { defineConfig, devices } from "@playwright/test";
import { env } from "./lib/env";

const { CI, CHROMIUM_PATH, E2E_PORT } = env();
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

/**
 * Browser tests against the production build (`next build` + scripts/serve.ts) in Debian's Chromium.
 * `npm test` builds first and hands over DATABASE_URL (a fresh database for this run).
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  forbidOnly: Boolean(CI),
  retries: CI ? 1 : 0,
  workers: 2,
  // Most tests take 5-25 s; the page checks (axe and screenshots at two widths) on a busy 2-core
  // machine come near 30 s, so each test gets a minute.
  timeout: 60_000,
  // Sign-up and sign-in hash with Argon2 on purpose; on a busy 2-core machine a page after them
  // can take longer than Playwright's default 5 s to appear.
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      // Never a Playwright-downloaded browser: Debian's Chromium, flags that keep it off the network.
      executablePath: CHROMIUM_PATH,
      args: [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  // "setup" seeds the demo squad and saves its coach's signed-in state (e2e/auth.setup.ts) once
  // per run; every spec may start from it.
  projects: [
    { name: "setup", testMatch: /.*\.setup\.ts/, use: { ...devices["Desktop Chrome"] } },
    { name: "desktop", use: { ...devices["Desktop Chrome"] }, dependencies: ["setup"] },
  ],
  webServer: {
    // The app's own server (scripts/serve.ts), as `npm start` runs it.
    command: `node node_modules/tsx/dist/cli.mjs scripts/serve.ts -p ${E2E_PORT}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
