import "server-only";
import { hashToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db";

export type PasswordResetCheck =
  { ok: true; reset: { id: string; userId: string; name: string } } | { ok: false; reason: string };

const ASK_AGAIN =
  "Ask for a new one from the sign-in page, or, if your coach made it, ask your coach.";

/**
 * Whether a password reset link can be used now, with a message for each way it cannot. The
 * link is the capability: whoever holds it may see whose account it resets.
 */
export async function checkPasswordReset(
  token: string,
  now = new Date(),
): Promise<PasswordResetCheck> {
  const reset = await db().passwordReset.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      userId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { name: true } },
    },
  });
  if (!reset)
    return {
      ok: false,
      reason: `This password reset link is not valid: check it was copied whole. ${ASK_AGAIN}`,
    };
  if (reset.usedAt)
    return { ok: false, reason: `This password reset link has already been used. ${ASK_AGAIN}` };
  if (reset.expiresAt <= now)
    return { ok: false, reason: `This password reset link has expired. ${ASK_AGAIN}` };
  return { ok: true, reset: { id: reset.id, userId: reset.userId, name: reset.user.name } };
}
