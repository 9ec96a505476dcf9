"use server";
import { paths } from "@/lib/paths";
import { squadSchema } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

/** Any signed-in user may start a squad and becomes its head coach. */
export const createSquad = defineAction({
  input: squadSchema,
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, data) {
    const squad = await db().squad.create({
      data: { ...data, memberships: { create: { userId: viewer.id, role: "HEAD_COACH" } } },
    });
    return { redirectTo: paths.squad(squad.id), revalidate: [paths.dashboard()] };
  },
});
