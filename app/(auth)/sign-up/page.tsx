import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  return (
    <>
      <h1 className="text-2xl font-semibold">Create an account</h1>
      <p className="text-slate-700">
        Coaches start here. Athletes: open the invitation link your coach sent you.
      </p>
      <SignUpForm callbackUrl={callbackUrl} />
      <p className="text-slate-700">
        Already have an account?{" "}
        <Link
          className="text-brand-700 font-medium underline"
          href={`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          Sign in
        </Link>
      </p>
    </>
  );
}
