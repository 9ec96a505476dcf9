import { gzipSync } from "node:zlib";
import { DEMO_COACH_STATE, expect, test } from "./test";

// The budget for the coach's home: at most 180 KB of JavaScript, gzip, on first load.
const BUDGET_KB = 180;

test("the dashboard's first-load JavaScript stays within 180 KB gzip", async ({ browser }) => {
  // The demo coach's saved sign-in (the setup project's), landing on the dashboard as a sign-in
  // does, so the measured page below loads as it would right after one.
  const context = await browser.newContext({ storageState: DEMO_COACH_STATE });
  await (await context.newPage()).goto("/dashboard");

  // A cold load in a fresh page with the session cookie: every script it fetches, gzipped as a
  // server would send it (next start does not compress for us to read the wire size).
  const fresh = await context.newPage();
  const scripts = new Map<string, number>();
  fresh.on("response", async (response) => {
    if (response.request().resourceType() !== "script") return;
    const body = await response.body().catch(() => null);
    if (body) scripts.set(response.url(), gzipSync(body).length);
  });
  await fresh.goto("/dashboard", { waitUntil: "networkidle" });
  const totalKb = [...scripts.values()].reduce((a, b) => a + b, 0) / 1024;
  console.log(
    `first-load JS /dashboard: ${totalKb.toFixed(1)} KB gzip in ${scripts.size} scripts (budget ${BUDGET_KB} KB)`,
  );
  expect(totalKb).toBeLessThanOrEqual(BUDGET_KB);
  await context.close();
});
