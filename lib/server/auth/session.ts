import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { authOptions } from "./options";
import { userRow } from "./user-row";

export type Viewer = {
  id: string;
  name: string;
  email: string | null;
  role: "COACH" | "ATHLETE";
  units: "METRIC" | "IMPERIAL";
  timeZone: string;
};

/**
 * The signed-in user, or null. The JWT's session version must match the user's current one:
 * bumping it (sign out everywhere, password change, account deletion) ends every session at once.
 */
export const currentUser = cache(async (): Promise<Viewer | null> => {
  // The session callback in options.ts adds userId and sv (the session version) to the session.
  const session = await getServerSession(authOptions);
  if (!session?.userId) return null;
  // Already read for the session-version check in this request (user-row.ts).
  const user = await userRow(session.userId);
  if (!user || user.sessionVersion !== session.sv) return null;
  const { sessionVersion: _sv, ...viewer } = user;
  return viewer;
});

/** For signed-in pages: the user, or a redirect to sign in that comes back here afterwards. */
export async function requireUser(returnTo?: string): Promise<Viewer> {
  const user = await currentUser();
  if (!user)
    redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}
