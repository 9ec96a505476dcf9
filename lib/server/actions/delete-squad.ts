"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { isHeadCoach } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** The head coach deletes a squad after typing its name; everyone's access ends at once. */
export const deleteSquad = defineAction({
  input: z.object({ squadId: id, confirmName: z.string().trim() }),
  authorize: (viewer, { squadId }) => isHeadCoach(viewer, squadId),
  async run(_viewer, { squadId, confirmName }) {
    const squad = await db().squad.findUniqueOrThrow({
      where: { id: squadId },
      select: { name: true },
    });
    if (confirmName !== squad.name.trim()) {
      throw new ActionError(`Type the squad's name, "${squad.name}", to confirm.`, {
        field: "confirmName",
      });
    }
    await db().squad.update({ where: { id: squadId }, data: { deletedAt: new Date() } });
    return { redirectTo: "/dashboard", revalidate: ["/dashboard"] };
  },
});
