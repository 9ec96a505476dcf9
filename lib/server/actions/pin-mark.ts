"use server";
import { paths } from "@/lib/paths";
import { pinMarkSchema } from "@/lib/validation/coaching";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** The coach pins the mark targets come from (or unpins: then the latest one counts). */
export const pinMark = defineAction({
  input: pinMarkSchema,
  authorize: (viewer, { athleteId }) => canCoachAthlete(viewer, athleteId),
  async run(_viewer, { athleteId, markId }) {
    if (
      markId &&
      !(await db().fiveKMark.findFirst({ where: { id: markId, athleteId }, select: { id: true } }))
    ) {
      throw new ActionError("That mark is not this athlete's", { field: "markId" });
    }
    await db().athleteProfile.update({
      where: { id: athleteId },
      data: { pinnedMarkId: markId ?? null },
    });
    return {
      message: markId
        ? "Pinned: targets now come from this mark."
        : "Unpinned: the latest mark counts.",
      revalidate: [paths.athlete(athleteId)],
    };
  },
});
