/**
 * Setup for every integration test file (vitest.config.ts): routes @/lib/env and next/headers
 * through the seams in ./seams.ts. Until a test sets a seam they answer as the real modules do
 * (SMTP_URL unset, as in every test run; next/headers throwing outside a request).
 */
import { vi } from "vitest";

vi.mock("@/lib/env", async (original) =>
  (await import("@/lib/server/testing/seams")).envWithSeams(await original()),
);
vi.mock("next/headers", async (original) =>
  (await import("@/lib/server/testing/seams")).headersWithSeams(await original()),
);
