"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { deleteAccount } from "@/lib/server/actions/delete-account";
import { endingSession } from "@/components/auth/sign-out";

// The account is gone: this device is signed out and cleared like any sign-out.
const deleteAccountHere = endingSession(deleteAccount);

export function DeleteAccountForm({ email }: { email: string | null }) {
  const [state, formAction] = useActionState(deleteAccountHere, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-3" noValidate>
      <p className="text-slate-700">
        This deletes your login, email, password and squad memberships for good. Sessions you logged
        stay with your squads: an athlete&apos;s history remains visible to their coaches under
        their name, without a login. A squad you head passes to its longest-serving other coach, or
        is deleted if it has none.
      </p>
      <Field
        label={email ? `Type your email (${email}) to confirm` : 'Type "delete" to confirm'}
        name="confirm"
        autoComplete="off"
        error={state.fieldErrors?.confirm}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton variant="danger" pendingLabel="Deleting…">
          Delete my account
        </SubmitButton>
      </div>
    </form>
  );
}
