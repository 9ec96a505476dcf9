import { createPrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/security/password";
import { seedBenchSquad } from "@/prisma/seed/club-squad";
import { seedLarge } from "@/prisma/seed/large";

export const SMALL_SQUADS = 50;
const SMALL_ATHLETES = 8;

/** What one coach browses: their squad, a logged session and an athlete's progress. */
export type Coach = {
  email: string;
  password: string;
  squadId: string;
  sessionId: string;
  athleteId: string;
};
/** A result the stopwatch will upload: today's session of one athlete, and its lap targets. */
export type PendingResult = { squadId: string; assignmentId: string; lapSeconds: number[][] };

export type LoadData = {
  coaches: Coach[]; // the club-scale squad's first, then one per small squad
  athletes: { email: string; password: string }[];
  pending: PendingResult[];
};

type Targets = { reps: { lapSeconds: number[] }[] };

/**
 * `npm run db:seed -- --large` plus 50 small squads (8 athletes, three months logged, today's
 * session still to run), each with a coach who signs in and one athlete with a login.
 */
export async function seedLoad(url: string): Promise<LoadData> {
  const large = await seedLarge(url);
  const db = createPrismaClient(url);
  try {
    const password = "load-test-password-1";
    const passwordHash = await hashPassword(password);
    const coaches: Coach[] = [];
    const athletes: LoadData["athletes"] = [];
    const browse = async (coachEmail: string, squadId: string, pass: string) => {
      const session = await db.assignment.findFirstOrThrow({
        where: { squadId, result: { isNot: null } },
        orderBy: { date: "desc" },
        select: { id: true, athleteId: true },
      });
      coaches.push({
        email: coachEmail,
        password: pass,
        squadId,
        sessionId: session.id,
        athleteId: session.athleteId,
      });
    };
    const largeSquad = await db.membership.findFirstOrThrow({
      where: { user: { email: large.email }, role: "HEAD_COACH" },
      select: { squadId: true },
    });
    await browse(large.email, largeSquad.squadId, large.password);

    const run = Date.now().toString(36);
    for (let i = 0; i < SMALL_SQUADS; i++) {
      const squad = await seedBenchSquad(db, `load-${run}-${i}`, SMALL_ATHLETES, 3);
      const coachEmail = `load-coach-${run}-${i}@load.stepdown.test`;
      const athleteEmail = `load-athlete-${run}-${i}@load.stepdown.test`;
      await db.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: squad.coachId },
          data: { email: coachEmail, passwordHash },
        });
        const athlete = await tx.user.create({
          data: { email: athleteEmail, name: `Athlete ${i}`, role: "ATHLETE", passwordHash },
        });
        await tx.membership.create({
          data: { squadId: squad.squadId, userId: athlete.id, role: "ATHLETE" },
        });
        await tx.athleteProfile.update({
          where: { id: squad.athleteId },
          data: { userId: athlete.id },
        });
      });
      await browse(coachEmail, squad.squadId, password);
      athletes.push({ email: athleteEmail, password });
    }
    const today = new Date(new Date().toISOString().slice(0, 10));
    const todays = await db.assignment.findMany({
      where: { date: today, result: null, squad: { name: { startsWith: `Bench load-${run}-` } } },
      select: { id: true, squadId: true, targets: true },
    });
    const pending = todays.map((a) => ({
      squadId: a.squadId,
      assignmentId: a.id,
      lapSeconds: (a.targets as Targets).reps.map((r) => r.lapSeconds),
    }));
    return { coaches, athletes, pending };
  } finally {
    await db.$disconnect();
  }
}
