"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canLogAssignment } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** Deletes a logged result and its laps (the form asks first); the assignment stays. */
export const deleteResult = defineAction({
  input: z.object({ assignmentId: id }),
  authorize: (viewer, { assignmentId }) => canLogAssignment(viewer, assignmentId),
  async run(_viewer, { assignmentId }) {
    await db().sessionResult.delete({ where: { assignmentId } });
    return { message: "Result deleted.", revalidate: [paths.session(assignmentId)] };
  },
});
