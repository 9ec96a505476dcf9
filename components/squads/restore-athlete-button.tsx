"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { restoreAthlete } from "@/lib/server/actions/restore-athlete";

/** The undo of "Remove" for an athlete without a login: nothing is lost, so no confirmation. */
export function RestoreAthleteButton({ athleteId, name }: { athleteId: string; name: string }) {
  const [state, formAction] = useActionState(restoreAthlete, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-1 sm:items-end">
      <input type="hidden" name="athleteId" value={athleteId} />
      <SubmitButton variant="secondary" pendingLabel="Restoring…">
        Restore<span className="sr-only"> {name}</span>
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
