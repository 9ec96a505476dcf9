import { expect, test, type BrowserContext, type Page } from "./test";
import { coachWithSquad, signIn } from "./fixtures";
import { disconnect, seedSessions, storedResults } from "./stopwatch-fixtures";

test.afterAll(disconnect);

const LAP_MS = 95_000;
const tile = (page: Page, name: string) =>
  page.getByRole("button", { name: new RegExp(`^${name}: `) });
const card = (page: Page, name: string) => page.getByRole("listitem").filter({ hasText: name });
const status = (page: Page, name: string) => card(page, name).getByTestId("upload-status");

/** What the site keeps on this device: storage, kept pages, service workers. */
const device = (page: Page) =>
  page.evaluate(async () => ({
    storage: Object.keys(localStorage).filter((k) => k.startsWith("stopwatch")),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length,
  }));

/** Waits until the service worker keeps the stopwatch page and its files for offline use. */
async function keptForOffline(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(async () => {
        const files = performance
          .getEntriesByType("resource")
          .map((e) => e.name)
          .filter((url) => url.includes("/_next/static/"));
        const kept = await Promise.all([location.href, ...files].map((u) => caches.match(u)));
        return kept.every(Boolean);
      }),
    )
    .toBe(true);
}

/**
 * Coach A sets up the stopwatch, then times two athletes with no network: one lap each, both
 * stopped. Their results wait on the device; uploads are then refused at the network, so they
 * stay unsent once the device is online again.
 */
async function queueTwoResults(page: Page, context: BrowserContext) {
  const { coach, squadUrl } = await coachWithSquad(page, "Device squad");
  const { sessions } = await seedSessions(squadUrl, coach.email, [
    { name: "Gil Queued", fiveKSeconds: 1200 },
    { name: "Hal Queued", fiveKSeconds: 1260 },
  ]);
  await page.clock.install();
  await page.goto(`${squadUrl}/stopwatch`);
  await page.getByRole("button", { name: "Set up the stopwatch (2 athletes)" }).click();
  await keptForOffline(page);
  await context.setOffline(true);
  await page.getByRole("button", { name: "Start all (2)" }).click();
  await page.clock.fastForward(LAP_MS);
  for (const name of ["Gil Queued", "Hal Queued"]) {
    await tile(page, name).click();
    await page.getByRole("button", { name: `Stop ${name}` }).click();
    await page.getByRole("button", { name: "Stop: partial" }).click();
    await expect(status(page, name)).toHaveText("Waiting for connection");
  }
  // The server is out of reach for uploads only: sign-out itself still gets through.
  await page.route("**/*", (route) =>
    route.request().headers()["next-action"] ? route.abort("connectionrefused") : route.continue(),
  );
  await context.setOffline(false);
  return { coach, squadUrl, ids: sessions.map((s) => s.assignmentId) };
}

test("signing out with results not uploaded warns, then clears the device, and the next coach gets nothing of it", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  // Coach B, with a squad of their own, signs in on the same phone afterwards.
  const other = await browser.newContext();
  const { coach: b, squadUrl: bSquadUrl } = await coachWithSquad(await other.newPage(), "B squad");
  await other.close();

  const { squadUrl, ids } = await queueTwoResults(page, context);
  const warning =
    "2 results from the stopwatch are not uploaded yet. Sign out anyway? They will be deleted from this device.";
  const dialogs: string[] = [];
  page.once("dialog", (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.getByRole("button", { name: "Sign out" }).click();
  expect(dialogs).toEqual([warning]);
  // Cancelled: still signed in, the results still here.
  await expect(status(page, "Gil Queued")).toBeVisible();
  expect((await device(page)).storage).toHaveLength(1);

  page.once("dialog", (d) => void (dialogs.push(d.message()), d.accept()));
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  expect(dialogs).toEqual([warning, warning]);
  expect(await device(page)).toEqual({ storage: [], caches: [], workers: 0 });
  expect(await page.evaluate(() => localStorage.length)).toBe(0);

  // Offline, A's stopwatch no longer opens: nothing of the squad is left to show.
  await context.setOffline(true);
  await expect(page.goto(`${squadUrl}/stopwatch`)).rejects.toThrow();
  await context.setOffline(false);

  await page.unroute("**/*");
  await signIn(page, b.email);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await page.goto(`${bSquadUrl}/stopwatch`);
  await expect(page.getByRole("heading", { name: "Stopwatch" })).toBeVisible();
  await expect(page.getByText(/Device squad|Gil Queued|Hal Queued/)).toHaveCount(0);
  await page.waitForTimeout(1_000);
  expect(await storedResults(ids)).toEqual([]);
});

test("when the session ends elsewhere, the device drops its offline pages, and the next coach never uploads the first one's results", async ({
  page,
  context,
  browser,
}) => {
  test.setTimeout(120_000);
  const other = await browser.newContext();
  const { coach: b, squadUrl: bSquadUrl } = await coachWithSquad(await other.newPage(), "B squad");
  await other.close();

  const { squadUrl, ids } = await queueTwoResults(page, context);
  // The session ends without this device signing out (expiry, or ended on another device).
  await context.clearCookies();
  await page.reload();
  await page.waitForURL((url) => url.pathname === "/sign-in");
  // Nothing of the squad opens offline any more...
  await expect.poll(async () => (await device(page)).caches).toEqual([]);
  await context.setOffline(true);
  await expect(page.goto(`${squadUrl}/stopwatch`)).rejects.toThrow();
  await context.setOffline(false);
  await page.goto("/sign-in"); // off the browser's error page, which reloads itself once online
  // ...but A's results stay on the device, under A's name, until another user's page loads.
  expect((await device(page)).storage).toHaveLength(1);

  await page.unroute("**/*");
  await signIn(page, b.email);
  await expect(page.getByRole("heading", { name: "Your squads" })).toBeVisible();
  await expect.poll(async () => (await device(page)).storage).toEqual([]);
  await page.goto(`${bSquadUrl}/stopwatch`);
  await expect(page.getByRole("heading", { name: "Stopwatch" })).toBeVisible();
  await expect(page.getByText(/Gil Queued|Hal Queued/)).toHaveCount(0);
  await page.waitForTimeout(1_000);
  expect(await storedResults(ids)).toEqual([]);
  // And A's own stopwatch is closed to B.
  const denied = await page.goto(`${squadUrl}/stopwatch`);
  expect(denied?.status()).toBe(404);
});

test("/signed-out clears the site's data for the app's own pages only, and goes on within the app", async ({
  request,
}) => {
  const own = await request.get("/signed-out?next=%2Fsign-in%3Freason%3Dpassword-changed", {
    maxRedirects: 0,
    headers: { "sec-fetch-site": "same-origin" },
  });
  expect(own.status()).toBe(303);
  expect(own.headers()["clear-site-data"]).toBe('"cache", "storage"');
  expect(own.headers()["location"]).toBe("/sign-in?reason=password-changed");

  const away = await request.get("/signed-out?next=%2F%09%2Fevil.example", { maxRedirects: 0 });
  expect(away.headers()["location"]).toBe("/sign-in");

  // A link on another site must not wipe results a coach has not uploaded.
  const linked = await request.get("/signed-out", {
    maxRedirects: 0,
    headers: { "sec-fetch-site": "cross-site" },
  });
  expect(linked.status()).toBe(303);
  expect(linked.headers()["clear-site-data"]).toBeUndefined();
});
