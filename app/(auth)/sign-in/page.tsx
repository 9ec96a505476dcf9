import { noticeVariants } from "@/components/ui/notice-variants";
import type { Metadata } from "next";
import Link from "next/link";
import { ForgetOfflineCopies } from "@/components/auth/forget-offline-copies";
import { SignInForm } from "@/components/auth/sign-in-form";
import { currentUser } from "@/lib/server/auth/session";
import { oauthProviders } from "@/lib/server/auth/oauth";
import { safeCallbackPath } from "@/lib/safe-redirect";

export const metadata: Metadata = { title: "Sign in" };

const REASONS: Record<string, string> = {
  "password-changed":
    "Your password was changed and every session was signed out. Sign in with the new password.",
  "signed-out-everywhere": "You were signed out on every device.",
  // A provider sign-in whose email already has an account: never linked by email (oauth.ts).
  "oauth-email-taken":
    "An account with that email address already exists. Sign in with your password, then link Google or Strava from your account page.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl);
  const reason = typeof params.reason === "string" ? REASONS[params.reason] : undefined;
  const providers = oauthProviders().map((p) => ({ id: p.id, name: p.name }));
  // No session here (expired, ended elsewhere, removed): offline copies of squad pages must go.
  const signedIn = (await currentUser()) !== null;
  return (
    <>
      {signedIn ? null : <ForgetOfflineCopies />}
      <h1 className="text-2xl font-semibold">Sign in</h1>
      {reason ? (
        <p role="status" className={noticeVariants({ tone: "info" })}>
          {reason}
        </p>
      ) : null}
      <SignInForm callbackUrl={callbackUrl} providers={providers} />
      <p className="text-slate-700">
        New here?{" "}
        <Link
          className="text-brand-700 font-medium underline"
          href={`/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}`}
        >
          Create an account
        </Link>
      </p>
    </>
  );
}
