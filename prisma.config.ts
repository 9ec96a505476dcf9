import path from "node:path";
import { defineConfig } from "prisma/config";
import { databaseUrl } from "./lib/env";
import { migrationAdapter } from "./prisma/engine-adapter";

// The JS schema engine over a driver adapter: Prisma 6.19's only way to migrate with no engine
// download on these machines (docs/platform.md). DATABASE_URL is set by scripts/db.ts and friends.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: () => Promise.resolve(migrationAdapter(databaseUrl())),
});
