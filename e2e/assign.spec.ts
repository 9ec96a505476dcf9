import { expect, test, type Page } from "./test";
import { addFiveKMark } from "./db-fixtures";
import { coachWithSquad, createInvitationLink, person, signUp } from "./fixtures";

/**
 * Looks at a page as a phone and as a desk sees it: no sideways scrolling at 375 px, and a
 * screenshot of each width in the test's output folder for a person to review.
 */
async function shoot(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(width);
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 720 });
}

/** The new squad's id, once the browser has really left /squads/new for the squad's page. */
async function squadIdOf(page: Page) {
  await page.waitForURL(/\/squads\/(?!new$)[^/]+$/);
  return new URL(page.url()).pathname.split("/").pop()!;
}

async function addAthlete(page: Page, name: string) {
  await page.getByLabel("Athlete's name").fill(name);
  await page.getByRole("button", { name: "Add athlete" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();
}

test("a coach assigns the 4-3-2-1 to the whole squad, checks every card, then prints the sheet", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await coachWithSquad(page, "Tuesday group");
  const squadId = await squadIdOf(page);
  await addAthlete(page, "Ava Quick");
  await addAthlete(page, "Ben Steady");
  await addFiveKMark(squadId, "Ava Quick", "20:00");
  await addFiveKMark(squadId, "Ben Steady", "22:30");
  await expect(page.getByRole("navigation", { name: "Sessions" })).toBeVisible();
  await shoot(page, "squad");

  await page.getByRole("link", { name: "Assign session" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Assign the 4-3-2-1" })).toBeVisible();
  // The whole squad is ticked by default.
  await expect(page.getByRole("checkbox", { name: /Ava Quick/ })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: /Ben Steady/ })).toBeChecked();
  const date = await page.getByLabel("Date", { exact: true }).inputValue();
  await page.getByRole("button", { name: "Preview targets" }).click();

  const ava = page.getByRole("region", { name: "Ava Quick: 20:00 5K" });
  await expect(ava.getByRole("row", { name: /^1600 m 6:24/ })).toBeVisible();
  await expect(ava.getByRole("list", { name: "Splits for the 1600 m" })).toHaveText(
    "1:363:124:486:24",
  );
  const ben = page.getByRole("region", { name: "Ben Steady: 22:30 5K" });
  await expect(ben.getByRole("row", { name: /^1600 m 7:12/ })).toBeVisible();
  await shoot(page, "assign-preview");
  await page.getByRole("button", { name: /^Assign to 2 athletes on / }).click();

  await page.waitForURL(/\/calendar\?/);
  const assigned = page.getByRole("status");
  await expect(assigned).toContainText("Session assigned to 2 athletes.");
  // The confirmation offers every athlete's watch workout for that date in one zip.
  await expect(
    assigned.getByRole("link", { name: "Download the squad’s watch workouts (.zip)" }),
  ).toHaveAttribute("href", /\/workouts\.zip\?date=\d{4}-\d{2}-\d{2}$/);
  for (const name of ["Ava Quick", "Ben Steady"]) {
    const entry = page
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name }), hasNot: page.getByRole("heading") });
    await expect(entry).toContainText("Assigned");
    await expect(page.getByRole("link", { name })).toHaveAttribute("href", /^\/sessions\/\w+$/);
  }
  await shoot(page, "calendar-week");
  // A free day still to come offers to assign on it, date filled in.
  const freeDay = page.getByRole("link", { name: /^Assign the 4-3-2-1 on / }).last();
  await expect(freeDay).toHaveAttribute("href", /\/assign\?date=\d{4}-\d{2}-\d{2}$/);
  await page.getByRole("link", { name: "Month", exact: true }).click();
  await expect(page.getByRole("link", { name: /Ava Quick Assigned/ })).toBeVisible();
  await shoot(page, "calendar-month");

  await page.goto(`/squads/${squadId}/sheet?date=${date}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("rowheader")).toHaveText(["Ava Quick", "Ben Steady"]);
  const avaRow = table.getByRole("row", { name: /Ava Quick/ });
  await expect(avaRow).toContainText("6:24");
  await expect(avaRow).toContainText("1:36 · 3:12 · 4:48");
  await expect(avaRow).toContainText("3:12"); // the recovery jog
  await shoot(page, "sheet");

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print sheet" })).toBeHidden();
  await expect(page.getByLabel("Session date", { exact: true })).toBeHidden();
  await expect(table).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("sheet-print.png"), fullPage: true });
});

test("the frequency guard asks before a second session too soon, and a session can be unassigned", async ({
  page,
}) => {
  await coachWithSquad(page, "Crowded group");
  const squadId = await squadIdOf(page);
  await addAthlete(page, "Cleo Keen");
  await addFiveKMark(squadId, "Cleo Keen", "19:00");
  const assign = async (date: string) => {
    await page.goto(`/squads/${squadId}/assign`);
    await page.getByLabel("Date", { exact: true }).fill(date);
    await page.getByRole("button", { name: "Preview targets" }).click();
  };
  await assign("2030-03-05");
  await page.getByRole("button", { name: /^Assign to 1 athlete on / }).click();
  await page.waitForURL(/\/calendar\?/);

  await assign("2030-03-12");
  await expect(
    page.getByText("Cleo Keen: Only 7 days after the session on 2030-03-05"),
  ).toBeVisible();
  await page.getByRole("checkbox", { name: /Assign anyway/ }).check();
  await page.getByRole("button", { name: /^Assign to 1 athlete on / }).click();
  await page.waitForURL(/\/calendar\?/);
  await expect(page.getByRole("link", { name: "Cleo Keen" })).toBeVisible();

  await page.getByRole("button", { name: "Unassign Cleo Keen" }).click();
  await page.getByRole("button", { name: "Yes, unassign" }).click();
  // The row goes, and its message with it: the day now reads as free.
  await expect(page.getByRole("link", { name: "Cleo Keen" })).toHaveCount(0);
});

test("an athlete sees their next session on the dashboard and the squad's calendar, without coach tools", async ({
  page,
  browser,
}) => {
  test.setTimeout(60_000);
  await coachWithSquad(page, "Evening group");
  const squadId = await squadIdOf(page);
  const link = await createInvitationLink(page);
  const runner = await (await browser.newContext()).newPage();
  await runner.goto(link);
  await runner.getByRole("link", { name: "Create an account" }).click();
  await runner.waitForURL(/\/sign-up\?callbackUrl=/);
  const athlete = person("Runner");
  await signUp(runner, athlete, runner.url());
  await runner.getByRole("button", { name: "Join Evening group" }).click();
  await expect(
    runner.getByRole("heading", { level: 1, name: "Evening group", exact: true }),
  ).toBeVisible();
  await addFiveKMark(squadId, athlete.name, "21:00");

  await page.goto(`/squads/${squadId}/assign`);
  const date = await page.getByLabel("Date", { exact: true }).inputValue();
  await page.getByRole("button", { name: "Preview targets" }).click();
  await page.getByRole("button", { name: /^Assign to 1 athlete on / }).click();
  await page.waitForURL(/\/calendar\?/);

  await runner.goto("/dashboard");
  const next = runner.getByRole("region", { name: "Your next sessions" });
  await expect(next.getByRole("link", { name: /Evening group/ })).toHaveAttribute(
    "href",
    /^\/sessions\/\w+$/,
  );
  await runner.goto(`/squads/${squadId}`);
  await expect(runner.getByRole("link", { name: "Assign session" })).toHaveCount(0);
  const calendar = runner.getByRole("navigation", { name: "Sessions" }).getByRole("link");
  await expect(calendar).toHaveText("Calendar");
  await runner.goto(`${await calendar.getAttribute("href")}?date=${date}`);
  await expect(
    runner.getByRole("region", { name: "Sessions" }).getByRole("link", { name: athlete.name }),
  ).toHaveAttribute("href", /^\/sessions\/\w+$/);
  await expect(runner.getByRole("button", { name: /Unassign|Recompute/ })).toHaveCount(0);
  await expect(runner.getByRole("link", { name: /^Assign the 4-3-2-1 on / })).toHaveCount(0);
  expect((await runner.goto(`/squads/${squadId}/assign`))?.status()).toBe(404);
});
