import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/server/db";
import { authOptions } from "./options";

const viewerSelect = {
  id: true,
  name: true,
  email: true,
  role: true,
  units: true,
  timeZone: true,
  sessionVersion: true,
} as const;

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
  const user = await db().user.findUnique({ where: { id: session.userId }, select: viewerSelect });
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
