/**
 * The measuring half of `npm run bench` (run by scripts/bench.ts with React's server conditions
 * and DATABASE_URL pointing at the seeded database). Prints one line per page:
 * <page>: <ms> ms vs floor <ms> ms = <ratio>x, <n> round trips (10 athletes: <n>, 60: <n>; 6 months: <n>, 24: <n>)
 */
import { readFileSync } from "node:fs";
import pg from "pg";
import type { Viewer } from "@/lib/server/auth/session";
import type { BenchSquad } from "@/prisma/seed/club-squad";
import { athleteProgressFloor, squadDashboardFloor } from "./floor";

// Round trips counted where they happen: every query a pg client sends (the app's pool included).
let trips = 0;
// eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound below with apply(this)
const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  trips++;
  return query.apply(this, args);
} as typeof pg.Client.prototype.query;

const WARMUP = 5;
const RUNS = 30;

async function medianMs(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)]!;
}

async function roundTrips(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm (connections open, statements known)
  trips = 0;
  await fn();
  return trips;
}

const viewerOf = (s: BenchSquad): Viewer => ({
  id: s.coachId,
  name: "Coach",
  email: null,
  role: "COACH",
  units: "METRIC",
  timeZone: "UTC",
});

async function main() {
  const squads = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as BenchSquad[];
  const by = (athletes: number, months: number) =>
    squads.find((s) => s.athletes === athletes && s.months === months)!;
  const { getSquadDashboard } = await import("@/lib/server/data/squad-dashboard");
  const { getAthleteProgress } = await import("@/lib/server/data/athlete-progress");
  // Its own small pool, so the floor's queries run in parallel as the app's may.
  const floorClient = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });

  const pages = [
    {
      name: "squad dashboard",
      app: (s: BenchSquad) => async () =>
        JSON.stringify(await getSquadDashboard(viewerOf(s), s.squadId, s.lastDate)),
      floor: (s: BenchSquad) => () => squadDashboardFloor(floorClient, s.squadId, s.lastDate),
    },
    {
      name: "athlete progress",
      app: (s: BenchSquad) => async () =>
        JSON.stringify(
          await getAthleteProgress(viewerOf(s), s.athleteId, {
            from: "2000-01-01",
            to: s.lastDate,
          }),
        ),
      floor: (s: BenchSquad) => () =>
        athleteProgressFloor(floorClient, s.athleteId, "2000-01-01", s.lastDate),
    },
  ];
  const largest = by(60, 24);
  for (const page of pages) {
    const appMs = await medianMs(page.app(largest));
    const floorMs = await medianMs(page.floor(largest));
    const counts = {
      a10: await roundTrips(page.app(by(10, 24))),
      a60: await roundTrips(page.app(largest)),
      m6: await roundTrips(page.app(by(60, 6))),
      m24: await roundTrips(page.app(largest)),
    };
    console.log(
      `${page.name}: ${appMs.toFixed(1)} ms vs floor ${floorMs.toFixed(1)} ms = ${(appMs / floorMs).toFixed(2)}x, ${counts.a60} round trips (10 athletes: ${counts.a10}, 60: ${counts.a60}; 6 months: ${counts.m6}, 24: ${counts.m24})`,
    );
  }
  await floorClient.end();
  process.exit(0);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
