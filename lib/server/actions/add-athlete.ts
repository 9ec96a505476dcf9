"use server";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/dates";
import { MAX_FIVE_K_SECONDS, MIN_FIVE_K_SECONDS, secondsToMs } from "@/lib/pacing";
import { newAthleteSchema } from "@/lib/validation/coaching";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * An athlete without a login: the coach times and logs for them, and may invite them later.
 * A 5K given with the name becomes their first mark (an estimate, dated today), in the same
 * transaction: never an athlete half added.
 */
export const addAthlete = defineAction({
  input: newAthleteSchema,
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(viewer, { squadId, name, fiveK }) {
    if (fiveK !== undefined && (fiveK < MIN_FIVE_K_SECONDS || fiveK > MAX_FIVE_K_SECONDS)) {
      throw new ActionError("A 5K time is between 12:00 and 60:00", { field: "fiveK" });
    }
    const athlete = await db().athleteProfile.create({
      data: {
        squadId,
        name,
        ...(fiveK === undefined
          ? {}
          : {
              marks: {
                create: {
                  timeMs: secondsToMs(fiveK),
                  date: new Date(`${todayIn(viewer.timeZone)}T00:00:00Z`),
                  source: "ESTIMATE",
                  note: "given when added to the squad",
                  createdById: viewer.id,
                },
              },
            }),
      },
      select: { id: true },
    });
    return {
      message: `${name} added.`,
      data: { athleteId: athlete.id },
      revalidate: [paths.squad(squadId)],
    };
  },
});
