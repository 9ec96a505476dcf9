import "server-only";
import type { Viewer } from "@/lib/server/auth/session";
import { db } from "@/lib/server/db";
import { mailConfigured } from "@/lib/server/mail";

/**
 * The viewer's own email choices (null when not signed in), with which of them apply: the digest
 * to a coach of a current squad, comment notes to an athlete of one.
 */
export async function getEmailPreferences(viewer: Viewer | null) {
  if (!viewer) return null;
  const [prefs, roles] = await Promise.all([
    db().emailPreference.findUnique({
      where: { userId: viewer.id },
      select: { dailyDigest: true, coachComments: true },
    }),
    db().membership.findMany({
      where: { userId: viewer.id, removedAt: null, squad: { deletedAt: null } },
      select: { role: true },
    }),
  ]);
  return {
    prefs: prefs ?? { dailyDigest: false, coachComments: false },
    isCoach: roles.some((m) => m.role !== "ATHLETE"),
    isAthlete: roles.some((m) => m.role === "ATHLETE"),
    mailReady: mailConfigured(),
    hasEmail: viewer.email !== null,
  };
}
