"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { resetPassword } from "@/lib/server/actions/reset-password";

/** On success the action goes on to the sign-in page, which says every session was ended. */
export function ResetPasswordForm({ token }: { token: string }) {
  const [state, formAction] = useActionState(resetPassword, initialActionState);
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        error={state.fieldErrors?.newPassword ?? state.fieldErrors?.token}
        hint="At least 8 characters; a longer passphrase (15 or more) is better. No rules about symbols."
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Saving…">Set new password</SubmitButton>
      </div>
    </form>
  );
}
