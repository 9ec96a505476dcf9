import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { prescribeStepDown, secondsToMs } from "@/lib/pacing";
import { getSession } from "@/lib/server/data/sessions";
import { getSquadDashboard } from "@/lib/server/data/squad-dashboard";
import { buildWorld, type World } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

const utc = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * A logged session of the world's athlete on a 5K time, every lap of rep i `shift[i]` s off its
 * target; `untimed` leaves the 400's lap out.
 */
async function logged(
  world: World,
  date: string,
  fiveK: number,
  shift: number[],
  options: { template?: string; untimed?: boolean } = {},
) {
  const targets = prescribeStepDown({ fiveKSeconds: fiveK, units: "metric" });
  const laps = targets.reps.flatMap((rep, repIndex) =>
    rep.lapSeconds.flatMap((lap, lapIndex) =>
      options.untimed && repIndex === 3
        ? []
        : [
            {
              kind: "REP" as const,
              repIndex,
              lapIndex,
              timeMs: secondsToMs(lap + shift[repIndex]!),
            },
          ],
    ),
  );
  const { id } = await db.assignment.create({
    data: {
      squadId: world.a.id,
      athleteId: world.a.teammateId,
      templateId: options.template ?? "builtin-metric",
      date: utc(date),
      units: "METRIC",
      fiveKMs: fiveK * 1000,
      targets,
      result: {
        create: {
          idempotencyKey: `context-${world.a.id}-${date}`,
          status: options.untimed ? "PARTIAL" : "COMPLETED",
          laps: { create: laps },
        },
      },
    },
  });
  return id;
}

describe("each rep in context", () => {
  it("puts the session's reps beside the last and the best, as differences from target", async () => {
    const world = await buildWorld(db);
    const first = await logged(world, "2026-09-01", 1260, [0.5, 1, 0.5, 0]);
    // A faster 5K since: raw times are quicker, but the differences from target are compared.
    const second = await logged(world, "2026-10-01", 1230, [2, -0.5, 1, 1], { untimed: true });
    // Another workout (the imperial template) is not "this workout".
    await db.assignment.create({
      data: {
        squadId: world.a.id,
        athleteId: world.a.teammateId,
        templateId: "builtin-imperial",
        date: utc("2026-10-15"),
        units: "METRIC",
        fiveKMs: 1_200_000,
        targets: prescribeStepDown({ fiveKSeconds: 1200, units: "metric" }),
        result: {
          create: {
            idempotencyKey: `context-imperial-${world.a.id}`,
            status: "COMPLETED",
            laps: { create: [{ kind: "REP", repIndex: 0, lapIndex: 0, timeMs: 90_000 }] },
          },
        },
      },
    });
    const now = await logged(world, "2026-11-01", 1200, [0.25, 0, 0.5, -0.5]);

    const session = await getSession(world.viewers.coach, now);
    const [r1, r2, r3, r4] = session?.repContext ?? [];
    expect(r1?.previous).toEqual({ assignmentId: second, date: "2026-10-01", deltaSeconds: 8 });
    expect(r1?.best).toEqual({ assignmentId: first, date: "2026-09-01", deltaSeconds: 2 });
    expect(r1).toMatchObject({ bestYet: true, closerBySeconds: 7 });
    // Lap targets are rounded to tenths, so a rep's laps may add up a hair off its target.
    expect(r2?.previous?.deltaSeconds).toBeCloseTo(-1.5, 1);
    expect(r2?.bestYet).toBe(true);
    expect(r3?.best?.deltaSeconds).toBeCloseTo(1, 1);
    expect(r3?.bestYet).toBe(true); // as close as the best before it counts
    // The 400 was not timed on 1 Oct: its last time is 1 Sep.
    expect(r4?.previous).toMatchObject({ assignmentId: first, date: "2026-09-01" });
    expect(r4?.bestYet).toBe(false);

    // The first session has nothing before it.
    const earliest = await getSession(world.viewers.coach, first);
    expect(earliest?.repContext?.every((c) => c.previous === null)).toBe(true);

    // The squad grid's detail reads the same context for the day shown.
    const board = await getSquadDashboard(world.viewers.coach, world.a.id, "2026-11-01");
    const row = board?.rows.find((r) => r.assignmentId === now);
    expect(row?.context).toEqual(session?.repContext);
  });

  it("has no context for a session not logged yet", async () => {
    const world = await buildWorld(db);
    const open = await getSession(world.viewers.coach, world.a.openAssignmentId);
    expect(open?.repContext).toBeNull();
  });
});
