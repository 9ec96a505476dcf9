import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import {
  canSeeAssignment,
  canSeeAthlete,
  visibleAssignmentsWhere,
  visibleAthleteWhere,
} from "@/lib/server/authz";
import { buildWorld, PERSONAS, viewerOf, type World } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

/** Ids the yes/no check allows, among `ids`. */
async function allowedBy(check: (id: string) => Promise<boolean>, ids: string[]) {
  const allowed: string[] = [];
  for (const id of ids) if (await check(id)) allowed.push(id);
  return allowed.sort();
}

/**
 * For every persona: the rows of the world's two squads that the where-clause fragments return
 * are exactly those the yes/no checks allow, athletes (current, former, without a login) and
 * their assignments alike.
 */
async function compare(world: World) {
  const squads = { squadId: { in: [world.a.id, world.b.id] } };
  const athletes = (await db.athleteProfile.findMany({ where: squads, select: { id: true } })).map(
    (a) => a.id,
  );
  const assignments = (await db.assignment.findMany({ where: squads, select: { id: true } })).map(
    (a) => a.id,
  );
  const mismatches: string[] = [];
  for (const persona of PERSONAS) {
    const who = viewerOf(world, persona);
    const [athleteRows, assignmentRows] = await Promise.all([
      db.athleteProfile.findMany({
        where: { AND: [squads, visibleAthleteWhere(who)] },
        select: { id: true },
      }),
      db.assignment.findMany({
        where: { AND: [squads, visibleAssignmentsWhere(who)] },
        select: { id: true },
      }),
    ]);
    const pairs = [
      ["athletes", athleteRows, await allowedBy((id) => canSeeAthlete(who, id), athletes)],
      [
        "assignments",
        assignmentRows,
        await allowedBy((id) => canSeeAssignment(who, id), assignments),
      ],
    ] as const;
    for (const [what, rows, allowed] of pairs) {
      const got = rows.map((r) => r.id).sort();
      if (JSON.stringify(got) !== JSON.stringify(allowed))
        mismatches.push(
          `${persona} ${what}: where gives ${got.join(",")}; checks ${allowed.join(",")}`,
        );
    }
  }
  return { mismatches, athletes: athletes.length, assignments: assignments.length };
}

describe("the authorization where-clauses", () => {
  for (const sharing of [false, true]) {
    it(`return exactly what the yes/no checks allow, for every persona (sharing ${sharing})`, async () => {
      const world = await buildWorld(db, { sharing });
      const before = await compare(world);
      // The world is big enough to tell the rules apart: several athletes and sessions per squad.
      expect(before.athletes).toBeGreaterThan(6);
      expect(before.assignments).toBeGreaterThan(3);
      expect(before.mismatches).toEqual([]);
      // A deleted squad hides everything in it from everyone, in both forms.
      await db.squad.update({ where: { id: world.b.id }, data: { deletedAt: new Date() } });
      expect((await compare(world)).mismatches).toEqual([]);
    }, 120_000);
  }

  it("give nothing to nobody", async () => {
    const world = await buildWorld(db);
    const rows = await db.assignment.findMany({
      where: { AND: [{ squadId: world.a.id }, visibleAssignmentsWhere(null)] },
    });
    expect(rows).toEqual([]);
  }, 60_000);
});
