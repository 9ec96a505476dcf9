"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { ActionError, defineAction } from "@/lib/server/action";
import { checkInvitation } from "@/lib/server/data/invitations";
import { db } from "@/lib/server/db";

const USED_UP = "This invitation has already been used as many times as the coach allowed.";
const REMOVED_SINCE =
  "This link was made before you were removed from the squad: ask the coach for a new one.";

/**
 * Joins the squad an invitation is for, in one transaction: the use is counted atomically (a
 * capped link cannot be used past its cap by two people at once), the membership is made or
 * restored, and an athlete gets a profile, or the existing login-less one the coach linked.
 * Removal sticks: someone removed from the squad (or who left it) after a link was made cannot
 * use that link to come back; only a link made after the removal, a coach's fresh decision, can.
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
    if (invitation.email && invitation.email !== viewer.email?.toLowerCase()) {
      throw new ActionError(
        `This invitation is for ${invitation.email}: sign in with that account to accept it.`,
      );
    }
    await db().$transaction(async (tx) => {
      // One acceptance of a link at a time: a double submit by the same person then finds the
      // membership the first one made, instead of both passing the check and using two uses.
      // The squad is share-locked so a deletion under way finishes first and is seen below.
      await tx.$queryRaw`
        SELECT 1 FROM "Invitation" i JOIN "Squad" s ON s."id" = i."squadId"
        WHERE i."id" = ${invitation.id}
        FOR UPDATE OF i FOR SHARE OF s`;
      const existing = await tx.membership.findUnique({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer.id } },
      });
      if (existing && !existing.removedAt)
        throw new ActionError(`You are already in "${invitation.squadName}".`);
      const profile = await tx.athleteProfile.findUnique({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer.id } },
        select: { removedAt: true },
      });
      const removals = [existing?.removedAt, profile?.removedAt];
      if (removals.some((removedAt) => removedAt && removedAt >= invitation.createdAt))
        throw new ActionError(REMOVED_SINCE);
      // checkInvitation read before the lock: whatever it checked may have changed since (the
      // coach withdrew the link, it expired, the squad was deleted), so the count asks again.
      const counted = await tx.$executeRaw`
        UPDATE "Invitation" SET "uses" = "uses" + 1
        WHERE "id" = ${invitation.id} AND ("maxUses" IS NULL OR "uses" < "maxUses")
          AND "revokedAt" IS NULL AND "expiresAt" > now()
          AND EXISTS (
            SELECT 1 FROM "Squad" s WHERE s."id" = "Invitation"."squadId" AND s."deletedAt" IS NULL
          )`;
      if (counted === 0) {
        const again = await checkInvitation(token); // for the reason it no longer works
        throw new ActionError(again.ok ? USED_UP : again.reason);
      }
      await tx.membership.upsert({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer.id } },
        create: { squadId: invitation.squadId, userId: viewer.id, role: invitation.role },
        update: { role: invitation.role, removedAt: null },
      });
      if (invitation.role !== "ATHLETE") return;
      if (invitation.athleteProfileId) {
        const own = await tx.athleteProfile.findUnique({
          where: { squadId_userId: { squadId: invitation.squadId, userId: viewer.id } },
        });
        if (own)
          throw new ActionError(
            "You already have an athlete profile in this squad: ask your coach to merge them.",
          );
        const linked = await tx.athleteProfile.updateMany({
          where: { id: invitation.athleteProfileId, userId: null, removedAt: null },
          data: { userId: viewer.id },
        });
        if (linked.count === 0) {
          const target = await tx.athleteProfile.findUnique({
            where: { id: invitation.athleteProfileId },
            select: { removedAt: true },
          });
          throw new ActionError(
            target?.removedAt
              ? "The athlete this invitation was for was removed from the squad: ask the coach for a new link."
              : "The athlete this invitation was for already has a login.",
          );
        }
        return;
      }
      await tx.athleteProfile.upsert({
        where: { squadId_userId: { squadId: invitation.squadId, userId: viewer.id } },
        create: { squadId: invitation.squadId, userId: viewer.id, name: viewer.name },
        update: { removedAt: null },
      });
    });
    return { redirectTo: paths.squad(invitation.squadId), revalidate: [paths.dashboard()] };
  },
});
