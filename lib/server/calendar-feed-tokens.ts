import "server-only";
import { hashToken, newToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db";

/**
 * Revokes the owner's live feed of this kind (and squad) and makes a new one, in one transaction
 * so there is never a moment with two live feeds or none half-made. Returns the new URL's path,
 * which holds the token: the only time it exists outside the hash.
 */
export async function renewFeed(owner: {
  userId: string;
  kind: "ATHLETE" | "SQUAD";
  squadId: string | null;
}): Promise<string> {
  const token = newToken();
  await db().$transaction([
    db().calendarFeed.updateMany({
      where: { ...owner, revokedAt: null },
      data: { revokedAt: new Date() },
    }),
    db().calendarFeed.create({ data: { ...owner, tokenHash: hashToken(token) } }),
  ]);
  return `/feeds/${token}.ics`;
}
