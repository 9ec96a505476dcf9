"use server";
import { z } from "zod";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

/**
 * Deletes the login and its personal data (email, password, OAuth links, memberships) in one
 * transaction. Sessions the user logged stay with their squads: an athlete's history becomes a
 * profile without a login that their coaches still see. A squad this user heads passes to its
 * longest-serving other coach, or is deleted when it has none.
 */
export const deleteAccount = defineAction({
  input: z.object({ confirm: z.string().trim().toLowerCase() }),
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, { confirm }) {
    if (confirm !== (viewer.email ?? "delete").toLowerCase()) {
      throw new ActionError(
        viewer.email ? "Type your email address to confirm." : 'Type "delete" to confirm.',
        { field: "confirm" },
      );
    }
    await db().$transaction(async (tx) => {
      const headed = await tx.membership.findMany({
        where: {
          userId: viewer.id,
          role: "HEAD_COACH",
          removedAt: null,
          squad: { deletedAt: null },
        },
        select: { squadId: true },
      });
      for (const { squadId } of headed) {
        const successor = await tx.membership.findFirst({
          where: { squadId, role: "COACH", removedAt: null },
          orderBy: { createdAt: "asc" },
        });
        if (successor)
          await tx.membership.update({ where: { id: successor.id }, data: { role: "HEAD_COACH" } });
        else await tx.squad.update({ where: { id: squadId }, data: { deletedAt: new Date() } });
      }
      await tx.user.delete({ where: { id: viewer.id } });
    });
    return { redirectTo: "/?account=deleted" };
  },
});
