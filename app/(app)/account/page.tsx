import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { PasswordForm } from "@/components/account/password-form";
import { ConfirmAction } from "@/components/ui/confirm-action";
import { card } from "@/components/ui/styles";
import { signOutEverywhere } from "@/lib/server/actions/sign-out-everywhere";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC")];
  return (
    <>
      <h1 className="text-2xl font-semibold">Account</h1>
      <section aria-labelledby="profile" className={card}>
        <h2 id="profile" className="mb-3 text-lg font-medium">
          Profile
        </h2>
        <AccountForm account={user} timeZones={timeZones} />
      </section>
      <section aria-labelledby="password" className={card}>
        <h2 id="password" className="mb-3 text-lg font-medium">
          Password
        </h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="sessions" className={card}>
        <h2 id="sessions" className="mb-3 text-lg font-medium">
          Signed-in devices
        </h2>
        <ConfirmAction
          action={signOutEverywhere}
          fields={{}}
          label="Sign out everywhere"
          confirmLabel="Yes, sign out every device"
          question="Sign out on every device, this one included?"
        />
      </section>
      <section aria-labelledby="delete" className={card}>
        <h2 id="delete" className="mb-3 text-lg font-medium">
          Delete account
        </h2>
        <DeleteAccountForm email={user.email} />
      </section>
    </>
  );
}
