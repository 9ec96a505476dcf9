"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachAssignment } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** Unassigns a session that has not been logged (a logged one keeps its history). */
export const deleteAssignment = defineAction({
  input: z.object({ assignmentId: id }),
  authorize: (viewer, { assignmentId }) => canCoachAssignment(viewer, assignmentId),
  async run(_viewer, { assignmentId }) {
    const assignment = await db().assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: { squadId: true, result: { select: { id: true } } },
    });
    if (assignment.result)
      throw new ActionError("This session has a logged result: delete the result first.");
    await db().assignment.delete({ where: { id: assignmentId } });
    return { message: "Session unassigned.", revalidate: [`/squads/${assignment.squadId}`] };
  },
});
