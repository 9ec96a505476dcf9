import { randomUUID } from "node:crypto";
import { createPrismaClient } from "@/lib/database/client";
import { prescribeStepDown, parseTimeOrThrow, secondsToMs } from "@/lib/pacing";
import { hashPassword } from "@/lib/security/password";
import {
  DEMO_ATHLETES,
  DEMO_COACH,
  DEMO_SQUAD_NAME,
  NEXT_SESSION_DAY,
  PAST_SESSION_DAYS,
  type DemoAthlete,
} from "./demo-squad";
import { demoPassword } from "./demo-password";
import { simulateLaps } from "./laps";
import { seededRandom, type Random } from "./random";

type Tx = Parameters<Parameters<ReturnType<typeof createPrismaClient>["$transaction"]>[0]>[0];

const DAY_MS = 86_400_000;
const today = () => new Date(new Date().toISOString().slice(0, 10));
const dayFromToday = (days: number) => new Date(today().getTime() + days * DAY_MS);

/** 5K marks: a race months ago; improvers also ran a faster time trial six weeks ago. */
function marksFor(athlete: DemoAthlete) {
  const base = parseTimeOrThrow(athlete.fiveK);
  const marks: { seconds: number; day: number; source: "RACE" | "TIME_TRIAL" }[] = [
    { seconds: base, day: -150, source: "RACE" },
  ];
  if (athlete.habit === "improving") {
    marks.push({ seconds: Math.round(base * 0.98), day: -45, source: "TIME_TRIAL" });
  }
  return marks;
}

async function seedAthlete(
  tx: Tx,
  athlete: DemoAthlete,
  squadId: string,
  coachId: string,
  passwordHash: string,
  random: Random,
) {
  const user = athlete.email
    ? await tx.user.create({
        data: { email: athlete.email, name: athlete.name, role: "ATHLETE", passwordHash },
      })
    : null;
  if (user) await tx.membership.create({ data: { squadId, userId: user.id, role: "ATHLETE" } });
  const profile = await tx.athleteProfile.create({
    data: { squadId, userId: user?.id ?? null, name: athlete.name },
  });
  const marks = marksFor(athlete);
  await tx.fiveKMark.createMany({
    data: marks.map((m) => ({
      athleteId: profile.id,
      timeMs: secondsToMs(m.seconds),
      date: dayFromToday(m.day),
      source: m.source,
      createdById: coachId,
    })),
  });

  const days = [...PAST_SESSION_DAYS, NEXT_SESSION_DAY];
  for (const [index, day] of days.entries()) {
    const mark = marks.filter((m) => m.day <= day).at(-1) ?? marks[0]!;
    const targets = prescribeStepDown({ fiveKSeconds: mark.seconds, units: "metric" });
    const assignment = await tx.assignment.create({
      data: {
        squadId,
        athleteId: profile.id,
        templateId: "builtin-metric",
        date: dayFromToday(day),
        units: "METRIC",
        fiveKMs: secondsToMs(mark.seconds),
        targets,
        createdById: coachId,
      },
    });
    if (day > 0 || athlete.missed === index) continue;
    const abandoned = athlete.abandoned === index;
    const laps = simulateLaps(targets, athlete.habit, random, abandoned);
    await tx.sessionResult.create({
      data: {
        assignmentId: assignment.id,
        idempotencyKey: randomUUID(),
        status: abandoned ? "ABANDONED" : "COMPLETED",
        effort: Math.min(10, Math.max(1, Math.round(7 + random.normal(1)))),
        notes: abandoned ? "Stopped after the 1200: legs gone." : null,
        loggedById: user && index % 2 === 0 ? user.id : coachId,
        laps: {
          createMany: {
            data: laps.map(({ seconds, ...lap }) => ({ ...lap, timeMs: secondsToMs(seconds) })),
          },
        },
      },
    });
  }
}

export async function hasAnyUser(databaseUrl: string): Promise<boolean> {
  const client = createPrismaClient(databaseUrl);
  try {
    return (await client.user.count({ take: 1 })) > 0;
  } finally {
    await client.$disconnect();
  }
}

/**
 * Adds the demo squad in one transaction: either all of it is there or none of it. Its accounts
 * share `password`: by default the checkout's own, generated on first use (demo-password.ts).
 */
export async function seedDemo(databaseUrl: string, password = demoPassword()): Promise<void> {
  const client = createPrismaClient(databaseUrl);
  try {
    if (await client.user.findUnique({ where: { email: DEMO_COACH.email } })) {
      throw new Error(`The demo squad is already there (${DEMO_COACH.email} exists).`);
    }
    const passwordHash = await hashPassword(password);
    const random = seededRandom(4321);
    await client.$transaction(
      async (tx) => {
        const coach = await tx.user.create({
          data: { ...DEMO_COACH, role: "COACH", passwordHash },
        });
        const squad = await tx.squad.create({ data: { name: DEMO_SQUAD_NAME, units: "METRIC" } });
        await tx.membership.create({
          data: { squadId: squad.id, userId: coach.id, role: "HEAD_COACH" },
        });
        for (const athlete of DEMO_ATHLETES) {
          await seedAthlete(tx, athlete, squad.id, coach.id, passwordHash, random);
        }
      },
      { timeout: 60_000 },
    );
  } finally {
    await client.$disconnect();
  }
}
