"use server";
import { hashPassword } from "@/lib/security/password";
import { resetPasswordSchema } from "@/lib/validation/account";
import { ActionError, defineAction } from "@/lib/server/action";
import { checkPasswordReset } from "@/lib/server/data/password-resets";
import { db } from "@/lib/server/db";

/**
 * Sets a new password from a one-time reset link. The link is the capability, so no sign-in is
 * needed. Using the link, setting the password, ending every session of the account and
 * closing its other open reset links happen in one transaction.
 */
export const resetPassword = defineAction({
  anonymous: true,
  input: resetPasswordSchema,
  authorize: () => Promise.resolve(true),
  async run(_viewer, { token, newPassword }) {
    // Checked before hashing: a made-up link costs the server no Argon2 work.
    const check = await checkPasswordReset(token);
    if (!check.ok) throw new ActionError(check.reason);
    const { id, userId } = check.reset;
    const passwordHash = await hashPassword(newPassword);
    await db().$transaction(async (tx) => {
      const now = new Date();
      // Used exactly once, even by two submits at once: only one of them flips usedAt.
      const claimed = await tx.passwordReset.updateMany({
        where: { id, usedAt: null, expiresAt: { gt: now } },
        data: { usedAt: now },
      });
      if (claimed.count === 0) {
        const again = await checkPasswordReset(token, now);
        throw new ActionError(
          again.ok ? "This password reset link has already been used." : again.reason,
        );
      }
      await tx.user.update({
        where: { id: userId },
        data: { passwordHash, sessionVersion: { increment: 1 } },
      });
      await tx.passwordReset.updateMany({
        where: { userId, usedAt: null },
        data: { usedAt: now },
      });
    });
    return { redirectTo: "/sign-in?reason=password-changed" };
  },
});
