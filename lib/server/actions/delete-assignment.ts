"use server";
import { paths } from "@/lib/paths";
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
    await db().$transaction(async (tx) => {
      // The lock waits for a result being logged right now (its insert holds a key-share lock
      // on the session) to commit, so the conditional delete below sees it. Without the lock,
      // the delete would wait on that insert and then take the new result with it (cascade).
      await tx.$queryRaw`SELECT 1 FROM "Assignment" WHERE "id" = ${assignmentId} FOR UPDATE`;
      const { count } = await tx.assignment.deleteMany({
        where: { id: assignmentId, result: null },
      });
      if (count === 0)
        throw new ActionError("This session was just logged or unassigned: reload to see it.");
    });
    return { message: "Session unassigned.", revalidate: [paths.squad(assignment.squadId)] };
  },
});
