"use server";
import { addAthleteSchema } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** An athlete without a login: the coach times and logs for them, and may invite them later. */
export const addAthlete = defineAction({
  input: addAthleteSchema,
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(_viewer, { squadId, name }) {
    const athlete = await db().athleteProfile.create({
      data: { squadId, name },
      select: { id: true },
    });
    return {
      message: `${name} added.`,
      data: { athleteId: athlete.id },
      revalidate: [`/squads/${squadId}`],
    };
  },
});
