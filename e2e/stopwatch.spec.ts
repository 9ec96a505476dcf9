import { expect, test, type Page } from "./test";
import { coachWithSquad, createInvitationLink, person, signUp } from "./fixtures";
import {
  assignTodayTo,
  disconnect,
  loggedBy,
  seedSessions,
  storedResults,
} from "./stopwatch-fixtures";
import { checkPage } from "./page-check";

test.afterAll(disconnect);

const LAP_MS = 95_000; // a realistic lap: the server refuses laps under 45 s per 400 m

const tile = (page: Page, name: string) =>
  page.getByRole("button", { name: new RegExp(`^${name}: `) });
const card = (page: Page, name: string) => page.getByRole("listitem").filter({ hasText: name });
const status = (page: Page, name: string) => card(page, name).getByTestId("upload-status");

/** One lap for each athlete named, a few seconds apart, as they cross the line in turn. */
async function lap(page: Page, names: string[]) {
  await page.clock.fastForward(LAP_MS - (names.length - 1) * 3_000);
  for (const [i, name] of names.entries()) {
    if (i > 0) await page.clock.fastForward(3_000);
    await tile(page, name).click();
  }
}

test("the coach times three athletes offline, reloads mid-session offline, and each result is stored once", async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  const { coach, squadUrl } = await coachWithSquad(page, "Stopwatch squad");
  const { sessions } = await seedSessions(squadUrl, coach.email, [
    { name: "Ada Fast", fiveKSeconds: 1200 },
    { name: "Ben Steady", fiveKSeconds: 1260 },
    { name: "Cy Early", fiveKSeconds: 1320 },
  ]);
  const ids = sessions.map((s) => s.assignmentId);
  // Date.now() in the page is Playwright's clock: laps of 95 s pass without waiting for them.
  await page.clock.install();
  await page.goto(`${squadUrl}/stopwatch`);
  await page.getByRole("button", { name: "Set up the stopwatch (3 athletes)" }).click();
  // The service worker keeps the page and its files, so it opens again with no network.
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

  await context.setOffline(true);
  await expect(page.getByText("Offline: results wait on this device")).toBeVisible();
  // Staggered starts: Ada goes first, the others 10 s later with "Start all".
  await tile(page, "Ada Fast").click();
  await page.clock.fastForward(10_000);
  await page.getByRole("button", { name: "Start all (2)" }).click();
  await expect(tile(page, "Ada Fast")).toHaveAccessibleName("Ada Fast: end Rep 1 · lap 1 of 4");

  for (let i = 0; i < 4; i++) await lap(page, ["Ada Fast", "Ben Steady", "Cy Early"]);
  await expect(card(page, "Cy Early").getByTestId("lap-label")).toHaveText("Recovery jog");
  // Cy drops out after rep 1: stopped early, the partial result waits for the network.
  await card(page, "Cy Early").getByRole("button", { name: "Stop Cy Early" }).click();
  await card(page, "Cy Early").getByRole("button", { name: "Stop: partial" }).click();
  await expect(status(page, "Cy Early")).toHaveText("Waiting for connection");

  for (let i = 0; i < 2; i++) await lap(page, ["Ada Fast", "Ben Steady"]);
  // A mistaken tap on Ben is undone; Ada's laps stay as they were.
  await page.clock.fastForward(50_000);
  await tile(page, "Ben Steady").click();
  await card(page, "Ben Steady")
    .getByRole("button", { name: "Undo Ben Steady's last tap" })
    .click();
  await expect(card(page, "Ben Steady").getByTestId("lap-label")).toHaveText("Rep 2 · lap 2 of 3");
  await expect(card(page, "Ada Fast").getByTestId("lap-label")).toHaveText("Rep 2 · lap 2 of 3");
  // The page is reloaded mid-session, still offline: it comes back from the service worker's
  // copy, with the clocks, the taps and the queued result restored from the device.
  expect((await page.reload())?.fromServiceWorker()).toBe(true);
  await expect(page.getByText("Offline: results wait on this device")).toBeVisible();
  await expect(card(page, "Ada Fast").getByTestId("lap-label")).toHaveText("Rep 2 · lap 2 of 3");
  await expect(card(page, "Ada Fast")).toContainText("6 laps");
  await expect(status(page, "Cy Early")).toHaveText("Waiting for connection");

  await page.clock.fastForward(LAP_MS - 50_000); // Ben's lap resumed from before the undo
  for (let i = 0; i < 7; i++) await lap(page, ["Ada Fast", "Ben Steady"]);
  await expect(status(page, "Ada Fast")).toHaveText("Waiting for connection");
  await expect(status(page, "Ben Steady")).toHaveText("Waiting for connection");
  expect(await storedResults(ids)).toEqual([]); // nothing left the device while offline

  await context.setOffline(false);
  for (const name of ["Ada Fast", "Ben Steady", "Cy Early"])
    await expect(status(page, name)).toHaveText("Saved ✓");
  const byId = (rows: Awaited<ReturnType<typeof storedResults>>) =>
    Object.fromEntries(rows.map(({ assignmentId, ...r }) => [assignmentId, r]));
  const stored = byId(await storedResults(ids));
  expect(stored).toEqual({
    [ids[0]!]: { status: "COMPLETED", repLaps: 10, recoveryLaps: 3 },
    [ids[1]!]: { status: "COMPLETED", repLaps: 10, recoveryLaps: 3 },
    [ids[2]!]: { status: "PARTIAL", repLaps: 4, recoveryLaps: 0 },
  });

  // Reload and re-trigger the uploader: nothing is sent again, nothing is stored twice.
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) sent.push(r.url());
  });
  await page.reload();
  await expect(status(page, "Ada Fast")).toHaveText("Saved ✓");
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await page.waitForTimeout(500);
  expect(sent).toEqual([]);
  expect(byId(await storedResults(ids))).toEqual(stored);
});

test("a result whose answer is lost on the way back is sent again with its key and stored once", async ({
  page,
}) => {
  const { coach, squadUrl } = await coachWithSquad(page, "Lost answers");
  const { sessions } = await seedSessions(squadUrl, coach.email, [
    { name: "Dee Alone", fiveKSeconds: 1200 },
  ]);
  const ids = sessions.map((s) => s.assignmentId);
  const keys: string[] = [];
  await page.route("**/*", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    keys.push(request.postData() ?? "");
    if (keys.length > 1) return route.continue();
    await route.fetch(); // the server stores the result...
    await route.abort("connectionreset"); // ...but its answer never reaches the phone
  });
  await page.clock.install();
  await page.goto(`${squadUrl}/stopwatch`);
  await page.getByRole("button", { name: "Set up the stopwatch (1 athlete)" }).click();
  await tile(page, "Dee Alone").click();
  await page.clock.fastForward(LAP_MS);
  await page.keyboard.press("1"); // number keys tap the Nth tile
  await expect(card(page, "Dee Alone")).toContainText("1 lap");
  await page.getByRole("button", { name: "Stop Dee Alone" }).click();
  await page.getByRole("button", { name: "Stop: partial" }).click();

  await expect(status(page, "Dee Alone")).toHaveText("Connection lost: retrying");
  expect(await storedResults(ids)).toHaveLength(1);
  await page.clock.fastForward(15_000);
  await expect(status(page, "Dee Alone")).toHaveText("Saved ✓");
  expect(keys).toHaveLength(2);
  const key = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
  expect(keys[1]!.match(key)?.[0]).toBe(keys[0]!.match(key)?.[0]);
  expect(await storedResults(ids)).toEqual([
    { assignmentId: ids[0], status: "PARTIAL", repLaps: 1, recoveryLaps: 0 },
  ]);
});

test("an athlete times their own session alone on a phone, and sees no one else's", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000); // two people sign up
  const { coach, squadUrl } = await coachWithSquad(page, "Solo squad");
  const { squadId } = await seedSessions(squadUrl, coach.email, [
    { name: "Eve Teammate", fiveKSeconds: 1200 },
  ]);
  const link = await createInvitationLink(page);
  const phone = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const athletePage = await phone.newPage();
  const athlete = person("Runner");
  await athletePage.goto(link);
  await athletePage.getByRole("link", { name: "Create an account" }).click();
  await athletePage.waitForURL(/\/sign-up\?callbackUrl=/);
  await signUp(athletePage, athlete, athletePage.url());
  await athletePage.getByRole("button", { name: "Join Solo squad" }).click();
  await expect(
    athletePage.getByRole("heading", { level: 1, name: "Solo squad", exact: true }),
  ).toBeVisible();
  const { assignmentId, userId } = await assignTodayTo(squadId, athlete.email, 1260);

  await athletePage.clock.install();
  await athletePage.goto(`${squadUrl}/stopwatch`);
  await expect(athletePage.getByRole("checkbox", { name: athlete.name })).toBeChecked();
  await expect(athletePage.getByText("Eve Teammate")).toHaveCount(0);
  await athletePage.getByRole("button", { name: "Set up the stopwatch (1 athlete)" }).click();
  await tile(athletePage, athlete.name).click();
  for (let i = 0; i < 4; i++) {
    await athletePage.clock.fastForward(LAP_MS);
    await tile(athletePage, athlete.name).click();
  }
  await expect(card(athletePage, athlete.name).getByTestId("lap-label")).toHaveText("Recovery jog");
  await athletePage.getByRole("button", { name: `Stop ${athlete.name}` }).click();
  await athletePage.getByRole("button", { name: "Stop: abandoned" }).click();
  await expect(status(athletePage, athlete.name)).toHaveText("Saved ✓");
  expect(await storedResults([assignmentId])).toEqual([
    { assignmentId, status: "ABANDONED", repLaps: 4, recoveryLaps: 0 },
  ]);
  expect(await loggedBy(assignmentId)).toBe(userId);
  // The session says how its laps were taken.
  await athletePage.goto(new URL(`/sessions/${assignmentId}`, squadUrl).toString());
  await expect(athletePage.getByText("The stopwatch", { exact: true })).toBeVisible();
  await phone.close();
});

test("a result the server refused is corrected in the log form from the device's laps, and stored once", async ({
  page,
}, testInfo) => {
  const { coach, squadUrl } = await coachWithSquad(page, "Refused laps");
  const { sessions } = await seedSessions(squadUrl, coach.email, [
    { name: "Fay Quick", fiveKSeconds: 1200 },
  ]);
  const ids = sessions.map((s) => s.assignmentId);
  await page.clock.install();
  await page.goto(`${squadUrl}/stopwatch`);
  await page.getByRole("button", { name: "Set up the stopwatch (1 athlete)" }).click();
  await tile(page, "Fay Quick").click();
  // The coach missed her first lap and tapped eleven minutes in: the server refuses a lap that
  // slow (the stopwatch itself already ignores taps too quick to be a lap).
  // A double tap 20 s in is ignored, and the tile says so (Undo would take back a real lap).
  await page.clock.fastForward(20_000);
  await tile(page, "Fay Quick").click();
  await expect(card(page, "Fay Quick").getByRole("status")).toContainText("Tap ignored");
  await expect(card(page, "Fay Quick")).toContainText("0 laps");
  await page.clock.fastForward(640_000);
  await tile(page, "Fay Quick").click();
  await page.getByRole("button", { name: "Stop Fay Quick" }).click();
  await page.getByRole("button", { name: "Stop: partial" }).click();
  await expect(card(page, "Fay Quick").getByTestId("lap-label")).toHaveText("Stopped: partial");
  await expect(status(page, "Fay Quick")).toContainText("Failed:");
  expect(await storedResults(ids)).toEqual([]);

  await card(page, "Fay Quick").getByRole("link", { name: "Correct in the log form" }).click();
  await expect(page.getByRole("note")).toContainText("The server refused them");
  const mile = page.getByLabel(/1600 m/);
  // 660 s on the fake clock, plus the real moments the taps took (the clock runs on between them,
  // and on a busy machine that can be a second or more).
  await expect(mile).toHaveValue(/^66[0-4](\.\d+)?$/);
  await expect(page.getByRole("radio", { name: /Partial/ })).toBeChecked();
  await checkPage(page, testInfo, "log-from-stopwatch");
  await mile.fill("96");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(new RegExp(`/sessions/${ids[0]}$`));
  expect(await storedResults(ids)).toEqual([
    { assignmentId: ids[0], status: "PARTIAL", repLaps: 1, recoveryLaps: 0 },
  ]);

  // Back at the stopwatch the tile reads saved, and nothing is sent again.
  await page.goto(`${squadUrl}/stopwatch`);
  await expect(status(page, "Fay Quick")).toHaveText("Saved ✓");
  await expect(page.getByRole("button", { name: /Retry uploads/ })).toHaveCount(0);
  expect(await storedResults(ids)).toHaveLength(1);
});
