"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { canDeleteComment } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { id } from "@/lib/validation/squad";

/** Its author deletes a comment for good (the form asks first): nobody sees it afterwards. */
export const deleteComment = defineAction({
  input: z.object({ commentId: id }),
  authorize: (viewer, { commentId }) => canDeleteComment(viewer, commentId),
  async run(_viewer, { commentId }) {
    const { assignmentId } = await db().comment.delete({
      where: { id: commentId },
      select: { assignmentId: true },
    });
    return {
      message: "Comment deleted.",
      revalidate: [paths.session(assignmentId), paths.dashboard()],
    };
  },
});
