"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { canRestoreAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * Undoes the removal of an athlete without a login: back in the squad with their marks and
 * sessions as they were. (One with a login comes back through a new invitation instead.)
 */
export const restoreAthlete = defineAction({
  input: z.object({ athleteId: id }),
  authorize: (viewer, { athleteId }) => canRestoreAthlete(viewer, athleteId),
  async run(_viewer, { athleteId }) {
    // Conditional, so a second coach's click at the same moment restores nothing twice.
    const restored = await db().athleteProfile.updateManyAndReturn({
      where: { id: athleteId, removedAt: { not: null }, userId: null },
      data: { removedAt: null },
      select: { name: true, squadId: true },
    });
    const athlete = restored[0];
    if (!athlete)
      throw new ActionError("That athlete is already back in the squad.", { code: "conflict" });
    return {
      message: `${athlete.name} is back in the squad, with their history.`,
      revalidate: [paths.squad(athlete.squadId), paths.athlete(athleteId), paths.dashboard()],
    };
  },
});
