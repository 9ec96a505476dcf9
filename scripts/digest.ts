/**
 * `npm run digest`: emails the daily digest to every coach who asked for it (account settings),
 * at most once per coach and day however often it runs. Meant for cron, against the app's own
 * database (DATABASE_URL; the embedded one only while `npm start` is stopped, since they share a
 * data folder). Does nothing, and says so, without SMTP_URL. See docs/operations.md ("Daily
 * digest").
 */
import { env } from "@/lib/env";
import { provisionDatabase } from "@/lib/database/provision";
import { bin, exitCode, fail, onShutdown, run } from "./process";

async function main() {
  const database = await provisionDatabase({
    databaseUrl: env().DATABASE_URL,
    database: "stepdown",
    embeddedPort: env().EMBEDDED_PG_PORT,
    dataDir: env().EMBEDDED_PG_DATA,
  });
  onShutdown(database.stop);
  try {
    // A child process with React's server conditions, so the app's server-only code loads as in Next.
    const child = run(
      bin("tsx", "dist/cli.mjs"),
      ["--conditions=react-server", "scripts/digest/run.ts"],
      { env: { ...process.env, DATABASE_URL: database.url } },
    );
    const code = await exitCode(child);
    if (code !== 0) throw new Error(`the digest run failed (exit ${code})`);
  } finally {
    await database.stop();
  }
}

main().then(() => process.exit(0), fail);
