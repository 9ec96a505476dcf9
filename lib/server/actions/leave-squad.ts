"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { squadRole } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** An athlete or assistant coach leaves; the head coach must delete the squad or hand it over. */
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
    await db().$transaction([
      db().membership.update({
        where: { squadId_userId: { squadId, userId: viewer!.id } },
        data: { removedAt: now },
      }),
      db().athleteProfile.updateMany({
        where: { squadId, userId: viewer!.id },
        data: { removedAt: now },
      }),
    ]);
    return { redirectTo: "/dashboard", revalidate: ["/dashboard"] };
  },
});
