"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { changePassword } from "@/lib/server/actions/change-password";
import { endingSession } from "@/components/auth/sign-out";

// Every session ends, this device's too: it is signed out and cleared like any sign-out.
const changePasswordHere = endingSession(changePassword);

export function PasswordForm() {
  const [state, formAction] = useActionState(changePasswordHere, initialActionState);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <Field
        label="Current password"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword}
      />
      <Field
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={8}
        maxLength={128}
        error={errors.newPassword}
        hint="At least 8 characters; 15 or more is better. Every device is signed out afterwards."
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton>Change password</SubmitButton>
      </div>
    </form>
  );
}
