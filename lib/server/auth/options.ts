import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import type { CookieToSet } from "./device-cookie";
import { verifyCredentials } from "./credentials";
import { LINK_INTENT_COOKIE, linkingUser } from "./link-intent";
import { oauthProviders, signInWithOAuth } from "./oauth";
import { assertSessionCurrent, SessionEnded } from "./session-version";

// next-auth runs authorize() and its callbacks inside our route handler, so next/headers'
// cookies() works there, and Next adds what is set to the route's response (app-route module's
// finalizeResponse merges the request's mutable cookies into the Response next-auth returns).
async function setCookie({ name, value, options }: CookieToSet) {
  (await cookies()).set(name, value, options);
}

/** The intent cookie and session token the linking check needs; the intent is used up. */
async function linkCookies() {
  const jar = await cookies();
  const intent = jar.get(LINK_INTENT_COOKIE)?.value;
  if (intent) jar.delete(LINK_INTENT_COOKIE);
  const sessionToken =
    jar.get("__Secure-next-auth.session-token")?.value ?? jar.get("next-auth.session-token")?.value;
  return { intent, sessionToken };
}

/**
 * next-auth 4 with JWT sessions (the Credentials provider requires them). A JWT alone cannot be
 * revoked, so it carries the user's sessionVersion, compared with the database on every use: in
 * the jwt callback below (which covers /api/auth/session and getServerSession) and again in
 * lib/server/auth/session.ts. "Sign out everywhere" and password changes take effect at once.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => verifyCredentials(credentials, req.headers ?? {}, setCookie),
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      const linkTo = await linkingUser(account.provider, await linkCookies());
      const outcome = await signInWithOAuth(account, profile, user, linkTo);
      if ("refused" in outcome) return outcome.refused;
      // The token is made from this object: make it the account's, not the provider's profile.
      Object.assign(user, outcome.user);
      return true;
    },
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.name = user.name;
        token.email = user.email;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
        return token;
      }
      await assertSessionCurrent(token);
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
  logger: {
    // An ended session is expected, not an error worth a stack trace in the server log.
    error(code, metadata) {
      if (metadata instanceof SessionEnded) return;
      console.error(`[next-auth][error][${code}]`, metadata);
    },
  },
};
