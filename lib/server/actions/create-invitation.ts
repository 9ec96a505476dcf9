"use server";
import { hashToken, newToken } from "@/lib/security/tokens";
import { invitationSchema } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachSquad, isHeadCoach } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

const DAY_MS = 86_400_000;

/**
 * An invitation link for an athlete (any coach) or an assistant coach (the head coach only).
 * With athleteId it links an existing login-less athlete, and their history, to the account
 * that accepts it. The token is shown once, here; only its hash is kept.
 */
export const createInvitation = defineAction({
  input: invitationSchema,
  authorize: (viewer, { squadId, role }) =>
    role === "COACH" ? isHeadCoach(viewer, squadId) : canCoachSquad(viewer, squadId),
  async run(viewer, { squadId, role, email, expiresInDays, maxUses, athleteId }) {
    if (athleteId) {
      const athlete = await db().athleteProfile.findFirst({
        where: { id: athleteId, squadId, removedAt: null },
        select: { userId: true },
      });
      if (!athlete) throw new ActionError("That athlete is not in this squad.", "athleteId");
      if (athlete.userId) throw new ActionError("That athlete already has a login.", "athleteId");
      if (role !== "ATHLETE")
        throw new ActionError("Only an athlete invitation can link an athlete.", "role");
    }
    const token = newToken();
    await db().invitation.create({
      data: {
        squadId,
        role,
        email,
        athleteProfileId: athleteId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + expiresInDays * DAY_MS),
        maxUses: athleteId ? 1 : maxUses,
        createdById: viewer!.id,
      },
    });
    return {
      message: "Invitation created: copy the link now, it is shown only once.",
      data: { path: `/invite/${token}` },
      revalidate: [`/squads/${squadId}`],
    };
  },
});
