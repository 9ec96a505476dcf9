/**
 * `npm run bench`: seeds a separate database (stepdown_bench) with four squads, 10 and 60
 * athletes x 6 and 24 months of weekly, fully logged 4-3-2-1 sessions (the largest: 60 x 2
 * years, ~6,200 results and ~81,000 laps), then measures the squad dashboard's and the athlete
 * progress page's server reads against a floor (the same rows read with plain pg and
 * serialised) and counts their database round trips at every size. See docs/performance.md.
 * Uses DATABASE_URL's server when given, else an embedded PostgreSQL in .data/bench-postgres.
 */
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createPrismaClient } from "@/lib/database/client";
import { migrateDeploy } from "@/lib/database/prisma-cli";
import { provisionDatabase } from "@/lib/database/provision";
import { databaseUrlFor, dropDatabase, ensureDatabase } from "@/lib/database/server";
import { env } from "@/lib/env";
import { seedBenchSquad, type BenchSquad } from "@/prisma/seed/club-squad";
import { bin, exitCode, fail, onShutdown, run } from "./process";

const SIZES: [athletes: number, months: number][] = [
  [10, 6],
  [10, 24],
  [60, 6],
  [60, 24],
];

async function main() {
  const { DATABASE_URL, EMBEDDED_PG_PORT } = env();
  const server = await provisionDatabase({
    databaseUrl: DATABASE_URL,
    database: "postgres",
    embeddedPort: EMBEDDED_PG_PORT + 2,
    dataDir: path.join(".data", "bench-postgres"),
  });
  const url = databaseUrlFor(server.url, "stepdown_bench");
  onShutdown(server.stop);
  try {
    await dropDatabase(url);
    await ensureDatabase(url);
    await migrateDeploy(url);
    const db = createPrismaClient(url);
    const squads: BenchSquad[] = [];
    const started = Date.now();
    for (const [athletes, months] of SIZES) {
      squads.push(await seedBenchSquad(db, `${athletes}x${months}m`, athletes, months));
    }
    const [results, laps] = await Promise.all([db.sessionResult.count(), db.lap.count()]);
    await db.$disconnect();
    console.log(
      `seeded ${results} results and ${laps} laps in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    const file = path.join(tmpdir(), `stepdown-bench-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(squads));
    // A child process with React's server conditions, so the app's server-only reads load as in Next.
    const child = run(
      bin("tsx", "dist/cli.mjs"),
      ["--conditions=react-server", "scripts/bench/measure.ts", file],
      {
        env: { ...process.env, DATABASE_URL: url },
      },
    );
    const code = await exitCode(child);
    if (code !== 0) throw new Error(`the measurement failed (exit ${code})`);
  } finally {
    await dropDatabase(url).catch(() => undefined);
    await server.stop();
  }
}

main().then(() => process.exit(0), fail);
