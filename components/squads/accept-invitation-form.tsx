"use client";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { acceptInvitation } from "@/lib/server/actions/accept-invitation";

export function AcceptInvitationForm({ token, squadName }: { token: string; squadName: string }) {
  const [state, formAction] = useActionState(acceptInvitation, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Joining…">Join {squadName}</SubmitButton>
      </div>
    </form>
  );
}
