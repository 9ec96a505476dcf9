import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";

// next-auth's own endpoints (sign-in, sign-out, session, CSRF token); it checks its CSRF token
// on every POST, so these need no Origin check of ours.
const handler = NextAuth(authOptions) as (request: Request, context: unknown) => Promise<Response>;

export { handler as GET, handler as POST };
