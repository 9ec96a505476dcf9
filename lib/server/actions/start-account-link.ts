"use server";
import { cookies, headers } from "next/headers";
import { z } from "zod";
import { ActionError, defineAction } from "@/lib/server/action";
import { issueLinkIntent } from "@/lib/server/auth/link-intent";
import { oauthProviders } from "@/lib/server/auth/oauth";
import { secureCookies } from "@/lib/server/auth/signed-value";
import { db } from "@/lib/server/db";

/**
 * The first half of linking Google or Strava to the signed-in account: a short-lived signed
 * cookie saying so. The browser then signs in with the provider, and next-auth's signIn callback
 * (lib/server/auth/options.ts) links that identity to this user. A server action, not a GET
 * link: Next checks its origin, so another site cannot start a link for the user.
 */
export const startAccountLink = defineAction({
  input: z.object({ provider: z.enum(["google", "strava"]) }),
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, { provider }) {
    if (!oauthProviders().some((p) => p.id === provider)) {
      throw new ActionError("Signing in with this provider is not set up on this server.");
    }
    const { sessionVersion } = await db().user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: { sessionVersion: true },
    });
    const proto = (await headers()).get("x-forwarded-proto");
    const intent = issueLinkIntent(viewer.id, sessionVersion, provider, secureCookies(proto));
    (await cookies()).set(intent.name, intent.value, intent.options);
    return { data: { provider } };
  },
});
