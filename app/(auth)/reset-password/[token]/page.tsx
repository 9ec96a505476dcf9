import type { Metadata } from "next";
import Link from "next/link";
import { ResetPasswordForm } from "@/components/auth/reset-password-form";
import { card } from "@/components/ui/styles";
import { checkPasswordReset } from "@/lib/server/data/password-resets";

// The token is in the path: no Referer may carry it to another site.
export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

export default async function ResetPasswordPage({
  params,
}: {
  params: Promise<{ token: string }>;
}) {
  const { token } = await params;
  const check = await checkPasswordReset(token);
  if (!check.ok) {
    return (
      <div className={card} role="alert">
        <h1 className="text-xl font-semibold">This link cannot be used</h1>
        <p className="mt-2 text-slate-700">{check.reason}</p>
        <p className="mt-2">
          <Link className="text-brand-700 font-medium underline" href="/forgot-password">
            Ask for a new link
          </Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <h1 className="text-2xl font-semibold">Choose a new password</h1>
      <p className="text-slate-700">
        For <strong>{check.reset.name}</strong>. Every device signed in to this account is signed
        out; then sign in with the new password.
      </p>
      <ResetPasswordForm token={token} />
    </>
  );
}
