import { createPrismaClient } from "../lib/database/client";
import { parseTimeOrThrow, prescribeStepDown, secondsToMs } from "../lib/pacing";

/**
 * Assigns one metric step-down to an athlete straight in the database, with targets frozen from
 * `fiveK` as the assign action would: the assign screen is not part of what these tests drive.
 */
export async function assignSession(athleteId: string, fiveK = "20:00", date = today()) {
  const db = createPrismaClient(process.env.DATABASE_URL!);
  try {
    const athlete = await db.athleteProfile.findUniqueOrThrow({
      where: { id: athleteId },
      select: { squadId: true },
    });
    const fiveKSeconds = parseTimeOrThrow(fiveK);
    const assignment = await db.assignment.create({
      data: {
        squadId: athlete.squadId,
        athleteId,
        templateId: "builtin-metric",
        date: new Date(`${date}T00:00:00Z`),
        units: "METRIC",
        fiveKMs: secondsToMs(fiveKSeconds),
        targets: prescribeStepDown({ fiveKSeconds, units: "metric" }),
      },
      select: { id: true },
    });
    return assignment.id;
  } finally {
    await db.$disconnect();
  }
}

const today = () => new Date().toISOString().slice(0, 10);

/** The id at the end of a page's URL (/athletes/<id>). */
export const lastSegment = (url: string) => new URL(url).pathname.split("/").pop()!;
