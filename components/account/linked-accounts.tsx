import { CardSection } from "@/components/ui/card-section";
import { linkedProviders, oauthProviders } from "@/lib/server/auth/oauth";
import { LinkProviderButtons } from "./link-provider-buttons";

/**
 * "Link Google" / "Link Strava" for the signed-in user, shown only when a provider is configured.
 * Linking is the only way a provider identity joins an existing account: never by its email.
 */
export async function LinkedAccounts({ userId }: { userId: string }) {
  const providers = oauthProviders().map((p) => ({ id: p.id, name: p.name }));
  if (providers.length === 0) return null;
  const linked = await linkedProviders(userId);
  return (
    <CardSection id="linked-accounts" title="Sign in with Google or Strava">
      <LinkProviderButtons providers={providers} linked={linked} />
    </CardSection>
  );
}
