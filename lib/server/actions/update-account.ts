"use server";
import { accountSchema } from "@/lib/validation/account";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

export const updateAccount = defineAction({
  input: accountSchema,
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, data) {
    await db().user.update({ where: { id: viewer.id }, data });
    return { message: "Saved.", revalidate: ["/", "/account"] };
  },
});
