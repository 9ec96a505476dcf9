import { expect, test, type Page, type TestInfo } from "./test";
import { checkPage } from "./page-check";
import { coachWithSquad } from "./fixtures";
import { lastSegment } from "./logging-fixtures";
import { seedProgress } from "./progress-fixtures";

/** The responsive charts re-measure after a resize. */
const check = (page: Page, testInfo: TestInfo, name: string) =>
  checkPage(page, testInfo, name, (p) => p.waitForTimeout(300));

const repChart = (page: Page, caption: string) =>
  page.locator("figure").filter({ has: page.getByText(caption, { exact: true }) });

test("a coach follows an athlete's step-downs over ten weeks", async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await coachWithSquad(page, "Progress squad");
  await page.getByLabel("Athlete's name").fill("Progress Runner");
  await page.getByRole("button", { name: "Add athlete" }).click();
  await page.getByRole("main").getByRole("link", { name: "Progress Runner" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Progress Runner" })).toBeVisible();
  const athleteId = lastSegment(page.url());

  // Before anything is logged, the page teaches what to do.
  await page.getByRole("link", { name: "Progress", exact: true }).click();
  await expect(
    page.getByRole("heading", { name: "No logged sessions in this range" }),
  ).toBeVisible();
  await check(page, testInfo, "progress-empty");

  const { dates, ids } = await seedProgress(athleteId);
  await page.reload();
  for (const caption of [
    "Rep 1: the 1600",
    "Rep 2: the 1200",
    "Rep 3: the 800",
    "Rep 4: the 400",
  ]) {
    await expect(repChart(page, caption).locator("[data-point]")).toHaveCount(10);
  }
  await expect(
    page.getByText(/The 1600: the later sessions were [\d.]+ s closer to target/),
  ).toBeVisible();
  const marks = page.getByRole("list", { name: "5K marks" });
  await expect(marks.getByRole("listitem")).toHaveCount(2);
  await expect(marks).toContainText("19:40 5K, recalibration");
  await expect(
    page.locator("figure", { hasText: "5K mark" }).locator("path.recharts-curve"),
  ).toBeVisible();
  await check(page, testInfo, "progress");

  // The best session (closest to target over its reps) is marked under the charts and in the table.
  await expect(page.getByText(/Best session \(dotted line\)/)).toBeVisible();

  // The table alternative lists every session.
  await page.getByText("Table of sessions").click();
  const table = page.getByRole("table");
  await expect(table.locator("tbody tr")).toHaveCount(10);
  await expect(table.locator("tbody tr").filter({ hasText: "Best session" })).toHaveCount(1);
  await expect(table.getByRole("link").first()).toHaveAttribute("href", `/sessions/${ids[0]}`);
  await check(page, testInfo, "progress-table");

  // The date filter narrows the points.
  const shownFrom = await page.getByLabel("From", { exact: true }).inputValue();
  await page.getByLabel("From", { exact: true }).fill(dates[5]!);
  await page.getByLabel("To", { exact: true }).fill(dates[9]!);
  await page.getByRole("button", { name: "Show" }).click();
  await page.waitForURL(/from=/);
  await expect(repChart(page, "Rep 1: the 1600").locator("[data-point]")).toHaveCount(5);
  // Back, the boxes show the range on screen again, not the dates typed before leaving.
  await page.goBack();
  await expect(repChart(page, "Rep 1: the 1600").locator("[data-point]")).toHaveCount(10);
  await expect(page.getByLabel("From", { exact: true })).toHaveValue(shownFrom);
  await page.goForward();
  await page.waitForURL(/from=/);

  // Clicking a point opens its session.
  await repChart(page, "Rep 2: the 1200").locator('[data-point="0"]').click();
  await page.waitForURL(`**/sessions/${ids[5]}`);

  // Keyboard: Tab from the range links reaches the latest 1600 point; arrows move; Enter opens.
  await page.goBack();
  await page.getByRole("link", { name: "All" }).focus();
  await page.keyboard.press("Tab");
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-label", /the 1600 in .* Open the session\./);
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator(":focus")).toHaveAttribute("data-point", "3");
  await page.keyboard.press("Enter");
  await page.waitForURL(`**/sessions/${ids[8]}`);
});
