"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { isHeadCoach } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** The head coach removes an assistant coach; access ends on their next request. */
export const removeCoach = defineAction({
  input: z.object({ squadId: id, userId: id }),
  authorize: (viewer, { squadId }) => isHeadCoach(viewer, squadId),
  async run(viewer, { squadId, userId }) {
    if (userId === viewer!.id) throw new ActionError("You cannot remove yourself as head coach.");
    const removed = await db().membership.updateMany({
      where: { squadId, userId, role: "COACH", removedAt: null },
      data: { removedAt: new Date() },
    });
    if (removed.count === 0) throw new ActionError("That coach is not in this squad.");
    return { message: "Coach removed.", revalidate: [`/squads/${squadId}`] };
  },
});
