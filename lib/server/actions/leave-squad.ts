"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { squadRole } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * An athlete or assistant coach leaves; the head coach must delete the squad or hand it over.
 * A leaving coach's open links are withdrawn with them, as when the head coach removes them.
 */
export const leaveSquad = defineAction({
  input: z.object({ squadId: id }),
  authorize: async (viewer, { squadId }) => (await squadRole(viewer, squadId)) !== null,
  async run(viewer, { squadId }) {
    if ((await squadRole(viewer, squadId)) === "HEAD_COACH") {
      throw new ActionError(
        "As head coach you cannot leave: delete the squad, or make another coach head coach first.",
      );
    }
    const now = new Date();
    const userId = viewer.id;
    await db().$transaction([
      db().membership.update({
        where: { squadId_userId: { squadId, userId } },
        data: { removedAt: now },
      }),
      db().athleteProfile.updateMany({
        where: { squadId, userId },
        data: { removedAt: now },
      }),
      // Athletes make no links, so this only ever withdraws a coach's.
      db().invitation.updateMany({
        where: { squadId, createdById: userId, revokedAt: null },
        data: { revokedAt: now },
      }),
    ]);
    return { redirectTo: "/dashboard", revalidate: ["/dashboard"] };
  },
});
