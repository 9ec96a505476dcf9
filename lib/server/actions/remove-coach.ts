"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { isHeadCoach } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * The head coach removes an assistant coach; access ends on their next request. Every open link
 * the coach made is withdrawn in the same transaction: otherwise they could come back (or let
 * anyone in) through a link of their own.
 */
export const removeCoach = defineAction({
  input: z.object({ squadId: id, userId: id }),
  authorize: (viewer, { squadId }) => isHeadCoach(viewer, squadId),
  async run(viewer, { squadId, userId }) {
    if (userId === viewer.id) throw new ActionError("You cannot remove yourself as head coach.");
    const now = new Date();
    const revoked = await db().$transaction(async (tx) => {
      const removed = await tx.membership.updateMany({
        where: { squadId, userId, role: "COACH", removedAt: null },
        data: { removedAt: now },
      });
      if (removed.count === 0)
        throw new ActionError("That coach is not in this squad.", { code: "conflict" });
      const withdrawn = await tx.invitation.updateMany({
        where: { squadId, createdById: userId, revokedAt: null },
        data: { revokedAt: now },
      });
      return withdrawn.count;
    });
    return {
      message: revoked
        ? `Coach removed, and the ${revoked === 1 ? "link" : `${revoked} links`} they made withdrawn.`
        : "Coach removed.",
      revalidate: [paths.squad(squadId)],
    };
  },
});
