import { databaseUrl } from "../lib/env";
import { seedDemo } from "../prisma/seed/demo";

/**
 * The browser tests' own password for the demo squad. A real first start generates one instead
 * (prisma/seed/demo-password.ts); the tests seed their fresh database with this one.
 */
export const DEMO_TEST_PASSWORD = "demo squad in the browser tests";

/** Seeds the demo squad once per run; a retry or a second spec finds it already there. */
export async function seedDemoForTests(): Promise<void> {
  await seedDemo(databaseUrl(), DEMO_TEST_PASSWORD).catch((error: Error) => {
    // Two specs seeding at once: the loser meets the winner's unique coach email.
    if (!/already there|Unique constraint/.test(error.message)) throw error;
  });
}
