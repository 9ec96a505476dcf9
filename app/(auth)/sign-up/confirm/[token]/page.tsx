import type { Metadata } from "next";
import { ConfirmSignUpForm } from "@/components/auth/confirm-sign-up-form";
import { safeCallbackPath } from "@/lib/safe-redirect";

// The token is in the path: no Referer may carry it to another site.
export const metadata: Metadata = {
  title: "Finish creating your account",
  referrer: "no-referrer",
};

/**
 * The emailed sign-up link. Opening it changes nothing (mail scanners open links too): the
 * button does, so the account is made by the person who asked for it.
 */
export default async function ConfirmSignUpPage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { token } = await params;
  const callbackUrl = safeCallbackPath((await searchParams).callbackUrl);
  return (
    <>
      <h1 className="text-2xl font-semibold">Finish creating your account</h1>
      <p className="text-slate-700">Your email address is confirmed by this link.</p>
      <ConfirmSignUpForm token={token} callbackUrl={callbackUrl} />
    </>
  );
}
