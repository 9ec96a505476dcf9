import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/database/client";
import { prescribeStepDown, secondsToMs } from "@/lib/pacing";
import { seededRandom } from "@/prisma/seed/random";

export type BenchSquad = {
  label: string;
  athletes: number;
  months: number;
  squadId: string;
  coachId: string;
  athleteId: string;
  lastDate: string;
};

const DAY_MS = 86_400_000;
const CHUNK = 5_000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

/**
 * One squad of `athletes` with weekly 4-3-2-1 sessions for `months` months up to today, every
 * session logged lap by lap (4+3+2+1 rep laps and 3 recoveries) with realistic variation, and
 * one session ahead. Written with createMany in chunks: thousands of rows a second.
 */
export async function seedBenchSquad(
  db: Db,
  label: string,
  athletes: number,
  months: number,
): Promise<BenchSquad> {
  const random = seededRandom(athletes * 1000 + months);
  const today = new Date(new Date().toISOString().slice(0, 10)).getTime();
  const weeks = Math.round((months * 52) / 12);
  const coach = await db.user.create({
    data: {
      email: `bench-${label}-${randomUUID()}@bench.test`,
      name: `Coach ${label}`,
      role: "COACH",
    },
  });
  const squad = await db.squad.create({
    data: {
      name: `Bench ${label}`,
      memberships: { create: { userId: coach.id, role: "HEAD_COACH" } },
    },
  });
  const profiles = Array.from({ length: athletes }, (_, i) => ({
    id: randomUUID(),
    squadId: squad.id,
    name: `Athlete ${String(i + 1).padStart(2, "0")}`,
  }));
  await db.athleteProfile.createMany({ data: profiles });
  const marks: { athleteId: string; timeMs: number; date: Date; source: "RACE" }[] = [];
  const assignments: {
    id: string;
    squadId: string;
    athleteId: string;
    templateId: string;
    date: Date;
    units: "METRIC";
    fiveKMs: number;
    targets: object;
  }[] = [];
  const results: {
    id: string;
    assignmentId: string;
    idempotencyKey: string;
    status: "COMPLETED";
    effort: number;
  }[] = [];
  const laps: {
    resultId: string;
    kind: "REP" | "RECOVERY";
    repIndex: number;
    lapIndex: number;
    timeMs: number;
  }[] = [];
  for (const [i, profile] of profiles.entries()) {
    const fiveK = 15 * 60 + Math.round((i / Math.max(1, athletes - 1)) * 17 * 60);
    marks.push({
      athleteId: profile.id,
      timeMs: secondsToMs(fiveK),
      date: new Date(today - (weeks + 1) * 7 * DAY_MS),
      source: "RACE",
    });
    const targets = prescribeStepDown({ fiveKSeconds: fiveK, units: "metric" });
    for (let w = weeks; w >= -1; w--) {
      const id = randomUUID();
      assignments.push({
        id,
        squadId: squad.id,
        athleteId: profile.id,
        templateId: "builtin-metric",
        date: new Date(today - w * 7 * DAY_MS),
        units: "METRIC",
        fiveKMs: secondsToMs(fiveK),
        targets,
      });
      if (w <= 0) continue; // today's and next week's sessions are still to be run
      const resultId = randomUUID();
      results.push({
        id: resultId,
        assignmentId: id,
        idempotencyKey: randomUUID(),
        status: "COMPLETED",
        effort: 7,
      });
      targets.reps.forEach((rep, repIndex) => {
        rep.lapSeconds.forEach((target, lapIndex) =>
          laps.push({
            resultId,
            kind: "REP",
            repIndex,
            lapIndex,
            timeMs: secondsToMs(target + random.normal(1.2)),
          }),
        );
        if (repIndex < 3)
          laps.push({
            resultId,
            kind: "RECOVERY",
            repIndex,
            lapIndex: 0,
            timeMs: secondsToMs(targets.recovery.targetSeconds + random.normal(6)),
          });
      });
    }
  }
  await db.fiveKMark.createMany({ data: marks });
  await inChunks(assignments, (data) => db.assignment.createMany({ data }));
  await inChunks(results, (data) => db.sessionResult.createMany({ data }));
  await inChunks(laps, (data) => db.lap.createMany({ data }));
  return {
    label,
    athletes,
    months,
    squadId: squad.id,
    coachId: coach.id,
    athleteId: profiles[athletes - 1]!.id,
    lastDate: new Date(today - 7 * DAY_MS).toISOString().slice(0, 10),
  };
}
