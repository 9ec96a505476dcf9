/**
 * `npm run load`: two production instances of the app on one PostgreSQL behind a round-robin
 * proxy, filled with the club-scale squad and 50 small squads, driven for ~80 s by autocannon
 * (50 coaches browsing, athletes opening their home page, the /api/health floor) while 50
 * stopwatches upload a burst of results through the stopwatch's own server action. Mid-burst
 * PostgreSQL is restarted and instance 2 is stopped (SIGTERM, as a deploy or `kill` does).
 * Method and figures: docs/operations.md ("Load and faults").
 *   npm run load                  its own embedded PostgreSQL (port 54340), ports 3201-3203
 *   DATABASE_URL=… npm run load   that server instead (it is not restarted)
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbedded } from "@/lib/database/embedded";
import { migrateDeploy } from "@/lib/database/prisma-cli";
import { provisionDatabase } from "@/lib/database/provision";
import { env } from "@/lib/env";
import { bin, fail, run, stopChild } from "../process";
import { startBalancer } from "./balancer";
import { browse, type Route } from "./browse";
import { ensureBuild } from "./build";
import { errors, latency, routeLine } from "./report";
import { seedLoad, type Coach } from "./seed";
import { signIn } from "./sign-in";
import { runUploads, type Sample } from "./uploads";
import { verifySharing } from "./sharing";

const PG_PORT = 54_340;
const [BALANCER, APP1, APP2] = [3201, 3202, 3203];
const LOAD_SECONDS = 80;
// The uploads land between 10 s and 55 s; the faults fall inside that burst.
const BURST = { startMs: 10_000, lengthMs: 45_000 };
const FAULTS = { restartAtMs: 20_000, downMs: 4_000, killAtMs: 35_000 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (line: string) => console.log(`· ${line}`);

async function waitHealthy(port: number, timeoutMs = 120_000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`The app on port ${port} did not become healthy.`);
}

/** logResult's server action id, from the build's manifest (the stopwatch page posts to it). */
function logResultActionId(): string {
  const manifest = JSON.parse(
    readFileSync(
      path.join(env().NEXT_DIST_DIR, "server", "server-reference-manifest.json"),
      "utf8",
    ),
  ) as { node: Record<string, { exportedName?: string; filename?: string }> };
  const found = Object.entries(manifest.node).find(
    ([, entry]) => entry.exportedName === "logResult" && entry.filename?.includes("log-result"),
  );
  if (!found) throw new Error("logResult's action id is not in the build's manifest.");
  return found[0];
}

async function main() {
  const started = Date.now();
  const work = mkdtempSync(path.join(tmpdir(), "stepdown-load-"));
  chmodSync(work, 0o755); // the embedded server runs as `postgres`
  const dataDir = path.join(work, "postgres");
  const given = env().DATABASE_URL;
  log(given ? "Using the PostgreSQL in DATABASE_URL." : `Embedded PostgreSQL in ${dataDir}.`);
  const database = await provisionDatabase({
    databaseUrl: given,
    database: `stepdown_load_${randomBytes(3).toString("hex")}`,
    embeddedPort: PG_PORT,
    dataDir,
  });
  let stopDatabase = database.stop;
  const apps: ReturnType<typeof run>[] = [];
  const balancer = startBalancer(BALANCER, [APP1, APP2]);
  try {
    await migrateDeploy(database.url);
    log("Seeding the club-scale squad and 50 small squads…");
    const data = await seedLoad(database.url);
    log(`Seeded in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
    await ensureBuild(log);
    const actionId = logResultActionId();

    const secret = randomBytes(32).toString("base64url");
    for (const port of [APP1, APP2]) {
      const out = openSync(path.join(work, `app-${port}.log`), "a");
      apps.push(
        run(bin("tsx", "dist/cli.mjs"), ["scripts/serve.ts", "-p", String(port)], {
          stdio: ["ignore", out, out],
          env: {
            ...process.env,
            DATABASE_URL: database.url,
            AUTH_SECRET: secret,
            NEXTAUTH_SECRET: secret,
            AUTH_TRUST_HOST: "true",
            TRUSTED_PROXIES: "loopback",
          },
        }),
      );
    }
    await Promise.all([waitHealthy(APP1), waitHealthy(APP2), balancer.listening]);
    log(
      `Two instances up (ports ${APP1}, ${APP2}) behind the proxy on ${BALANCER}; logs in ${work}.`,
    );

    const sharing = await verifySharing(
      `http://127.0.0.1:${APP1}`,
      `http://127.0.0.1:${APP2}`,
      data.coaches[0]!,
    );
    log(sharing);

    const base = `http://127.0.0.1:${BALANCER}`;
    // Each person signs in from an address of their own (the proxy forwards it, the app
    // trusts loopback), so the per-address sign-in limit sees 70 people, not one.
    const signInAll = async <T extends { email: string; password: string }>(
      people: T[],
      net: number,
    ) => {
      const cookies: string[] = [];
      for (let i = 0; i < people.length; i += 8)
        cookies.push(
          ...(await Promise.all(
            people
              .slice(i, i + 8)
              .map((p, j) => signIn(base, p.email, p.password, `10.${net}.${i + j}.1`)),
          )),
        );
      return cookies;
    };
    const coachCookies = await signInAll(data.coaches, 1);
    const athletes = data.athletes.slice(0, 20);
    const athleteCookies = await signInAll(athletes, 2);
    log(`${coachCookies.length} coaches and ${athleteCookies.length} athletes signed in.`);

    // 50 browsing coaches: the club-scale squad's and 49 small squads'.
    const browsing = data.coaches.slice(0, 50);
    const coach = (i: number): Coach => browsing[i % browsing.length]!;
    const cookieOf = (i: number) => coachCookies[i % browsing.length]!;
    const coachRoute = (name: string, connections: number, to: (c: Coach) => string): Route => ({
      name,
      connections,
      rate: 0.12,
      path: (i) => to(coach(i)),
      cookie: cookieOf,
    });
    const routes: Route[] = [
      { name: "health", connections: 1, rate: 1, path: () => "/api/health" },
      coachRoute("dashboard", 9, () => "/dashboard"),
      coachRoute("squad", 9, (c) => `/squads/${c.squadId}`),
      coachRoute("session", 8, (c) => `/sessions/${c.sessionId}`),
      coachRoute("progress", 8, (c) => `/athletes/${c.athleteId}/progress`),
      coachRoute("calendar", 8, (c) => `/squads/${c.squadId}/calendar`),
      coachRoute("sheet", 8, (c) => `/squads/${c.squadId}/sheet`),
      {
        name: "athlete",
        connections: 20,
        rate: 0.1,
        path: () => "/dashboard",
        cookie: (i) => athleteCookies[i % athleteCookies.length]!,
      },
    ];

    const t0 = Date.now();
    const at = () => ((Date.now() - t0) / 1000).toFixed(1);
    const cookieBySquad = new Map(data.coaches.map((c, i) => [c.squadId, coachCookies[i]!]));
    const browsed = browse(base, routes, LOAD_SECONDS);
    const uploads = sleep(BURST.startMs).then(() =>
      runUploads({
        base,
        actionId,
        pending: data.pending,
        cookieFor: (squadId) => cookieBySquad.get(squadId)!,
        burstMs: BURST.lengthMs,
        // The stopwatch keeps a result until it is taken: retries go on after the browsing.
        deadline: t0 + LOAD_SECONDS * 1000 + 70_000,
      }),
    );

    let restart = "not restarted (DATABASE_URL given: not ours to restart)";
    const faults = (async () => {
      await sleep(FAULTS.restartAtMs);
      if (!given) {
        const downAt = at();
        const down = Date.now();
        await stopDatabase();
        await sleep(FAULTS.downMs);
        const server = await startEmbedded({ dataDir, port: PG_PORT });
        stopDatabase = server.stop;
        restart = `restarted at ${downAt} s (down ${((Date.now() - down) / 1000).toFixed(1)} s)`;
      }
      await sleep(Math.max(0, FAULTS.killAtMs - (Date.now() - t0)));
      const killedAt = at();
      await stopChild(apps[1]);
      return killedAt;
    })();

    const [samples, upload, killedAt] = await Promise.all([browsed, uploads, faults]);
    const seconds = (Date.now() - t0) / 1000;
    samples.set("upload", upload.samples);
    const all: Sample[] = [...samples.values()].flat();
    const e = errors(all);

    const counted = await countResults(database.url, upload.keys);
    console.log("");
    console.log(
      `load: ${all.length} requests over ${seconds.toFixed(0)} s on 2 app instances, ${e.errors} errors (5xx other than 503: ${e.hard})`,
    );
    console.log(
      `results: ${upload.samples.length} uploads with ${upload.keys.size} distinct keys, ${counted.stored} stored, ${counted.duplicates} duplicates, ${counted.lost} lost`,
    );
    console.log(`faults: database ${restart}, instance 2 killed at ${killedAt} s`);
    const statuses = new Map<number, number>();
    for (const s of all)
      if (s.status !== 200) statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
    const floor = latency(samples.get("health")!).p50;
    for (const [name, routeSamples] of samples) console.log(routeLine(name, routeSamples, floor));
    console.log(
      `  (statuses other than 200: ${[...statuses].map(([k, v]) => `${k || "none"} x ${v}`).join(", ") || "none"}; ${e.unavailable} answered 503 while the database was down; ${e.noAnswer} unanswered; the proxy moved ${balancer.retried()} requests off a stopped instance; whole run ${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  } finally {
    await balancer.close();
    await Promise.all(apps.map((app) => stopChild(app)));
    await stopDatabase();
    rmSync(dataDir, { recursive: true, force: true });
    console.log(`  (the instances' logs: ${work})`);
  }
}

/** Stored, doubled and lost, counted in the database: by key, by assignment and by laps. */
async function countResults(url: string, keys: Map<string, string>) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ assignmentId: string; key: string; laps: string }>(
      `SELECT r."assignmentId", r."idempotencyKey" AS key, count(l.id) AS laps
       FROM "SessionResult" r LEFT JOIN "Lap" l ON l."resultId" = r.id
       WHERE r."assignmentId" = ANY($1) GROUP BY r.id`,
      [[...keys.keys()]],
    );
    const stored = rows.filter((r) => keys.get(r.assignmentId) === r.key);
    const perAssignment = new Map<string, number>();
    for (const r of rows)
      perAssignment.set(r.assignmentId, (perAssignment.get(r.assignmentId) ?? 0) + 1);
    // 4+3+2+1 rep laps and 3 recoveries: more laps than that would be a doubled write.
    const duplicates =
      [...perAssignment.values()].filter((n) => n > 1).length +
      stored.filter((r) => Number(r.laps) > 13).length;
    return { stored: stored.length, duplicates, lost: keys.size - stored.length };
  } finally {
    await client.end();
  }
}

main().then(() => process.exit(0), fail);
