import { randomBytes } from "node:crypto";
import { createPrismaClient } from "@/lib/database/client";
import { hashPassword } from "@/lib/security/password";
import { seedBenchSquad } from "./club-squad";

export const LARGE_ATHLETES = 60;
export const LARGE_MONTHS = 24;

/**
 * `npm run db:seed -- --large`: a club-scale squad added beside whatever the database holds
 * (nothing existing is read or changed): 60 athletes with two years of weekly sessions, each
 * logged lap by lap with realistic variation, and a session ahead. Its head coach gets a fresh
 * email and a generated password, returned for the command to print.
 */
export async function seedLarge(url: string): Promise<{ email: string; password: string }> {
  const db = createPrismaClient(url);
  try {
    const tag = randomBytes(3).toString("hex");
    const squad = await seedBenchSquad(db, `club-${tag}`, LARGE_ATHLETES, LARGE_MONTHS);
    const email = `coach-${tag}@club.stepdown.test`;
    const password = randomBytes(12).toString("base64url");
    await db.$transaction([
      db.user.update({
        where: { id: squad.coachId },
        data: { email, name: "Club coach", passwordHash: await hashPassword(password) },
      }),
      db.squad.update({
        where: { id: squad.squadId },
        data: { name: `Club squad ${tag} (${LARGE_ATHLETES} athletes, 2 years)` },
      }),
    ]);
    return { email, password };
  } finally {
    await db.$disconnect();
  }
}
