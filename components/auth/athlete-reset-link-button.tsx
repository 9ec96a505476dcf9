"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { CopyLink } from "@/components/ui/copy-link";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { createAthleteResetLink } from "@/lib/server/actions/create-athlete-reset-link";

/**
 * The head coach's "Make a reset link" for an athlete with a login, e.g. a young athlete with no
 * email to reset by. The link is shown once, to copy and hand over.
 */
export function AthleteResetLinkButton({ athleteId, name }: { athleteId: string; name: string }) {
  const [state, formAction] = useActionState(createAthleteResetLink, initialActionState);
  const path = state.ok ? state.data?.path : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-2">
      <input type="hidden" name="athleteId" value={athleteId} />
      {path ? (
        <CopyLink path={path} label={`Password reset link for ${name}`} />
      ) : (
        <div>
          <SubmitButton variant="secondary" pendingLabel="Making link…">
            Make a reset link for {name}
          </SubmitButton>
        </div>
      )}
      <FormMessage state={state} />
    </form>
  );
}
