import { CardSection } from "@/components/ui/card-section";
import type { Viewer } from "@/lib/server/auth/session";
import { getEmailPreferences } from "@/lib/server/data/email-preferences";
import { EmailPreferences } from "./email-preferences";

/** Account settings' "Emails" card; nothing for an account in no squad, or without an email. */
export async function EmailSettings({ viewer }: { viewer: Viewer }) {
  const data = await getEmailPreferences(viewer);
  if (!data || !data.hasEmail || (!data.isCoach && !data.isAthlete)) return null;
  return (
    <CardSection id="emails" title="Emails">
      <EmailPreferences
        prefs={data.prefs}
        isCoach={data.isCoach}
        isAthlete={data.isAthlete}
        mailReady={data.mailReady}
      />
    </CardSection>
  );
}
