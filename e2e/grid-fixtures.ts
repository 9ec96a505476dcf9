import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/database/client";
import { prescribeStepDown, secondsToMs } from "../lib/pacing";

/**
 * The squad dashboard's world, straight in the database (assigning and logging are other specs'
 * business): five athletes on a 20:00 5K with a session three days ago (one fast with a 5K
 * suggestion waiting, one slow whose suggestion was dismissed, two on target, one not logged),
 * an older session everyone logged, two dates ahead, and a second squad with no sessions.
 */
export const GRID_ATHLETES = ["Ada Fast", "Ben Slow", "Cleo Even", "Dev Even", "Eli Missing"];

const TARGETS = prescribeStepDown({ fiveKSeconds: 20 * 60, units: "metric" });
const DAY_MS = 86_400_000;
export const dayFromToday = (days: number) =>
  new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

export const GRID_DATES = {
  recent: dayFromToday(-3),
  older: dayFromToday(-31),
  next: dayFromToday(4),
  later: dayFromToday(11),
};

/** Every rep lap `shift` seconds off its target: -3 is fast, +3 slow, 0 on target. */
const laps = (shift: number) =>
  TARGETS.reps.flatMap((rep, repIndex) =>
    rep.lapSeconds.map((lap, lapIndex) => ({
      kind: "REP" as const,
      repIndex,
      lapIndex,
      timeMs: secondsToMs(lap + shift),
    })),
  );

export async function seedGrid(squadUrl: string, coachEmail: string, emptySquadName: string) {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  const squadId = new URL(squadUrl).pathname.split("/").at(-1)!;
  try {
    const coach = await db.user.findUniqueOrThrow({ where: { email: coachEmail } });
    const assign = async (athleteId: string, date: string, shift?: number, dismissed = false) => {
      const { id } = await db.assignment.create({
        data: {
          squadId,
          athleteId,
          templateId: "builtin-metric",
          date: new Date(`${date}T00:00:00Z`),
          units: "METRIC",
          fiveKMs: 1_200_000,
          targets: TARGETS,
          createdById: coach.id,
        },
      });
      if (shift === undefined) return id;
      await db.sessionResult.create({
        data: {
          assignmentId: id,
          idempotencyKey: `e2e${randomBytes(10).toString("hex")}`,
          status: "COMPLETED",
          loggedById: coach.id,
          recalibrationDecision: dismissed ? "DISMISSED" : null,
          laps: { create: laps(shift) },
        },
      });
      return id;
    };
    const ids: Record<string, string> = {};
    for (const [i, name] of GRID_ATHLETES.entries()) {
      const athlete = await db.athleteProfile.create({ data: { squadId, name } });
      await db.fiveKMark.create({
        data: {
          athleteId: athlete.id,
          timeMs: 1_200_000,
          date: new Date(`${GRID_DATES.older}T00:00:00Z`),
          source: "RACE",
        },
      });
      // The older session is "decided" for everyone, so only the recent one can ask anything.
      await assign(athlete.id, GRID_DATES.older, 0, true);
      const shift = [-3, 3, 0, 0, undefined][i];
      ids[name] = await assign(athlete.id, GRID_DATES.recent, shift, name === "Ben Slow");
      await assign(athlete.id, GRID_DATES.next);
      if (i < 3) await assign(athlete.id, GRID_DATES.later);
    }
    const empty = await db.squad.create({
      data: {
        name: emptySquadName,
        memberships: { create: { userId: coach.id, role: "HEAD_COACH" } },
      },
    });
    return { squadId, emptySquadId: empty.id, assignmentIds: ids };
  } finally {
    await db.$disconnect();
  }
}
