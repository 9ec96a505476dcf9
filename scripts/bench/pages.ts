/**
 * `npm run bench:pages`: full-page times at club scale, as a coach's browser gets them. Makes a
 * fresh database (on DATABASE_URL's server, else an embedded PostgreSQL in .data/pages-postgres),
 * seeds the `--large` squad (60 athletes x 2 years), builds the app if its sources changed
 * (NEXT_DIST_DIR), serves it with scripts/serve.ts, signs in as the squad's coach and times each
 * page's HTML over HTTP: warm-up, then rounds that request every page once in turn (so a busy
 * moment on the machine hits all pages alike), median per page. Prints one line per page with
 * its ratio to /account's median and PASS/FAIL against the goal (docs/performance.md).
 *   PAGES_RUNS=40 PAGES_PORT=3210 npm run bench:pages
 */
import { randomBytes } from "node:crypto";
import path from "node:path";
import type { ChildProcess } from "node:child_process";
import { createPrismaClient } from "@/lib/database/client";
import { migrateDeploy } from "@/lib/database/prisma-cli";
import { provisionDatabase } from "@/lib/database/provision";
import { databaseName, databaseUrlFor, dropDatabase, ensureDatabase } from "@/lib/database/server";
import { env } from "@/lib/env";
import { hashPassword } from "@/lib/security/password";
import { seedLarge } from "@/prisma/seed/large";
import { buildIsCurrent, recordBuild } from "../build-fingerprint";
import { nextBuild } from "../next-build";
import { bin, fail, onShutdown, run, stopChild } from "../process";
import { signIn, timePages, type Page } from "./http";

const RUNS = Number(process.env.PAGES_RUNS ?? 30);
const WARMUP = 5;
const PORT = Number(process.env.PAGES_PORT ?? env().PORT + 210);

/** The coach's pages of the large squad, with the ratio to /account each may reach. */
async function pagesOf(url: string, email: string): Promise<Page[]> {
  const db = createPrismaClient(url);
  try {
    const coach = await db.user.findUniqueOrThrow({
      where: { email },
      select: { memberships: { select: { squadId: true } } },
    });
    const squadId = coach.memberships[0]!.squadId;
    // The session page and the progress page of an athlete with a logged session.
    const logged = await db.assignment.findFirstOrThrow({
      where: { squadId, result: { isNot: null } },
      orderBy: [{ date: "desc" }, { id: "asc" }],
      select: { id: true, athleteId: true },
    });
    // The sheet of the session ahead, as a coach prints it (without a date the page redirects).
    const ahead = await db.assignment.findFirstOrThrow({
      where: { squadId },
      orderBy: { date: "desc" },
      select: { date: true },
    });
    const sheetDate = ahead.date.toISOString().slice(0, 10);
    return [
      { name: "account", path: "/account", goal: 1 },
      { name: "dashboard", path: "/dashboard", goal: 2.5 },
      { name: "progress", path: `/athletes/${logged.athleteId}/progress`, goal: 2.5 },
      { name: "squad", path: `/squads/${squadId}`, goal: 2 },
      { name: "calendar", path: `/squads/${squadId}/calendar`, goal: 2 },
      { name: "sheet", path: `/squads/${squadId}/sheet?date=${sheetDate}`, goal: 2 },
      { name: "session", path: `/sessions/${logged.id}`, goal: 2 },
    ];
  } finally {
    await db.$disconnect();
  }
}

/**
 * Fresh planner statistics, as autovacuum gathers them within a minute or so of a bulk load:
 * measured straight after seeding, PostgreSQL plans blind (it guessed 61 rows for a squad's 5,760
 * sessions and chose a nested loop over them), which says nothing about the app in use.
 */
async function analyze(url: string) {
  const db = createPrismaClient(url);
  try {
    await db.$executeRaw`ANALYZE`;
  } finally {
    await db.$disconnect();
  }
}

/** The large squad's coach in a kept database, with a new password (the first was not kept). */
async function newCoachPassword(url: string) {
  const db = createPrismaClient(url);
  try {
    const password = randomBytes(12).toString("base64url");
    const { email } = await db.user.findFirstOrThrow({
      where: { email: { endsWith: "@club.stepdown.test" } },
      select: { email: true },
    });
    await db.user.update({
      where: { email: email! },
      data: { passwordHash: await hashPassword(password) },
    });
    return { email: email!, password };
  } finally {
    await db.$disconnect();
  }
}

async function waitUntilUp(base: string, app: ChildProcess) {
  for (let i = 0; i < 240; i++) {
    if (app.exitCode !== null) throw new Error(`the app exited with code ${app.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the app did not answer on ${base} within 2 minutes`);
}

async function main() {
  const { DATABASE_URL, EMBEDDED_PG_PORT } = env();
  const server = await provisionDatabase({
    databaseUrl: DATABASE_URL,
    database: "postgres",
    embeddedPort: EMBEDDED_PG_PORT + 3,
    dataDir: path.join(".data", "pages-postgres"),
  });
  // PAGES_KEEP_DB=1 keeps the seeded database and PAGES_REUSE_DB=<its name> measures it again:
  // seeding takes minutes on a busy machine, a second look at a change need not.
  const reuse = process.env.PAGES_REUSE_DB;
  const keep = !!process.env.PAGES_KEEP_DB || !!reuse;
  const url = databaseUrlFor(server.url, reuse ?? `stepdown_pages_${process.pid}`);
  let app: ChildProcess | undefined;
  const cleanup = async () => {
    await stopChild(app);
    app = undefined;
    if (keep) console.log(`kept the database: PAGES_REUSE_DB=${databaseName(url)}`);
    else await dropDatabase(url).catch(() => undefined);
    await server.stop();
  };
  onShutdown(cleanup);
  try {
    const started = Date.now();
    if (!reuse) {
      await ensureDatabase(url);
      await migrateDeploy(url);
    }
    const { email, password } = reuse ? await newCoachPassword(url) : await seedLarge(url);
    if (!reuse)
      console.log(`seeded the large squad in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await analyze(url);
    const pages = await pagesOf(url, email);
    const secret = randomBytes(32).toString("base64url");
    const appEnv = {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: secret,
      AUTH_TRUST_HOST: "true",
    };
    if (!buildIsCurrent()) {
      await nextBuild({ env: appEnv });
      recordBuild();
    }
    app = run(bin("tsx", "dist/cli.mjs"), ["scripts/serve.ts", "-p", String(PORT)], {
      env: appEnv,
      stdio: ["ignore", "ignore", "inherit"],
    });
    const base = `http://localhost:${PORT}`;
    await waitUntilUp(base, app);
    const cookie = await signIn(base, email, password);
    const medians = await timePages(base, cookie, pages, { warmup: WARMUP, runs: RUNS });
    const floor = medians.get("account")!;
    console.log(`pages: median of ${RUNS} full-page requests each, signed in as the club coach`);
    for (const page of pages) {
      const ms = medians.get(page.name)!;
      const ratio = ms / floor;
      const verdict = page.name === "account" ? "" : ratio <= page.goal ? " PASS" : " FAIL";
      console.log(
        `${page.name.padEnd(10)} ${ms.toFixed(1).padStart(6)} ms  ${ratio.toFixed(2)}x /account (goal <= ${page.goal})${verdict}`,
      );
    }
  } finally {
    await cleanup();
  }
}

main().then(() => process.exit(0), fail);
