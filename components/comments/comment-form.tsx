"use client";
import { useActionState, useState } from "react";
import { FieldShell } from "@/components/ui/field-shell";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { addComment } from "@/lib/server/actions/add-comment";
import { COMMENT_MAX } from "@/lib/validation/comments";

/** Writes a comment; the text stays on a refusal and is cleared once it is posted. */
export function CommentForm({ assignmentId }: { assignmentId: string }) {
  const [body, setBody] = useState("");
  const [state, formAction] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await addComment(previous, form);
    if (next.ok) setBody("");
    return next;
  }, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-2" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <FieldShell id="comment-body" label="Add a comment" error={state.fieldErrors?.body}>
        {(aria) => (
          <textarea
            id="comment-body"
            name="body"
            rows={3}
            maxLength={COMMENT_MAX}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            {...aria}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 text-base aria-[invalid=true]:border-red-600"
          />
        )}
      </FieldShell>
      <div>
        <SubmitButton pendingLabel="Posting…">Post comment</SubmitButton>
      </div>
      <FormMessage state={state.ok ? { ok: true } : state} />
    </form>
  );
}
