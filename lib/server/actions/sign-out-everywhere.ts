"use server";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

export const signOutEverywhere = defineAction({
  input: z.object({}),
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer) {
    await db().user.update({
      where: { id: viewer.id },
      data: { sessionVersion: { increment: 1 } },
    });
    return { redirectTo: "/sign-in?reason=signed-out-everywhere" };
  },
});
