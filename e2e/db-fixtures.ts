import { createPrismaClient } from "../lib/database/client";
import { databaseUrl } from "../lib/env";

/**
 * Test-only fixtures that write straight to the e2e database, for data the browser cannot enter
 * yet (5K marks have no form of their own in these flows). Never product code: the app only
 * writes through its server actions.
 */
export async function addFiveKMark(squadId: string, athleteName: string, time: string) {
  const [minutes, seconds] = time.split(":").map(Number);
  const db = createPrismaClient(databaseUrl());
  try {
    const athlete = await db.athleteProfile.findFirstOrThrow({
      where: { squadId, name: athleteName, removedAt: null },
      select: { id: true },
    });
    await db.fiveKMark.create({
      data: {
        athleteId: athlete.id,
        timeMs: ((minutes ?? 0) * 60 + (seconds ?? 0)) * 1000,
        date: new Date(new Date().toISOString().slice(0, 10)),
        source: "RACE",
      },
    });
  } finally {
    await db.$disconnect();
  }
}
