"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { CopyLink } from "@/components/ui/copy-link";

/** A one-use link that gives a login-less athlete an account, keeping their history. */
export function LinkAthleteButton({
  squadId,
  athleteId,
  name,
}: {
  squadId: string;
  athleteId: string;
  name: string;
}) {
  const [state, formAction] = useActionState(createInvitation, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="squadId" value={squadId} />
      <input type="hidden" name="athleteId" value={athleteId} />
      <input type="hidden" name="role" value="ATHLETE" />
      {state.ok && state.data?.path ? (
        <CopyLink path={state.data.path} />
      ) : (
        <div>
          <SubmitButton variant="secondary" pendingLabel="Creating link…">
            Invite {name} to log in
          </SubmitButton>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
