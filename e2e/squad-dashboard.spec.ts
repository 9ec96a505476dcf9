import { expect, test } from "./test";
import { checkPage } from "./page-check";
import { formatDay } from "../lib/dates";
import { coachWithSquad } from "./fixtures";
import { GRID_ATHLETES, GRID_DATES, seedGrid } from "./grid-fixtures";

const long = (day: string) =>
  formatDay(day, { weekday: "short", day: "numeric", month: "short", year: "numeric" });

const check = checkPage;

test("the coach's home: the squad grid, who has not logged, suggestions, dates, empty states", async ({
  page,
}, testInfo) => {
  test.setTimeout(90_000);
  const squadName = `A grid squad ${Date.now()}`;
  const { coach, squadUrl } = await coachWithSquad(page, squadName);
  const { emptySquadId, assignmentIds } = await seedGrid(squadUrl, coach.email, "B empty squad");

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: squadName })).toBeVisible();
  await expect(page.getByRole("heading", { name: long(GRID_DATES.recent) })).toBeVisible();
  const grid = page.getByRole("region", { name: "Squad results by rep" });
  for (const name of GRID_ATHLETES) {
    await expect(grid.getByRole("row", { name: new RegExp(name) })).toBeVisible();
  }
  // Times and deltas are text, with the verdict in words for screen readers.
  const fast = grid.getByRole("row", { name: /Ada Fast/ });
  await expect(fast.getByRole("cell").first()).toContainText("6:12");
  await expect(fast.getByRole("cell").first()).toContainText("-12.0 s");
  await expect(fast.getByRole("cell").first()).toContainText("Too fast");
  const slow = grid.getByRole("row", { name: /Ben Slow/ });
  await expect(slow.getByRole("cell").first()).toContainText("6:36");
  await expect(slow.getByRole("cell").first()).toContainText("+12.0 s");
  await expect(grid.getByRole("row", { name: /Eli Missing/ })).toContainText("Missed");

  // A cell opens to its laps.
  const laps = fast.getByRole("list", { name: "Rep 1 laps" });
  await expect(laps).toBeHidden();
  await fast.getByRole("cell").first().locator("summary").click();
  await expect(laps).toBeVisible();
  await expect(laps.getByRole("listitem").first()).toHaveText(/L1\s*1:33\s*-3.0 s/);

  const notLogged = page.getByRole("region", { name: /Not logged/ });
  await expect(notLogged.getByRole("heading")).toHaveText("Not logged (1)");
  await expect(notLogged.getByRole("link", { name: "Eli Missing" })).toBeVisible();

  // Only Ada's suggestion waits: Ben's was dismissed.
  const queue = page.getByRole("region", { name: /Suggested 5K updates/ });
  await expect(queue.getByRole("heading")).toHaveText("Suggested 5K updates (1)");
  const review = queue.getByRole("link", { name: /Review Ada Fast's session/ });
  await expect(review).toHaveAttribute("href", `/sessions/${assignmentIds["Ada Fast"]}`);
  await expect(queue).toContainText("faster");

  const next = page.getByRole("region", { name: "Coming up" });
  await expect(next).toContainText(`${long(GRID_DATES.next)} · 5 athletes`);
  await expect(next).toContainText(`${long(GRID_DATES.later)} · 3 athletes`);
  await check(page, testInfo, "dashboard");

  await review.click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${assignmentIds["Ada Fast"]}$`));
  await page.goBack();

  // Answered from the dashboard itself: Ada's new 5K is accepted and leaves the queue.
  await queue.getByRole("button", { name: "Accept new 5K for Ada Fast" }).click();
  await expect(queue.getByRole("heading")).toHaveText("Suggested 5K updates (0)");
  await expect(queue).toContainText("No suggestions waiting");

  // The date picker: the older session, which everyone logged.
  await page.getByLabel("Session date").selectOption(GRID_DATES.older);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(new RegExp(`date=${GRID_DATES.older}`));
  await expect(page.getByRole("heading", { name: long(GRID_DATES.older) })).toBeVisible();
  await expect(notLogged.getByRole("heading")).toHaveText("Not logged (0)");
  await expect(page.getByText("Everyone has logged this session.")).toBeVisible();

  // A date ahead: nobody has logged yet, each cell shows the target.
  await page.getByLabel("Session date").selectOption(GRID_DATES.next);
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByText("Nobody has logged this session yet.")).toBeVisible();
  await expect(grid.getByRole("row", { name: /Ada Fast/ })).toContainText("target 6:24");
  await check(page, testInfo, "dashboard-nobody-logged");

  // The other squad has no sessions: say what to do.
  await page.getByRole("navigation", { name: "Coached squads" }).getByRole("link").last().click();
  await expect(page.getByRole("heading", { level: 1, name: "B empty squad" })).toBeVisible();
  await expect(page.getByText("Assign the 4-3-2-1 to see the squad's results here")).toBeVisible();
  await expect(page.getByRole("link", { name: "Assign the 4-3-2-1" })).toHaveAttribute(
    "href",
    `/squads/${emptySquadId}/assign`,
  );
  await check(page, testInfo, "dashboard-no-sessions");
});

test("a squad with no sessions yet says how to start", async ({ page }, testInfo) => {
  const { squadUrl } = await coachWithSquad(page, "Never assigned");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "No sessions yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Assign the 4-3-2-1" })).toHaveAttribute(
    "href",
    `${new URL(squadUrl).pathname}/assign`,
  );
  await check(page, testInfo, "dashboard-new-squad");

  // Someone else's squad (or a deleted one) in the address: the coach's own, saying so.
  await page.goto("/dashboard?squad=not-a-squad-of-mine");
  await expect(page.getByRole("heading", { level: 1, name: "Never assigned" })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "not one you coach" })).toBeVisible();
  await page.goto(`/dashboard?squad=${new URL(squadUrl).pathname.split("/").at(-1)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Never assigned" })).toBeVisible();
  await expect(page.getByText("not one you coach")).toHaveCount(0);
});
