import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, type TestInfo } from "@playwright/test";

/**
 * What every view is held to: at phone (375 px) and desktop (1280 px) width, a full-page
 * screenshot kept with the test's artifacts and no sideways page scroll; then no serious or
 * critical axe violation. `settle` runs after each resize (charts re-measure their box).
 */
export async function checkPage(
  page: Page,
  testInfo: TestInfo,
  name: string,
  settle?: (page: Page) => Promise<void>,
) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await settle?.(page);
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path, contentType: "image/png" });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${name} scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
  }
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    bad.map((v) => `${v.id}: ${v.help} (${v.nodes[0]?.target.join(" ")})`),
    `${name} accessibility`,
  ).toEqual([]);
}
