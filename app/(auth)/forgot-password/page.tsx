import type { Metadata } from "next";
import Link from "next/link";
import { ForgotPasswordForm } from "@/components/auth/forgot-password-form";
import { mailConfigured } from "@/lib/server/mail";

export const metadata: Metadata = { title: "Forgot your password?" };

export default function ForgotPasswordPage() {
  return (
    <>
      <h1 className="text-2xl font-semibold">Forgot your password?</h1>
      {mailConfigured() ? (
        <>
          <p className="text-slate-700">
            Enter the email address you sign in with: we will email you a link to choose a new
            password.
          </p>
          <ForgotPasswordForm />
        </>
      ) : (
        <p className="text-slate-700">
          This server does not send email, so a password cannot be reset by email here. Athletes:
          ask your head coach for a password reset link. Coaches: ask whoever runs this server.
        </p>
      )}
      <p className="text-slate-700">
        Remembered it?{" "}
        <Link className="text-brand-700 font-medium underline" href="/sign-in">
          Sign in
        </Link>
      </p>
    </>
  );
}
