import { CardSection } from "@/components/ui/card-section";
import type { Metadata } from "next";
import { AccountForm } from "@/components/account/account-form";
import { DeleteAccountForm } from "@/components/account/delete-account-form";
import { EmailSettings } from "@/components/account/email-settings";
import { LinkedAccounts } from "@/components/account/linked-accounts";
import { PasswordForm } from "@/components/account/password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { CalendarFeeds } from "@/components/calendar/calendar-feeds";
import { requireUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Account" };

export default async function AccountPage() {
  const user = await requireUser("/account");
  const timeZones = ["UTC", ...Intl.supportedValuesOf("timeZone").filter((tz) => tz !== "UTC")];
  return (
    <>
      <h1 className="text-2xl font-semibold">Account</h1>
      <CardSection id="profile" title="Profile">
        <AccountForm account={user} timeZones={timeZones} />
      </CardSection>
      <CardSection id="password" title="Password">
        <PasswordForm />
      </CardSection>
      <CardSection id="sessions" title="Signed-in devices">
        <SignOutEverywhere />
      </CardSection>
      <LinkedAccounts userId={user.id} />
      <CalendarFeeds viewer={user} squads title="Calendar feeds" />
      <EmailSettings viewer={user} />
      <CardSection id="delete" title="Delete account">
        <DeleteAccountForm email={user.email} />
      </CardSection>
    </>
  );
}
