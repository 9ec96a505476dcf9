import { expect, test } from "@playwright/test";
import { checkPage } from "./page-check";
import { coachWithSquad } from "./fixtures";
import { TRIAGE_ATHLETES as A, seedTriage } from "./triage-fixtures";

test("this week's triage names who needs a word, each line opening what it names", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const squadName = `A triage squad ${Date.now()}`;
  const { squadUrl } = await coachWithSquad(page, squadName);
  const { ids } = await seedTriage(squadUrl);

  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: squadName })).toBeVisible();
  const triage = page.getByRole("region", { name: "This week's triage" });
  await expect(triage).toBeVisible();

  const group = (name: RegExp) => triage.getByRole("region", { name });
  const names = (name: RegExp) =>
    group(name)
      .getByRole("link")
      .evaluateAll((links) => links.map((l) => l.textContent ?? ""));

  await expect(group(/^Missed the last session \(1\)/)).toBeVisible();
  expect(await names(/^Missed the last session/)).toEqual([
    expect.stringContaining(`${A.away} missed the last session`),
  ]);
  expect(await names(/^Off target on the same rep twice/)).toEqual([
    expect.stringContaining(`${A.fast} rep 2 (1200) too fast in the last two sessions`),
  ]);
  expect(await names(/^Fading late/)).toEqual([
    expect.stringContaining(`${A.fader} faded late in 2 of the last 3 sessions`),
  ]);
  expect(await names(/^5K suggestions waiting/)).toEqual([
    expect.stringContaining(`${A.quick} a faster 5K is suggested (Riegel 1.06)`),
  ]);
  expect(await names(/^No recent 5K mark/)).toEqual([
    expect.stringContaining(`${A.stale} has no 5K mark newer than 12 weeks`),
  ]);
  // The athlete who ran as prescribed is named nowhere.
  await expect(triage.getByText(A.even)).toHaveCount(0);

  // Lines open the session they name, or the athlete for an old mark.
  await expect(group(/^Missed/).getByRole("link")).toHaveAttribute(
    "href",
    `/sessions/${ids.missedSession}`,
  );
  await expect(group(/^Fading/).getByRole("link")).toHaveAttribute(
    "href",
    `/sessions/${ids.fadeSession}`,
  );
  await expect(group(/^No recent/).getByRole("link")).toHaveAttribute(
    "href",
    `/athletes/${ids[A.stale]}`,
  );
  await checkPage(page, testInfo, "triage");

  await group(/^Off target/)
    .getByRole("link")
    .click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${ids.fastSession}$`));

  // There, each rep stands beside the athlete's last time: the 1200 was as fast the week before.
  const context = page.getByRole("region", { name: "Against their last and best" });
  await expect(context).toBeVisible();
  await expect(context.getByRole("row", { name: /^1200/ })).toContainText("closest yet");
  await expect(context.getByRole("link").first()).toBeVisible();
  await checkPage(page, testInfo, "session-in-context");
});
