"use server";
import { paths } from "@/lib/paths";
import { defineAction } from "@/lib/server/action";
import { notifyAthleteOfComment } from "@/lib/server/activity/comment-email";
import { canCoachAssignment, canComment } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { commentSchema } from "@/lib/validation/comments";

/**
 * Adds a comment to a session's conversation (the athlete and the squad's coaches). A coach's
 * comment also emails the athlete when they asked for it and email is set up; that send never
 * fails the comment.
 */
export const addComment = defineAction({
  input: commentSchema,
  authorize: (viewer, { assignmentId }) => canComment(viewer, assignmentId),
  async run(viewer, { assignmentId, body }) {
    const comment = await db().comment.create({
      data: { assignmentId, authorId: viewer.id, body },
      select: { id: true },
    });
    if (await canCoachAssignment(viewer, assignmentId)) await notifyAthleteOfComment(comment.id);
    return {
      message: "Comment added.",
      revalidate: [paths.session(assignmentId), paths.dashboard()],
    };
  },
});
