"use server";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { changePasswordSchema } from "@/lib/validation/account";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { takeLimit, tryAgainIn } from "@/lib/server/limits";

/**
 * A new password ends every session, this one included: sign in again with it. Attempts are
 * limited per account, so a borrowed session cannot guess the current password at leisure.
 */
export const changePassword = defineAction({
  input: changePasswordSchema,
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, { currentPassword, newPassword }) {
    const wait = await takeLimit("passwordChangePerAccount", viewer.id);
    if (wait > 0)
      throw new ActionError(`Too many password changes. ${tryAgainIn(wait)}`, {
        code: "rate_limited",
      });
    const user = await db().user.findUniqueOrThrow({
      where: { id: viewer.id },
      select: { passwordHash: true },
    });
    if (user.passwordHash && !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new ActionError("That is not your current password.", { field: "currentPassword" });
    }
    await db().user.update({
      where: { id: viewer.id },
      data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    });
    return { redirectTo: "/sign-in?reason=password-changed" };
  },
});
