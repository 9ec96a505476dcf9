"use server";
import { z } from "zod";
import { ActionError, defineAction } from "@/lib/server/action";
import { checkInvitation } from "@/lib/server/data/invitations";
import { db } from "@/lib/server/db";

/**
 * Joins the squad an invitation is for, in one transaction: the use is counted atomically (a
 * capped link cannot be used past its cap by two people at once), the membership is made or
 * restored, and an athlete gets a profile, or the existing login-less one the coach linked.
 */
export const acceptInvitation = defineAction({
  input: z.object({
    token: z.string().trim().min(10, "This invitation link is not valid.").max(100),
  }),
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, { token }) {
    const check = await checkInvitation(token);
    if (!check.ok) throw new ActionError(check.reason);
    const { invitation } = check;
    if (invitation.email && invitation.email !== viewer!.email?.toLowerCase()) {
      throw new ActionError(
        `This invitation is for ${invitation.email}: sign in with that account to accept it.`,
      );
    }
    await db().$transaction(async (tx) => {
      const existing = await tx.membership.findUnique({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer!.id } },
      });
      if (existing && !existing.removedAt)
        throw new ActionError(`You are already in "${invitation.squadName}".`);
      const counted = await tx.$executeRaw`
        UPDATE "Invitation" SET "uses" = "uses" + 1
        WHERE "id" = ${invitation.id} AND ("maxUses" IS NULL OR "uses" < "maxUses")`;
      if (counted === 0)
        throw new ActionError(
          "This invitation has already been used as many times as the coach allowed.",
        );
      await tx.membership.upsert({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer!.id } },
        create: { squadId: invitation.squadId, userId: viewer!.id, role: invitation.role },
        update: { role: invitation.role, removedAt: null },
      });
      if (invitation.role !== "ATHLETE") return;
      if (invitation.athleteProfileId) {
        const own = await tx.athleteProfile.findUnique({
          where: { squadId_userId: { squadId: invitation.squadId, userId: viewer!.id } },
        });
        if (own)
          throw new ActionError(
            "You already have an athlete profile in this squad: ask your coach to merge them.",
          );
        const linked = await tx.athleteProfile.updateMany({
          where: { id: invitation.athleteProfileId, userId: null, removedAt: null },
          data: { userId: viewer!.id },
        });
        if (linked.count === 0)
          throw new ActionError("The athlete this invitation was for already has a login.");
        return;
      }
      await tx.athleteProfile.upsert({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer!.id } },
        create: { squadId: invitation.squadId, userId: viewer!.id, name: viewer!.name },
        update: { removedAt: null },
      });
    });
    return { redirectTo: `/squads/${invitation.squadId}`, revalidate: ["/dashboard"] };
  },
});
