import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { oauthProviders, signInWithOAuth } from "./oauth";
import { verifyCredentials } from "./credentials";

/**
 * next-auth 4 with JWT sessions (the Credentials provider requires them). A JWT alone cannot be
 * revoked, so it carries the user's sessionVersion; lib/server/auth/session.ts compares it with
 * the database on every use, which makes "sign out everywhere" and password changes immediate.
 */
export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      authorize: (credentials, req) => verifyCredentials(credentials, req.headers ?? {}),
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (!account || account.type === "credentials") return true;
      const linked = await signInWithOAuth(account, profile, user);
      user.id = linked.id;
      (user as { sessionVersion?: number }).sessionVersion = linked.sessionVersion;
      return true;
    },
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, userId: token.sub, sv: token.sv };
    },
  },
};
