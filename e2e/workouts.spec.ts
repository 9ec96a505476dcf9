import { readFileSync } from "node:fs";
import { Decoder, Stream } from "@garmin/fitsdk";
import { expect, test, type Page } from "./test";
import { coachWithSquad, createInvitationLink, person, signUp } from "./fixtures";
import { assignSession, lastSegment } from "./logging-fixtures";
import { checkPage } from "./page-check";

async function downloadOf(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent("download"), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
}

test("an athlete downloads their workout and subscribes to their feed from the home page", async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(120_000); // two people sign up in two browsers
  const { squadUrl } = await coachWithSquad(page, "Tuesday watches");
  const link = await createInvitationLink(page);

  const athletePage = await (await browser.newContext()).newPage();
  await athletePage.goto(link);
  await athletePage.getByRole("link", { name: "Create an account" }).click();
  await athletePage.waitForURL(/\/sign-up\?callbackUrl=/);
  const athlete = person("Athlete");
  await signUp(athletePage, athlete, athletePage.url());
  await athletePage.getByRole("button", { name: "Join Tuesday watches" }).click();
  await expect(athletePage.getByRole("heading", { level: 1 })).toHaveText("Tuesday watches");

  await page.goto(squadUrl);
  await page.getByRole("main").getByRole("link", { name: athlete.name }).click();
  await expect(page.getByRole("heading", { level: 1, name: athlete.name })).toBeVisible();
  const sessionId = await assignSession(lastSegment(page.url()), "20:00");

  await athletePage.goto("/dashboard");
  const card = athletePage.getByRole("region", { name: "Your next 4-3-2-1 targets" });
  await expect(card).toBeVisible();

  // The watch workout: a FIT file the SDK decodes, named for what it is.
  const fit = await downloadOf(athletePage, () =>
    card.getByRole("link", { name: "Workout for your watch (.fit)" }).click(),
  );
  expect(fit.name).toMatch(/^4-3-2-1 5K 20-00 .+\.fit$/);
  const decoder = new Decoder(Stream.fromByteArray(new Uint8Array(fit.bytes)));
  expect(decoder.checkIntegrity()).toBe(true);
  const { messages, errors } = decoder.read();
  expect(errors).toEqual([]);
  expect(messages.workoutMesgs?.[0]?.wktName).toMatch(/^4-3-2-1 · 5K 20:00 · /);
  expect(messages.workoutStepMesgs).toHaveLength(9);

  // The session's own calendar event.
  const ics = await downloadOf(athletePage, () =>
    card.getByRole("link", { name: "Add to calendar" }).click(),
  );
  expect(ics.bytes.toString("utf8")).toContain(`UID:session-${sessionId}@`);

  // The private feed: made once, answered by its address, 404 once turned off.
  const feeds = athletePage.getByRole("region", { name: "Your calendar" });
  await feeds.getByRole("button", { name: "Get a calendar feed" }).click();
  const address = feeds.getByLabel(/Your private feed address/);
  await expect(address).toHaveValue(/\/feeds\/[\w-]+\.ics$/);
  await expect(feeds.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute(
    "href",
    /^webcal:\/\//,
  );
  const url = await address.inputValue();
  const feed = await athletePage.request.get(url);
  expect(feed.status()).toBe(200);
  expect(await feed.text()).toContain(`UID:session-${sessionId}@`);
  await checkPage(athletePage, testInfo, "home-with-workout");

  await feeds.getByRole("button", { name: "Turn feed off" }).click();
  await expect(feeds.getByText(/Feed turned off/)).toBeVisible();
  expect((await athletePage.request.get(url)).status()).toBe(404);
  // The coach finds the same workout on the session page, beside its targets.
  await page.goto(`/sessions/${sessionId}`);
  const coachFit = await downloadOf(page, () =>
    page.getByRole("link", { name: "Workout for your watch (.fit)" }).click(),
  );
  const coachSteps = new Decoder(Stream.fromByteArray(new Uint8Array(coachFit.bytes))).read()
    .messages.workoutStepMesgs;
  expect(coachSteps).toEqual(messages.workoutStepMesgs);
  // Another person's session is not theirs to download.
  const stranger = await (await browser.newContext()).newPage();
  expect((await stranger.request.get(`/sessions/${sessionId}/workout.fit`)).status()).toBe(404);
});
