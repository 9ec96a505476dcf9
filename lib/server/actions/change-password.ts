"use server";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { changePasswordSchema } from "@/lib/validation/account";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

/** A new password ends every session, this one included: sign in again with it. */
export const changePassword = defineAction({
  input: changePasswordSchema,
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, { currentPassword, newPassword }) {
    const user = await db().user.findUniqueOrThrow({
      where: { id: viewer!.id },
      select: { passwordHash: true },
    });
    if (user.passwordHash && !(await verifyPassword(user.passwordHash, currentPassword))) {
      throw new ActionError("That is not your current password.", "currentPassword");
    }
    await db().user.update({
      where: { id: viewer!.id },
      data: { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } },
    });
    return { redirectTo: "/sign-in?reason=password-changed" };
  },
});
