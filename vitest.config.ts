import path from "node:path";
import { defineConfig } from "vitest/config";

// Two projects: pure unit tests, and integration tests that need the real PostgreSQL that
// scripts/test.ts prepares (a fresh database per run, its URL in DATABASE_URL).
export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Tests run lib/server code in plain Node, outside React's server environment.
      "server-only": path.resolve(import.meta.dirname, "node_modules/server-only/empty.js"),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts"],
          exclude: ["lib/server/**", "lib/database/**", "node_modules/**"],
          environment: "node",
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["lib/server/**/*.test.ts", "lib/database/**/*.test.ts", "prisma/**/*.test.ts"],
          environment: "node",
          // Tests share one database; files run one at a time so row counts stay predictable.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // The env and request seams the email tests set (lib/server/testing/seams.ts).
          setupFiles: ["lib/server/testing/seams-setup.ts"],
        },
      },
    ],
    coverage: {
      provider: "v8",
      include: ["lib/pacing/**/*.ts"],
      exclude: ["lib/pacing/**/*.test.ts"],
      reporter: ["text-summary", "text"],
    },
  },
});
