import { expect, test, type Page } from "./test";

/** The script-src directive of a Content-Security-Policy. */
const scriptSrc = (csp: string) => csp.split(";").find((d) => d.trim().startsWith("script-src"))!;

/** Every CSP violation the page reports, by event and in the console. */
function collectViolations(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

test("every page gets its own nonce, and script-src allows no inline script without it", async ({
  page,
}) => {
  const first = await page.goto("/calculator");
  const csp = first!.headers()["content-security-policy"]!;
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc(csp))?.[1];
  expect(nonce).toBeTruthy();
  expect(scriptSrc(csp)).toContain("'strict-dynamic'");
  expect(scriptSrc(csp)).not.toContain("'unsafe-inline'");
  expect(scriptSrc(csp)).not.toContain("'unsafe-eval'");
  expect(csp).toContain("frame-ancestors 'none'");
  // Next put the nonce on its own scripts.
  const nonced = await page.locator(`script[nonce]`).count();
  expect(nonced).toBeGreaterThan(0);
  // Over plain HTTP: no HSTS (browsers would ignore it) and the fixed headers still there.
  expect(first!.headers()["strict-transport-security"]).toBeUndefined();
  expect(first!.headers()["x-frame-options"]).toBe("DENY");

  const again = await page.goto("/calculator");
  expect(again!.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
});

test("the coach's dashboard and a session page run their scripts with no CSP violation", async ({
  coachPage: page,
  db,
}) => {
  test.setTimeout(90_000);
  const logged = await db.assignment.findFirstOrThrow({
    where: { result: { isNot: null }, squad: { name: { startsWith: "Riverside" } } },
    orderBy: { date: "desc" },
  });

  const violations = collectViolations(page);
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) =>
      console.error(`Content Security Policy violation: ${event.violatedDirective}`),
    );
  });
  await page.goto("/dashboard");
  // Next's client runtime ran (it sets window.next): the nonced scripts were allowed.
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
  await page.goto(`/sessions/${logged.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("the stopwatch's service worker registers under the policy and the page opens again offline", async ({
  coachPage: page,
  db,
}) => {
  test.setTimeout(90_000);
  const context = page.context();
  const squad = await db.squad.findFirstOrThrow({ where: { name: { startsWith: "Riverside" } } });
  const violations = collectViolations(page);
  await page.goto(`/squads/${squad.id}/stopwatch`);
  // The worker keeps the page and its scripts (the page's nonces and its policy stay together).
  await expect
    .poll(() => page.evaluate(async () => Boolean(await caches.match(location.href))), {
      timeout: 30_000,
    })
    .toBe(true);
  await context.setOffline(true);
  expect((await page.reload())?.fromServiceWorker()).toBe(true);
  await expect.poll(() => page.evaluate(() => "next" in window)).toBe(true);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await context.setOffline(false);
  expect(violations).toEqual([]);
});
