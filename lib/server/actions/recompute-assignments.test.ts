import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { whileUncommitted } from "@/lib/server/testing/interleave";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { recomputeAssignments } from "./recompute-assignments";

const db = testDb();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;
const dayFromToday = (days: number) => new Date(Date.now() + days * DAY_MS);

/** Two future sessions frozen at 20:00, and a newer 19:00 mark they could be recomputed from. */
async function upcoming(world: World) {
  const original = await db.assignment.findUniqueOrThrow({ where: { id: world.a.assignmentId } });
  const [first, second] = await Promise.all(
    [20, 27].map((days) =>
      db.assignment.create({
        data: {
          squadId: world.a.id,
          athleteId: world.a.athleteId,
          templateId: "builtin-metric",
          units: "METRIC",
          fiveKMs: 1_200_000,
          targets: original.targets as object,
          date: dayFromToday(days),
        },
      }),
    ),
  );
  await db.fiveKMark.create({
    data: {
      athleteId: world.a.athleteId,
      timeMs: 1_140_000,
      date: dayFromToday(0),
      source: "TIME_TRIAL",
    },
  });
  return [first!, second!] as const;
}

const stored = (id: string) =>
  db.assignment.findUniqueOrThrow({ where: { id }, select: { fiveKMs: true, targets: true } });

describe("recomputing while sessions change", () => {
  it("leaves the targets of a session logged meanwhile as they were run", async () => {
    const world = await buildWorld(db);
    const [logged, open] = await upcoming(world);
    const before = await stored(logged.id);
    const result = await whileUncommitted(
      db,
      (tx) =>
        tx.sessionResult.create({
          data: { assignmentId: logged.id, idempotencyKey: randomUUID(), status: "COMPLETED" },
        }),
      () => recomputeAssignments.invoke(world.viewers.coach, { squadId: world.a.id }),
    );
    expect(result).toMatchObject({
      ok: true,
      message:
        "Recomputed 1 upcoming session from current 5K times. 1 upcoming session logged or changed meanwhile kept their targets.",
    });
    expect(await stored(logged.id)).toEqual(before);
    expect((await stored(open.id)).fiveKMs).toBe(1_140_000);
  });

  it("leaves a session whose 5K changed meanwhile with that change", async () => {
    const world = await buildWorld(db);
    const [changed] = await upcoming(world);
    await whileUncommitted(
      db,
      (tx) => tx.assignment.update({ where: { id: changed.id }, data: { fiveKMs: 1_100_000 } }),
      () => recomputeAssignments.invoke(world.viewers.coach, { squadId: world.a.id }),
    );
    expect((await stored(changed.id)).fiveKMs).toBe(1_100_000);
  });
});
