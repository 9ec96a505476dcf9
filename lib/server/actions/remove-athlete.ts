"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canCoachAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * Ends an athlete's place in the squad at once; their history is kept for the squad's records.
 * Links made before now no longer let them back (accept-invitation compares the dates).
 */
export const removeAthlete = defineAction({
  input: z.object({ athleteId: id }),
  authorize: (viewer, { athleteId }) => canCoachAthlete(viewer, athleteId),
  async run(_viewer, { athleteId }) {
    const now = new Date();
    const athlete = await db().$transaction(async (tx) => {
      const profile = await tx.athleteProfile.update({
        where: { id: athleteId },
        data: { removedAt: now },
        select: { squadId: true, userId: true, name: true },
      });
      if (profile.userId) {
        await tx.membership.updateMany({
          where: { squadId: profile.squadId, userId: profile.userId, role: "ATHLETE" },
          data: { removedAt: now },
        });
      }
      return profile;
    });
    return {
      message: `${athlete.name} was removed from the squad.`,
      revalidate: [paths.squad(athlete.squadId)],
    };
  },
});
