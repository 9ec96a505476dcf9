"use client";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState } from "@/lib/action-state";
import { requestPasswordReset } from "@/lib/server/actions/request-password-reset";

export function ForgotPasswordForm() {
  const [state, formAction] = useActionState(requestPasswordReset, initialActionState);
  const field = useFormFields(state, { email: "" });
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <Field
        label="Email"
        {...field("email")}
        type="email"
        autoComplete="email"
        required
        error={state.fieldErrors?.email}
      />
      <FormMessage state={state} />
      <div>
        <SubmitButton pendingLabel="Sending…">Email me a reset link</SubmitButton>
      </div>
    </form>
  );
}
