import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { actionRegistry, readRegistry, routeRegistry } from "@/lib/server/testing/authz-registry";
import {
  actionRows,
  describeCell,
  type ActionRow,
  runActionCell,
  runReadCell,
  verdict,
  type Cell,
} from "@/lib/server/testing/matrix";
import {
  buildWorld,
  PERSONAS,
  type PersonaName,
  type Target,
  type World,
} from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

const TARGETS: Target[] = ["same", "other"];
const ROOT = path.resolve(import.meta.dirname, "../..");

/** Cells run a few at a time; each has a world of its own, so they cannot disturb each other. */
async function inBatches<T>(jobs: (() => Promise<T>)[], size: number): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < jobs.length; i += size) {
    out.push(...(await Promise.all(jobs.slice(i, i + size).map((job) => job()))));
  }
  return out;
}

describe("the authorization matrix", () => {
  it("allows exactly what the rules allow, and a refused write changes nothing", async () => {
    const started = Date.now();
    // A fresh world per allowed action cell: an allowed write (a deleted squad, a removed
    // coach) must not decide the next cell. The cells the rules refuse write nothing, so each
    // row's share one world: a refusal that wrote anyway still shows in its own before/after
    // snapshots (and may show in a neighbour's too, which only adds lines to a failing report).
    const rows = actionRows(actionRegistry);
    const refusedWorlds = new Map<string, Promise<World>>();
    const worldFor = (row: ActionRow, persona: PersonaName, target: Target) => {
      if (row.case.allowed(persona, target)) return buildWorld(db);
      const shared = refusedWorlds.get(row.name) ?? buildWorld(db);
      refusedWorlds.set(row.name, shared);
      return shared;
    };
    const actionJobs = rows.flatMap((row) =>
      PERSONAS.flatMap((persona) =>
        (row.entry.scope === "self" ? (["same"] as const) : TARGETS).map(
          (target) => async () =>
            runActionCell(db, await worldFor(row, persona, target), row, persona, target),
        ),
      ),
    );
    const cells: Cell[] = await inBatches(actionJobs, 6);

    // Reads write nothing: one world serves them all, once with teammates' results private
    // (the default) and once shared, where teammates see each other's sessions and progress.
    for (const sharing of [false, true]) {
      const readWorld = await buildWorld(db, { sharing });
      const readJobs = Object.entries(readRegistry).flatMap(([name, entry]) =>
        "read" in entry
          ? PERSONAS.flatMap((persona) =>
              TARGETS.map((target) => () => runReadCell(readWorld, name, entry, persona, target)),
            )
          : [],
      );
      cells.push(...(await inBatches(readJobs, 6)));
    }

    const allows = cells.filter((c) => verdict(c) === "unexpected allow");
    const denies = cells.filter((c) => verdict(c) === "unexpected deny");
    const broken = cells.filter((c) => verdict(c) === "broken");
    // A row whose input works for no one tests nothing: its allowed cells only look right.
    const neverSucceeded = rows
      .filter((row) => !row.case.alwaysRefused)
      .filter((row) => !cells.some((c) => c.name === row.name && c.succeeded))
      .map((row) => row.name);

    console.log(
      `authz matrix: ${cells.length} cells, ${allows.length} unexpected allows, ${denies.length} unexpected denies`,
    );
    const problems = [
      ...[...allows, ...denies, ...broken].map(describeCell),
      ...neverSucceeded.map((name) => `${name}: no persona ever succeeded; is its input valid?`),
    ];
    expect(problems, `${problems.join("\n")}\n(${Date.now() - started} ms)`).toEqual([]);
    // Minutes, not seconds: about 1,700 cells, and this machine is often shared.
  }, 1_200_000);
});

/** Files under `dir` (relative to the project) whose path relative to `dir` matches. */
function filesUnder(dir: string, match: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: "utf8" })
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => match.test(f))
    .sort();
}

const HINT = "add it to (or remove it from) lib/server/testing/authz-registry.ts";
const missingAndStale = (onDisk: string[], registered: string[]) => ({
  missingFromRegistry: onDisk.filter((f) => !registered.includes(f)),
  noLongerOnDisk: registered.filter((f) => !onDisk.includes(f)).sort(),
});

describe("the registry covers everything a request can reach", () => {
  it("has every server action, under its file's name, and nothing else", async () => {
    const files = filesUnder("lib/server/actions", /\.tsx?$/)
      .filter((f) => !/\.test\.tsx?$/.test(f))
      .map((f) => f.replace(/\.tsx?$/, ""));
    expect(missingAndStale(files, Object.keys(actionRegistry)), HINT).toEqual({
      missingFromRegistry: [],
      noLongerOnDisk: [],
    });
    // Each file's action is the one registered under its name (no copy-paste mix-ups).
    const mismatched: string[] = [];
    for (const file of files) {
      const exports = (await import(path.join(ROOT, "lib/server/actions", file))) as Record<
        string,
        unknown
      >;
      const actions = Object.values(exports).filter(
        (e) => typeof e === "function" && "invoke" in e,
      );
      if (actions.length !== 1 || actions[0] !== actionRegistry[file]?.action)
        mismatched.push(file);
    }
    expect(mismatched, "each action file must export one action, the one registered").toEqual([]);
  });

  it("has no server action outside lib/server/actions", () => {
    const strays = ["app", "components", "lib"]
      .flatMap((dir) => filesUnder(dir, /\.tsx?$/).map((f) => `${dir}/${f}`))
      .filter((f) => !f.startsWith("lib/generated/") && !f.startsWith("lib/server/actions/"))
      .filter((f) => /^\s*["']use server["']/m.test(readFileSync(path.join(ROOT, f), "utf8")));
    expect(strays, "server actions live in lib/server/actions, one per file").toEqual([]);
  });

  it("has every route handler, each with the reason it is public", () => {
    const routes = filesUnder("app", /(^|\/)route\.(ts|tsx|js)$/).map((f) => `app/${f}`);
    expect(missingAndStale(routes, Object.keys(routeRegistry)), HINT).toEqual({
      missingFromRegistry: [],
      noLongerOnDisk: [],
    });
    for (const [route, entry] of Object.entries(routeRegistry)) {
      expect(entry.reason.length, route).toBeGreaterThan(10);
      if (!("guardedBy" in entry)) continue;
      // A guarded route asks its read, which the matrix runs as every persona.
      expect(readRegistry[entry.guardedBy], route).toHaveProperty("read");
      const source = readFileSync(path.join(ROOT, route), "utf8");
      expect(source, `${route} must call ${entry.guardedBy}`).toContain(`${entry.guardedBy}(`);
    }
  });

  it("has every read in lib/server/data, in the file it comes from", async () => {
    const found: string[] = [];
    for (const file of filesUnder("lib/server/data", /^[^/]+\.ts$/)) {
      if (file.endsWith(".test.ts")) continue;
      const exports = (await import(path.join(ROOT, "lib/server/data", file))) as Record<
        string,
        unknown
      >;
      for (const [name, value] of Object.entries(exports))
        if (typeof value === "function") found.push(`${file.replace(/\.ts$/, "")}.${name}`);
    }
    // A further row for the same read ("getAthlete: a former athlete") names its export first.
    const registered = [
      ...new Set(
        Object.entries(readRegistry).map(([name, e]) => `${e.file}.${name.split(":")[0]}`),
      ),
    ];
    expect(missingAndStale(found.sort(), registered), HINT).toEqual({
      missingFromRegistry: [],
      noLongerOnDisk: [],
    });
  });
});
