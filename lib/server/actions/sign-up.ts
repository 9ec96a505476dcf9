"use server";
import { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/security/password";
import { signUpSchema } from "@/lib/validation/account";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

/** A new account. The form then signs in with the same credentials. */
export const signUp = defineAction({
  anonymous: true,
  input: signUpSchema,
  authorize: () => Promise.resolve(true),
  async run(_viewer, { name, email, password }) {
    try {
      await db().user.create({
        data: { name, email, role: "COACH", passwordHash: await hashPassword(password) },
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw new ActionError(
          "An account with this email already exists: sign in instead.",
          "email",
        );
      }
      throw error;
    }
  },
});
