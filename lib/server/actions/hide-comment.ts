"use server";
import { paths } from "@/lib/paths";
import { defineAction } from "@/lib/server/action";
import { canHideComment } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { hideCommentSchema } from "@/lib/validation/comments";

/**
 * A coach hides a comment (or shows it again). Hidden, it keeps its text for its author and the
 * coaches; the athlete sees "Hidden by the coach" in its place (docs/security.md).
 */
export const hideComment = defineAction({
  input: hideCommentSchema,
  authorize: (viewer, { commentId }) => canHideComment(viewer, commentId),
  async run(viewer, { commentId, hidden }) {
    const hide = hidden === "1";
    const { assignmentId } = await db().comment.update({
      where: { id: commentId },
      data: hide
        ? { hiddenAt: new Date(), hiddenById: viewer.id }
        : { hiddenAt: null, hiddenById: null },
      select: { assignmentId: true },
    });
    return {
      message: hide ? "Comment hidden." : "Comment shown again.",
      revalidate: [paths.session(assignmentId), paths.dashboard()],
    };
  },
});
