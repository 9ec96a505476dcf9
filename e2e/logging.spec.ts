import { readFileSync } from "node:fs";
import { expect, test, type Page } from "./test";
import { coachWithSquad, createInvitationLink, person, signUp } from "./fixtures";
import { assignSession, lastSegment } from "./logging-fixtures";

/** From the squad page, the athlete's page; returns the athlete's id. */
async function openAthlete(page: Page, name: string) {
  await page.getByRole("main").getByRole("link", { name }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return lastSegment(page.url());
}

async function addMark(page: Page, time: string) {
  await page.getByLabel("5K time").fill(time);
  await page.getByRole("button", { name: "Add 5K mark" }).click();
  await expect(page.getByText("5K mark added.")).toBeVisible();
}

test("an athlete logs by keyboard and sees the analysis; the coach accepts a faster 5K", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000); // two people sign up and log in two browsers
  const { squadUrl } = await coachWithSquad(page, "Thursday step-downs");
  const link = await createInvitationLink(page);

  const athleteContext = await browser.newContext();
  const athletePage = await athleteContext.newPage();
  await athletePage.goto(link);
  await athletePage.getByRole("link", { name: "Create an account" }).click();
  await athletePage.waitForURL(/\/sign-up\?callbackUrl=/);
  const athlete = person("Athlete");
  await signUp(athletePage, athlete, athletePage.url());
  await athletePage.getByRole("button", { name: "Join Thursday step-downs" }).click();
  await expect(athletePage.getByRole("heading", { level: 1 })).toHaveText("Thursday step-downs");

  // The coach gives the athlete a 20:00 5K; the session is assigned from it.
  await page.goto(squadUrl);
  const athleteId = await openAthlete(page, athlete.name);
  await addMark(page, "20:00");
  const marks = page.getByRole("region", { name: "5K marks" });
  await expect(marks.getByRole("listitem").filter({ hasText: "20:00" })).toContainText("current");
  const sessionId = await assignSession(athleteId);

  await athletePage.goto(`/sessions/${sessionId}`);
  await athletePage.getByRole("link", { name: "Log this session" }).click();
  await expect(athletePage.getByLabel(/1600 m — 4 laps/)).toBeFocused();

  // Keyboard only: splits for the 1600, lap times for the rest, Enter to move on.
  const kb = athletePage.keyboard;
  await kb.type("1:33 3:06 4:39 6:12");
  await expect(athletePage.getByText("Read as splits → laps 93 · 93 · 93 · 93")).toBeVisible();
  await kb.press("Enter");
  await expect(athletePage.getByLabel(/1200 m — 3 laps/)).toBeFocused();
  await kb.type("91 91 91");
  await expect(athletePage.getByText(/Read as lap times: 91 · 91 · 91 \(rep 4:33/)).toBeVisible();
  await kb.press("Enter");
  await kb.type("90 90");
  await kb.press("Enter");
  await kb.type("84");
  await kb.press("Enter");
  await expect(athletePage.getByLabel(/Jog after rep 1/)).toBeFocused();
  await kb.type("3:10");
  await kb.press("Enter");
  await kb.press("Enter"); // recoveries are optional: skip two
  await kb.press("Enter");
  await expect(athletePage.getByRole("radio", { name: /Completed/ })).toBeFocused();
  await kb.press("Tab");
  await kb.type("8");
  await kb.press("Tab");
  await kb.type("Felt strong");
  await kb.press("Tab");
  await expect(athletePage.getByRole("button", { name: "Save" })).toBeFocused();
  await kb.press("Enter");

  await athletePage.waitForURL(new RegExp(`/sessions/${sessionId}$`));
  await expect(athletePage.getByText("Completed all 4 reps.")).toBeVisible();
  await expect(athletePage.getByText(/The 1600 was too fast \(6:12 against/)).toBeVisible();
  await expect(athletePage.getByRole("heading", { name: "Rep 1: the 1600" })).toBeVisible();
  await expect(athletePage.getByText("Too fast").first()).toBeVisible();
  await expect(athletePage.getByText("Felt strong")).toBeVisible();
  // The suggestion is the coach's to answer.
  await expect(athletePage.getByRole("button", { name: "Accept new 5K" })).toHaveCount(0);

  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByText("Suggest a new 5K of 19:36 (was 20:00):")).toBeVisible();
  await page.getByRole("button", { name: "Accept new 5K" }).click();
  await expect(page.getByText(/Accepted: 19:36 is now a 5K mark/)).toBeVisible();

  await athletePage.goto(`/athletes/${athleteId}`);
  const athleteMarks = athletePage.getByRole("region", { name: "5K marks" });
  const mark = athleteMarks.getByRole("listitem").filter({ hasText: "19:36" });
  await expect(mark).toContainText("recalibration");
  await expect(mark).toContainText("current");
  await expect(athleteMarks.getByRole("listitem").filter({ hasText: "20:00" })).not.toContainText(
    "current",
  );
  // The squad's results file is the coaches': an athlete of the squad gets the same 404 as anyone.
  expect((await athletePage.request.get(`${squadUrl}/results.csv`)).status()).toBe(404);
  await athleteContext.close();

  // The coach takes the laps to a spreadsheet: one row per lap, against its target.
  await page.goto(squadUrl);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Results (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(
    /^Thursday step-downs results \d{4}-\d{2}-\d{2}\.csv$/,
  );
  const lines = readFileSync(await download.path(), "utf8").split("\r\n");
  expect(lines[0]).toBe(
    "\uFEFFdate,athlete,5k_used,status,effort,segment,rep,distance,lap,target_s,actual_s,delta_s",
  );
  expect(lines.filter((l) => l.includes(athlete.name))).toHaveLength(13); // 10 rep laps, 3 jogs
  expect(lines[1]).toMatch(
    new RegExp(`,${athlete.name},20:00,completed,8,rep,1,1600 m,1,96,93,-3$`),
  );
});

test("bad laps are named at their field and nothing is saved; deleting a result asks first", async ({
  page,
}) => {
  await coachWithSquad(page, "Youth step-downs");
  await page.getByLabel("Athlete's name").fill("Kid Runner");
  await page.getByRole("button", { name: "Add athlete" }).click();
  const athleteId = await openAthlete(page, "Kid Runner");
  const sessionId = await assignSession(athleteId);

  // A session still to come may be logged (run a day early), with a word first.
  const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/sessions/${await assignSession(athleteId, "20:00", nextWeek)}/log`);
  await expect(page.getByRole("note")).toContainText("has not come yet");

  await page.goto(`/sessions/${sessionId}/log`);
  await expect(page.getByRole("note")).toHaveCount(0); // today's session: nothing to say
  await page.getByLabel(/1600 m/).fill("96 96 96 96 96");
  await page.getByLabel(/1200 m/).fill("94 94 94");
  await page.getByLabel(/800 m/).fill("abc 93");
  await page.getByLabel(/400 m — 1 lap/).fill("40");
  await page.getByRole("button", { name: "Save" }).click();

  const mile = page.getByLabel(/1600 m/);
  await expect(mile).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#field-reps-0-error")).toHaveText(
    "This rep has 4 laps, but 5 times were entered",
  );
  await expect(page.locator("#field-reps-2-error")).toContainText('Time 1 ("abc")');
  await expect(page.locator("#field-reps-3-error")).toContainText("faster than world-record pace");
  await expect(page.getByLabel(/1200 m/)).not.toHaveAttribute("aria-invalid", "true");
  await expect(mile).toHaveValue("96 96 96 96 96"); // what was typed stays, to be corrected

  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByText("Not logged yet.")).toBeVisible();

  await page.goto(`/sessions/${sessionId}/log`);
  await page.getByLabel(/1600 m/).fill("96 96 96 96");
  await page.getByLabel(/1200 m/).fill("94 94 94");
  await page.getByLabel(/800 m/).fill("93 93");
  await page.getByLabel(/400 m — 1 lap/).fill("88.5");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(new RegExp(`/sessions/${sessionId}$`));
  await expect(page.getByText("Every rep inside its window.")).toBeVisible();

  await page.getByRole("button", { name: "Delete result" }).click();
  await expect(page.getByText("Delete this result and all its laps?")).toBeVisible();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByText("Every rep inside its window.")).toBeVisible();
  await page.getByRole("button", { name: "Delete result" }).click();
  await page.getByRole("button", { name: "Yes, delete this result" }).click();
  await expect(page.getByText("Not logged yet.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Log this session" })).toBeVisible();
});

test("an edit based on a stale version is refused with a way to reload", async ({ page }) => {
  await coachWithSquad(page, "Edit race squad");
  await page.getByLabel("Athlete's name").fill("Sam Pacer");
  await page.getByRole("button", { name: "Add athlete" }).click();
  const athleteId = await openAthlete(page, "Sam Pacer");
  const sessionId = await assignSession(athleteId);
  await page.goto(`/sessions/${sessionId}/log`);
  await page.getByLabel(/1600 m/).fill("96 96 96 96");
  await page.getByLabel(/1200 m/).fill("94 94 94");
  await page.getByLabel(/800 m/).fill("93 93");
  await page.getByLabel(/400 m — 1 lap/).fill("88.5");
  await page.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(new RegExp(`/sessions/${sessionId}$`));

  // The same coach opens the edit form twice (two tabs); the second save is based on version 1.
  const second = await page.context().newPage();
  await second.goto(`/sessions/${sessionId}/log`);
  await page.goto(`/sessions/${sessionId}/log`);
  await expect(page.getByLabel(/1600 m/)).toHaveValue("96 96 96 96");
  await page.getByLabel(/400 m — 1 lap/).fill("87");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/sessions/${sessionId}$`));

  await second.getByLabel(/400 m — 1 lap/).fill("90");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByText("Someone changed this result since you opened it")).toBeVisible();
  await second.getByRole("link", { name: "Reload the latest version" }).click();
  await expect(second.getByLabel(/400 m — 1 lap/)).toHaveValue("87");
});
