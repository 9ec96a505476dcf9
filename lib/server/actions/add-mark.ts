"use server";
import { paths } from "@/lib/paths";
import { MAX_FIVE_K_SECONDS, MIN_FIVE_K_SECONDS, secondsToMs } from "@/lib/pacing";
import { addMarkSchema } from "@/lib/validation/coaching";
import { ActionError, defineAction } from "@/lib/server/action";
import { canLogForAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

const DAY_MS = 86_400_000;

/** A 5K mark (race, time trial, estimate), by a coach or by the athlete themself. */
export const addMark = defineAction({
  input: addMarkSchema,
  authorize: (viewer, { athleteId }) => canLogForAthlete(viewer, athleteId),
  async run(viewer, { athleteId, time, date, source, note }) {
    if (time < MIN_FIVE_K_SECONDS || time > MAX_FIVE_K_SECONDS) {
      throw new ActionError("A 5K time is between 12:00 and 60:00", { field: "time" });
    }
    if (new Date(`${date}T00:00:00Z`).getTime() > Date.now() + DAY_MS) {
      throw new ActionError("The date cannot be in the future", { field: "date" });
    }
    await db().fiveKMark.create({
      data: {
        athleteId,
        timeMs: secondsToMs(time),
        date: new Date(`${date}T00:00:00Z`),
        source,
        note,
        createdById: viewer.id,
      },
    });
    return { message: "5K mark added.", revalidate: [paths.athlete(athleteId)] };
  },
});
