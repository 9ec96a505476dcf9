"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { pinMark } from "@/lib/server/actions/pin-mark";

/** Pin a mark (targets come from it whatever is newer), or unpin (the latest counts again). */
export function PinMarkButton({
  athleteId,
  markId,
  pinned,
  description,
}: {
  athleteId: string;
  markId: string;
  pinned: boolean;
  /** "19:45 of 2026-03-03", so each button's name says which mark it acts on. */
  description: string;
}) {
  const [state, formAction] = useActionState(pinMark, initialActionState);
  return (
    <form action={formAction} className="flex flex-col items-end gap-1">
      <input type="hidden" name="athleteId" value={athleteId} />
      <input type="hidden" name="markId" value={pinned ? "" : markId} />
      <SubmitButton variant="secondary" pendingLabel="Saving…">
        {pinned ? "Unpin" : "Pin"}
        <span className="sr-only"> {description}</span>
      </SubmitButton>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
