"use client";
import { noticeVariants } from "@/components/ui/notice-variants";
import Link from "next/link";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { buttonPrimary, buttonSecondary } from "@/components/ui/styles";

type Provider = { id: string; name: string };

export function SignInForm({
  callbackUrl,
  providers,
}: {
  callbackUrl: string;
  providers: Provider[];
}) {
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(undefined);
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      redirect: false,
    });
    if (result?.ok && !result.error) {
      window.location.assign(callbackUrl); // a full load, so every server component sees the new cookie
      return;
    }
    setPending(false);
    setError(
      result?.error && result.error !== "CredentialsSignin"
        ? result.error
        : "That email and password do not match an account.",
    );
  }

  return (
    <div className="flex flex-col gap-4">
      <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4" noValidate>
        <Field label="Email" name="email" type="email" autoComplete="email" required />
        <Field
          label="Password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
        <Link href="/forgot-password" className="text-brand-700 self-start text-sm underline">
          Forgot password?
        </Link>
        {error ? (
          <p role="alert" className={noticeVariants({ tone: "error" })}>
            {error}
          </p>
        ) : null}
        <button type="submit" className={buttonPrimary} disabled={pending}>
          {pending ? "Signing in…" : "Sign in"}
        </button>
      </form>
      {providers.map((p) => (
        <button
          key={p.id}
          type="button"
          className={buttonSecondary}
          onClick={() => void signIn(p.id, { callbackUrl })}
        >
          Continue with {p.name}
        </button>
      ))}
    </div>
  );
}
