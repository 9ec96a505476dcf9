/**
 * `npm start`: everything the app needs, then the app. With no DATABASE_URL it starts the embedded
 * PostgreSQL (data in .data/postgres), applies migrations, seeds demo data on the very first start,
 * builds when the sources changed since the last build, and serves on PORT (3000).
 * `npm run dev` does the same with the Next dev server instead of a production build.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { ChildProcess } from "node:child_process";
import { migrateDeploy } from "@/lib/database/prisma-cli";
import { assertPortFree } from "@/lib/database/ports";
import { provisionDatabase, type ProvisionedDatabase } from "@/lib/database/provision";
import { env } from "@/lib/env";
import { hasAnyUser, seedDemo } from "@/prisma/seed/demo";
import { demoSignInLine } from "@/prisma/seed/demo-password";
import { buildIsCurrent, recordBuild } from "./build-fingerprint";
import { nextBuild } from "./next-build";
import { bin, exitCode, fail, onShutdown, run, stopChild } from "./process";

const dev = process.argv.includes("--dev");

/** A stable secret for signing sessions: AUTH_SECRET if given, else one generated on first start. */
function authSecret(): string {
  const given = env().AUTH_SECRET;
  if (given) return given;
  const file = ".data/auth-secret";
  if (!existsSync(file)) {
    mkdirSync(".data", { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

async function main() {
  const { DATABASE_URL, EMBEDDED_PG_PORT, PORT, NEXTAUTH_URL } = env();
  await assertPortFree(PORT, "the app", "PORT"); // before anything slow, not after a build
  console.log(
    DATABASE_URL ? "Using the PostgreSQL in DATABASE_URL." : "Starting the embedded PostgreSQL…",
  );
  const database = await provisionDatabase({
    databaseUrl: DATABASE_URL,
    database: "stepdown",
    embeddedPort: EMBEDDED_PG_PORT,
    dataDir: env().EMBEDDED_PG_DATA,
  });
  let app: ChildProcess | undefined;
  onShutdown(async () => {
    await stopChild(app);
    await database.stop();
  });

  let code = 1;
  try {
    await prepare(database);
    const secret = authSecret();
    // scripts/serve.ts: Next behind our own HTTP server, which sets X-Forwarded-For itself.
    const serveArgs = ["scripts/serve.ts", ...(dev ? ["--dev"] : []), "-p", String(PORT)];
    app = run(bin("tsx", "dist/cli.mjs"), serveArgs, {
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        AUTH_SECRET: secret,
        NEXTAUTH_SECRET: secret,
        // Sign-in redirects follow the address the browser used (a phone on the club's Wi-Fi,
        // not just localhost) unless NEXTAUTH_URL pins one.
        ...(NEXTAUTH_URL ? { NEXTAUTH_URL } : { AUTH_TRUST_HOST: "true" }),
      },
    });
    code = await exitCode(app);
  } finally {
    await database.stop(); // also when preparing failed: never leave PostgreSQL running
  }
  process.exit(code);
}

/** Schema, first-start demo data and an up-to-date production build. */
async function prepare(database: ProvisionedDatabase) {
  await migrateDeploy(database.url);
  console.log("Database schema is up to date.");
  // "First start" is a database with no accounts yet (db:migrate may have made it already). The
  // seed is one transaction, so a failed one leaves nothing behind and the next start retries.
  if (database.embedded && !(await hasAnyUser(database.url))) {
    console.log("First start: adding the demo squad…");
    await seedDemo(database.url);
  }
  if (!dev && !buildIsCurrent()) {
    console.log("Building the app (first start, or the sources changed)…");
    await nextBuild();
    recordBuild();
  }
  // The generated demo password (.data/demo-password), on every start while it still works.
  const demo = await demoSignInLine(database.url);
  if (demo) console.log(demo);
}

main().catch(fail);
