"use client";
import Link from "next/link";
import { useActionState } from "react";
import { FormMessage } from "@/components/ui/form-message";
import { buttonPrimary } from "@/components/ui/styles";
import { SubmitButton } from "@/components/ui/submit-button";
import { initialActionState } from "@/lib/action-state";
import { confirmSignUp } from "@/lib/server/actions/confirm-sign-up";

export function ConfirmSignUpForm({ token, callbackUrl }: { token: string; callbackUrl: string }) {
  const [state, formAction] = useActionState(confirmSignUp, initialActionState);
  const signIn = `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <input type="hidden" name="token" value={token} />
      <FormMessage state={state} />
      {state.ok ? (
        <Link className={buttonPrimary} href={signIn}>
          Sign in
        </Link>
      ) : (
        <div>
          <SubmitButton pendingLabel="Creating your account…">Create my account</SubmitButton>
        </div>
      )}
    </form>
  );
}
