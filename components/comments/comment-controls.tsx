"use client";
import { useActionState } from "react";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { deleteComment } from "@/lib/server/actions/delete-comment";
import { hideComment } from "@/lib/server/actions/hide-comment";
import type { ConversationComment } from "@/lib/server/data/comments";

/** The author's "Delete" (asked first) and the coach's "Hide" / "Show again". */
export function CommentControls({ comment }: { comment: ConversationComment }) {
  const [state, hideAction] = useActionState(hideComment, initialActionState);
  return (
    <div className="mt-2 flex flex-wrap items-start gap-2">
      {comment.canHide ? (
        <form action={hideAction} className="flex flex-col gap-2">
          <input type="hidden" name="commentId" value={comment.id} />
          <input type="hidden" name="hidden" value={comment.hidden ? "0" : "1"} />
          <SubmitButton variant="secondary" pendingLabel="Working…">
            {comment.hidden ? "Show again" : "Hide"}
          </SubmitButton>
          {state.ok ? null : <FormMessage state={state} />}
        </form>
      ) : null}
      {comment.canDelete ? (
        <ConfirmAction
          action={deleteComment}
          fields={{ commentId: comment.id }}
          label="Delete"
          confirmLabel="Yes, delete my comment"
          question="Delete this comment? Nobody will see it again; this cannot be undone."
        />
      ) : null}
    </div>
  );
}
