import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "./test";
import type { PrescriptionView } from "@/components/targets/describe-prescription";
import type { Prescription } from "@/lib/pacing";
import type { TargetsFieldErrors } from "@/lib/validation/targets";

function card(page: Page, fiveK: string) {
  return page.getByRole("region", { name: `4-3-2-1 targets for a ${fiveK} 5K` });
}

async function showTargets(page: Page, fiveK: string, units: "Metric" | "Imperial") {
  await page.getByRole("textbox", { name: "5K time" }).fill(fiveK);
  await page.getByRole("radio", { name: new RegExp(`^${units}`) }).check();
  await page.getByRole("button", { name: "Show targets" }).click();
}

test.describe("without JavaScript, as a plain form", () => {
  test.use({ javaScriptEnabled: false });

  test("a 20:00 metric 5K gives the worked example's targets at a shareable URL", async ({
    page,
  }) => {
    await page.goto("/calculator");
    await showTargets(page, "20:00", "Metric");
    await expect(page).toHaveURL(/\/calculator\?fiveK=20%3A00&units=metric$/);

    const targets = card(page, "20:00");
    const rep1 = targets.getByRole("row", { name: /^1600 m/ });
    await expect(rep1.getByRole("cell").first()).toHaveText("6:24");
    await expect(rep1.getByRole("listitem")).toHaveText(["1:36", "3:12", "4:48", "6:24"]);
    await expect(
      targets
        .getByRole("row", { name: /^1200 m/ })
        .getByRole("cell")
        .first(),
    ).toHaveText("4:42.5");
    await expect(
      targets
        .getByRole("row", { name: /^800 m/ })
        .getByRole("cell")
        .first(),
    ).toHaveText("3:06");
    const jogs = targets.getByRole("row", { name: /^Jog/ });
    await expect(jogs).toHaveCount(3);
    for (const jog of await jogs.all())
      await expect(jog.getByRole("cell").first()).toHaveText("3:12");
    await expect(targets.getByRole("row", { name: /^Total/ })).toContainText("25:17");
  });
});

test("the page opens on the 20:00 example, and imperial gives the mile", async ({ page }) => {
  await page.goto("/calculator");
  await expect(page).toHaveTitle("4-3-2-1 calculator · Step-Down");
  await expect(page.getByRole("textbox", { name: "5K time" })).toHaveValue("20:00");
  await expect(card(page, "20:00").getByRole("row", { name: /^1600 m/ })).toBeVisible();

  await showTargets(page, "20:00", "Imperial");
  await expect(page).toHaveURL(/units=imperial/);
  const mile = card(page, "20:00").getByRole("row", { name: /^1 mile/ });
  await expect(mile.getByRole("cell").first()).toHaveText("6:26.2");
  await expect(card(page, "20:00")).toContainText("1:36.6 per 440 yd");
  await expect(card(page, "20:00").getByRole("row", { name: /^1600 m/ })).toHaveCount(0);
});

for (const [typed, message] of [
  ["61:00", "The 5K time must be 60:00 or faster"],
  ["abc", "Use digits and colons, like 20:00 or 1:36.2"],
] as const) {
  test(`"${typed}" gets its reason at the field and no card`, async ({ page }) => {
    await page.goto("/calculator");
    await showTargets(page, typed, "Metric");
    const field = page.getByRole("textbox", { name: "5K time" });
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(new RegExp(`${escape(message)}$`));
    await expect(field).toHaveValue(typed);
    await expect(page.getByText(message)).toBeVisible();
    await expect(page.getByRole("table")).toHaveCount(0);
  });
}

test("the JSON API gives the worked example's numbers", async ({ request }) => {
  const response = await request.get("/api/v1/targets?fiveK=20:00&units=metric");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("public, max-age=86400");
  const { prescription, display } = (await response.json()) as {
    prescription: Prescription;
    display: PrescriptionView;
  };
  expect(prescription).toMatchObject({ units: "metric", lapMeters: 400, fiveKSeconds: 1200 });
  expect(prescription.reps.map((rep) => rep.targetSeconds)).toEqual([384, 282.5, 186, 88.5]);
  expect(prescription.reps[0]?.splitSeconds).toEqual([96, 192, 288, 384]);
  expect(prescription.recovery).toEqual({ meters: 400, targetSeconds: 192, count: 3 });
  expect(prescription.totalSeconds).toBe(1517);
  expect(display.reps[1]?.target).toBe("4:42.5");
});

for (const [problem, query, message] of [
  ["letters for a time", "fiveK=abc", "Use digits and colons, like 20:00 or 1:36.2"],
  ["a missing fiveK", "units=metric", "Enter a 5K time, like 20:00"],
  ["unknown units", "fiveK=20:00&units=furlongs", "Choose metric or imperial"],
] as const) {
  test(`the JSON API answers 400 with a reason for ${problem}`, async ({ request }) => {
    const response = await request.get(`/api/v1/targets?${query}`);
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { error: string; fields: TargetsFieldErrors };
    expect(body.error).toBe(message);
    expect(Object.values(body.fields)).toEqual([message]);
  });
}

test("a 375 px phone reads the whole card without scrolling sideways", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  // Imperial with tenths gives the widest numbers the card shows.
  for (const url of ["/calculator", "/calculator?fiveK=18:42.3&units=imperial"]) {
    await page.goto(url);
    await expect(page.getByRole("table")).toBeVisible();
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, url).toBeLessThanOrEqual(clientWidth);
  }
});

test("printing keeps the card and drops the form", async ({ page }) => {
  await page.goto("/calculator");
  await expect(page.getByRole("button", { name: "Print" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("button", { name: "Show targets" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print" })).toBeHidden();
});

test("the calculator has no serious or critical accessibility violations", async ({ page }) => {
  for (const url of ["/calculator", "/calculator?fiveK=abc&units=imperial"]) {
    await page.goto(url);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(
      serious.map((v) => `${v.id}: ${v.help}`),
      url,
    ).toEqual([]);
  }
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
