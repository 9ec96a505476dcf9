import { test as base, type Page } from "@playwright/test";
import type { Db } from "../lib/database/client";
import { DEMO_COACH_STATE } from "./auth-state";
import { disconnectTestDb, testDb } from "./db-fixtures";

/**
 * The browser tests' fixture layer: import `test` and `expect` from here, not from
 * @playwright/test.
 * - `db`: the worker's one database client (e2e/db-fixtures.ts), closed when the worker ends.
 * - `coachPage`: a page in a fresh context already signed in as the demo coach (the state the
 *   setup project saved), beside the test's own signed-out `page`.
 * Worlds to test against come from e2e/factories.ts; people who sign up through the form from
 * e2e/fixtures.ts.
 */
export const test = base.extend<{ coachPage: Page }, { db: Db }>({
  // `provide` is Playwright's `use`, renamed so React's hook rule does not mistake it for one.
  db: [
    async ({}, provide) => {
      await provide(testDb());
      await disconnectTestDb();
    },
    { scope: "worker", auto: true },
  ],
  coachPage: async ({ browser }, provide) => {
    const context = await browser.newContext({ storageState: DEMO_COACH_STATE });
    await provide(await context.newPage());
    await context.close();
  },
});

export { expect } from "@playwright/test";
export type { APIRequestContext, BrowserContext, Page, TestInfo } from "@playwright/test";
export { DEMO_COACH_STATE };
