import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { actionRegistry } from "@/lib/server/testing/authz-registry";
import { actionRows } from "@/lib/server/testing/matrix";
import { snapshotWorld } from "@/lib/server/testing/snapshot";
import { buildWorld, type Target } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

/** The matrix rows whose input names one squad's object and another squad's in the same call. */
const MIXED = actionRows(actionRegistry).filter((row) => /other squad|each squad/.test(row.name));

/**
 * The matrix runs these as every persona, none of whom coaches both squads. Decided here: a coach
 * of both is refused too. Every such action acts inside one squad (an assignment's athlete, a
 * pinned mark, a linked athlete, a removed coach all belong to the squad named), so being allowed
 * in each squad separately never makes a mixture valid.
 */
describe("inputs that mix two squads' ids", () => {
  it("covers every action that takes two ids", () => {
    expect(MIXED.map((row) => row.name.split(" (")[0]).sort()).toEqual(
      expect.arrayContaining([
        "assign-session",
        "create-invitation",
        "log-result",
        "pin-mark",
        "remove-coach",
      ]),
    );
  });

  it("are refused, changing nothing, even for a head coach of both squads", async () => {
    const w = await buildWorld(db);
    // B's head coach becomes A's head coach as well.
    await db.membership.create({
      data: { squadId: w.a.id, userId: w.b.headCoachId, role: "HEAD_COACH" },
    });
    const viewer = w.viewers.otherCoach;
    const got: string[] = [];
    for (const row of MIXED)
      for (const target of ["same", "other"] as Target[]) {
        const before = await snapshotWorld(db, w);
        const result = await row.entry.action.invoke(viewer, row.case.input(w, target, viewer));
        const after = await snapshotWorld(db, w);
        if (result.ok || JSON.stringify(before) !== JSON.stringify(after))
          got.push(`${row.name} on ${target}: ${JSON.stringify(result)}`);
      }
    expect(got).toEqual([]);
  }, 180_000);
});
