"use client";
import { signIn } from "next-auth/react";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormFields } from "@/components/ui/use-form-fields";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { signUp } from "@/lib/server/actions/sign-up";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(async (previous: ActionState, form: FormData) => {
    const result = await signUp(previous, form);
    // With email set up, the emailed link finishes the sign-up: nothing to sign in to yet.
    if (!result.ok || result.data?.next === "check-email") return result;
    // Sign in with what was just typed, then go on. For an address that already had an account
    // this fails as a wrong password would: sign-up itself never says which addresses are taken.
    const signedIn = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    if (signedIn?.ok && !signedIn.error) {
      window.location.assign(callbackUrl);
      return result;
    }
    return {
      ok: false,
      message:
        "We could not sign you in with that email and password. If you already have an account, sign in, or reset your password.",
    };
  }, initialActionState);
  const errors = state.fieldErrors ?? {};
  // Kept after a refusal ("that email is taken"), also on success: the sign-in that follows uses them.
  const field = useFormFields(
    state,
    { name: "", email: "", password: "" },
    { keepOnSuccess: true },
  );

  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      <Field
        label="Your name"
        {...field("name")}
        autoComplete="name"
        required
        error={errors.name}
      />
      <Field
        label="Email"
        {...field("email")}
        type="email"
        autoComplete="email"
        required
        error={errors.email}
      />
      <Field
        label="Password"
        {...field("password")}
        type="password"
        autoComplete="new-password"
        required
        minLength={8}
        maxLength={128}
        error={errors.password}
        hint="At least 8 characters; a longer passphrase (15 or more) is better. No rules about symbols."
      />
      <FormMessage state={state} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <SubmitButton pendingLabel="Creating your account…">Create account</SubmitButton>
    </form>
  );
}
