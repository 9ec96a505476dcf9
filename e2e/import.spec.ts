import { importFitBytes } from "../lib/server/imports/testing";
import { expect, test } from "./test";
import { createSession, createSquad, createUser } from "./factories";
import { signIn } from "./fixtures";
import { checkPage } from "./page-check";

test("an athlete imports a watch file on the log page, moves a boundary, saves and sees the chart", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000); // reading, the page check at two widths, saving, the session page
  const athlete = await createUser("Athlete", "ATHLETE");
  const squad = await createSquad({ athletes: [{ name: athlete.name, user: athlete }] });
  // The simulated watch file was recorded on 14 May 2026: the session is that day.
  const sessionId = await createSession({ athleteId: squad.athleteIds[0]!, day: "2026-05-14" });
  await signIn(page, athlete.email);
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
  await page.goto(`/sessions/${sessionId}/log`);

  const card = page.getByRole("region", { name: "Import from watch" });
  await card.getByLabel("Choose the watch file, or drop it here").setInputFiles({
    name: "morning-run.fit",
    mimeType: "application/vnd.ant.fit",
    buffer: Buffer.from(importFitBytes()),
  });
  // How it was read, and the reading against the targets in the session page's chart and table.
  await expect(card.getByText("4 reps from the lap button.")).toBeVisible({ timeout: 20_000 });
  await expect(card.getByText(/Garmin hrm1, FIT, morning-run\.fit, started/)).toBeVisible();
  const summary = card.getByRole("table", { name: /Rep by rep: time against target/ });
  await expect(summary.getByRole("row")).toHaveCount(8); // header, 4 reps, 3 jogs
  await expect(card.locator("[data-point]").first()).toBeVisible();
  await checkPage(page, testInfo, "import-review");

  // Rep 3 really started one lap press earlier: it takes in the jog before it.
  const from = card.getByLabel("From (Rep 3 (800 m))");
  const first = Number(await from.inputValue());
  const before = await summary.getByRole("row", { name: /^800/ }).textContent();
  await from.selectOption(String(first - 1));
  await expect(card.getByText("Reps regrouped by you.")).toBeVisible();
  await expect(summary.getByRole("row", { name: /^800/ })).not.toHaveText(before ?? "");

  await card.getByRole("button", { name: "Save" }).click();
  await page.waitForURL(new RegExp(`/sessions/${sessionId}$`));
  await expect(page.getByText(/Imported from Garmin hrm1, FIT, morning-run\.fit/)).toBeVisible();
  await expect(page.getByRole("link", { name: "Download the original file" })).toBeVisible();
  const chart = page.getByRole("region", { name: "Lap by lap" });
  await expect(chart.getByRole("group", { name: "Rep laps" }).locator("[data-point]")).toHaveCount(
    10,
  );
});
