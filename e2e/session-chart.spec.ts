import { expect, test, type Page, type TestInfo } from "./test";
import { seedChartWorld } from "./chart-fixtures";
import { checkPage as checkEveryWidth } from "./page-check";
import { signIn } from "./fixtures";

/** The shared page check, with the chart alone too, at full size, to judge its labels. */
const checkPage = (page: Page, testInfo: TestInfo, name: string) =>
  checkEveryWidth(page, testInfo, name, async (p) => {
    await p.mouse.move(0, 0); // no hover tooltip over the picture
    // Recharts measures its container: wait for the redrawn markers before the picture.
    await expect(p.locator("[data-point]").first()).toBeVisible();
    const chartPath = testInfo.outputPath(`${name}-chart-${p.viewportSize()?.width}.png`);
    await p.locator("figure").first().screenshot({ path: chartPath });
    await testInfo.attach(`${name}-chart-${p.viewportSize()?.width}`, {
      path: chartPath,
      contentType: "image/png",
    });
  });

test("the session page charts every lap against its target, by mouse or by keyboard", async ({
  page,
}, testInfo) => {
  test.setTimeout(60_000); // the page check screenshots and audits a long page at two widths
  const world = await seedChartWorld();
  await signIn(page, world.coachEmail);
  await page.waitForURL(/\/dashboard/);
  await page.goto(`/sessions/${world.loggedId}`);

  const section = page.getByRole("region", { name: "Lap by lap" });
  const reps = section.getByRole("group", { name: "Rep laps" });
  const jogs = section.getByRole("group", { name: "Recovery jogs" });
  // Ten rep laps (4 + 3 + 2 + 1) and three jogs, on separate scales.
  await expect(reps.locator("[data-point]")).toHaveCount(10);
  await expect(jogs.locator("[data-point][data-kind='recovery']")).toHaveCount(3);
  await expect(jogs.locator("[data-point] polygon")).toHaveCount(3); // diamonds, not dots
  // The window as a band in each panel, the target as a dashed line.
  await expect(reps.locator(".recharts-area-area")).toHaveCount(1);
  await expect(jogs.locator(".recharts-area-area")).toHaveCount(1);
  await expect(reps.locator("path[stroke-dasharray='5 4']")).toHaveCount(1);
  // Deltas printed on the points: the 1600's fade and the slow second jog.
  await expect(reps.getByText("+3.1", { exact: true })).toBeVisible();
  await expect(jogs.getByText("+39.0", { exact: true })).toBeVisible();
  // The summary table beside it says the same in words.
  const summary = section.getByRole("table", { name: /Rep by rep: time against target/ });
  await expect(summary.getByRole("row", { name: /Jog 2/ })).toContainText("Too slow");

  // Keyboard: from the chart's caption, Tab walks the points in session order.
  await section.getByText(/Each lap against its target/).click();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute(
    "aria-label",
    "1600 lap 1: 1:36, target 1:36, 0.0 s, on pace",
  );
  for (let i = 0; i < 3; i++) await page.keyboard.press("Tab");
  await expect(focused).toHaveAttribute(
    "aria-label",
    "1600 lap 4: 1:39.1, target 1:36, +3.1 s, faded",
  );
  await expect(section.getByText("1600 lap 4: 1:39.1, target 1:36, +3.1 s, faded")).toBeVisible();
  for (let i = 0; i < 6; i++) await page.keyboard.press("Tab");
  await expect(focused).toHaveAttribute("aria-label", /^400 lap 1: 1:27.9, target 1:28.5, -0.6 s/);
  await page.keyboard.press("Tab");
  await expect(focused).toHaveAttribute("aria-label", "Jog 1: 3:13, target 3:12, +1.0 s, jog ok");

  await checkPage(page, testInfo, "session-chart");
});

test("the athlete's home shows the next targets and the last session's chart and findings", async ({
  page,
}, testInfo) => {
  const world = await seedChartWorld();
  await signIn(page, world.athleteEmail);
  await page.waitForURL(/\/dashboard/);

  await expect(page.getByRole("heading", { name: "Your next 4-3-2-1 targets" })).toBeVisible();
  // Within <main>: the header's account link carries the user's name, which may end in digits.
  await expect(
    page
      .getByRole("main")
      .getByRole("link", { name: /\d{4}$/ })
      .first(),
  ).toHaveAttribute("href", `/sessions/${world.upcomingId}`);
  const last = page.getByRole("region", { name: "Your last session" });
  await expect(last.locator("[data-point]")).toHaveCount(13);
  await expect(last.getByRole("heading", { name: "Findings" })).toBeVisible();
  await expect(
    last
      .getByRole("listitem")
      .filter({ hasText: /recover/i })
      .first(),
  ).toBeVisible();
  await last.getByRole("link", { name: /\d{4}$/ }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${world.loggedId}$`));
  await page.goBack();

  await checkPage(page, testInfo, "athlete-home");
});

test("a coach's home has no athlete part", async ({ page }) => {
  const world = await seedChartWorld();
  await signIn(page, world.coachEmail);
  await page.waitForURL(/\/dashboard/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your last session" })).toHaveCount(0);
});
