import { expect, test as setup } from "@playwright/test";
import { DEMO_COACH } from "../prisma/seed/demo-squad";
import { DEMO_COACH_STATE } from "./auth-state";
import { DEMO_TEST_PASSWORD, seedDemoForTests } from "./demo-fixtures";
import { signIn } from "./fixtures";

/**
 * Runs before every spec (playwright.config.ts: the "setup" project): seeds the demo squad into
 * this run's database and signs its coach in once through the real form, saving the browser's
 * state for the specs that start signed in (`test.use({ storageState: DEMO_COACH_STATE })`).
 */
setup("sign in the demo coach", async ({ page }) => {
  await seedDemoForTests();
  await signIn(page, DEMO_COACH.email, DEMO_TEST_PASSWORD);
  await page.waitForURL("**/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.context().storageState({ path: DEMO_COACH_STATE });
});
