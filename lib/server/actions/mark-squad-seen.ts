"use server";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { id } from "@/lib/validation/squad";

/**
 * "Mark all seen": this coach's new results and comments of the squad stop being new. Another
 * coach of the squad keeps their own marks.
 */
export const markSquadSeen = defineAction({
  input: z.object({ squadId: id }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(viewer, { squadId }) {
    const seenAt = new Date();
    await db().squadVisit.upsert({
      where: { userId_squadId: { userId: viewer.id, squadId } },
      create: { userId: viewer.id, squadId, seenAt },
      update: { seenAt },
    });
    return { message: "All marked as seen.", revalidate: ["/dashboard"] };
  },
});
