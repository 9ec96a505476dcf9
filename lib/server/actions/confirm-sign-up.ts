"use server";
import { hashToken } from "@/lib/security/tokens";
import { confirmSignUpSchema } from "@/lib/validation/account";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

const NOT_VALID =
  "This link is not valid or has expired. Sign up again: a new link will be emailed to you.";

/**
 * Finishes a sign-up from its emailed link: opening it proves the address is yours. The account
 * is made and every pending sign-up for the address removed in one transaction; the person then
 * signs in with the password they chose. The link is the capability, so no sign-in is needed.
 */
export const confirmSignUp = defineAction({
  anonymous: true,
  input: confirmSignUpSchema,
  authorize: () => Promise.resolve(true),
  async run(_viewer, { token }) {
    await db().$transaction(async (tx) => {
      const request = await tx.signUpRequest.findUnique({
        where: { tokenHash: hashToken(token) },
        select: { email: true, name: true, passwordHash: true, expiresAt: true },
      });
      if (!request || request.expiresAt <= new Date()) throw new ActionError(NOT_VALID);
      const { email, name, passwordHash } = request;
      // Removes this link too; zero rows means a concurrent confirmation got there first.
      const removed = await tx.signUpRequest.deleteMany({ where: { email } });
      if (removed.count === 0) throw new ActionError(NOT_VALID);
      const created = await tx.user.createMany({
        data: [{ name, email, role: "COACH", passwordHash }],
        skipDuplicates: true,
      });
      // Only the address's owner gets here, so saying it is taken reveals nothing.
      if (created.count === 0)
        throw new ActionError("This email already has an account: sign in instead.");
    });
    return { message: "Your account is ready: sign in with the password you chose." };
  },
});
