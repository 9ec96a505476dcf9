"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { markSquadSeen } from "@/lib/server/actions/mark-squad-seen";

/** Clears this coach's "new" marks for the squad (another coach's stay). Nothing is lost. */
export function MarkAllSeen({ squadId }: { squadId: string }) {
  const [state, formAction] = useActionState(markSquadSeen, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="squadId" value={squadId} />
      <SubmitButton variant="secondary" pendingLabel="Working…">
        Mark all seen
      </SubmitButton>
      {state.ok ? null : <FormMessage state={state} />}
    </form>
  );
}
