"use server";
import { id, squadSchema } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

export const updateSquad = defineAction({
  input: squadSchema.extend({ squadId: id }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(_viewer, { squadId, ...data }) {
    await db().squad.update({ where: { id: squadId }, data });
    return { message: "Saved.", revalidate: [`/squads/${squadId}`] };
  },
});
