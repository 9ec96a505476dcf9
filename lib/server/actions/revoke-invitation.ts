"use server";
import { paths } from "@/lib/paths";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canManageInvitation } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

export const revokeInvitation = defineAction({
  input: z.object({ invitationId: id }),
  authorize: (viewer, { invitationId }) => canManageInvitation(viewer, invitationId),
  async run(_viewer, { invitationId }) {
    const invitation = await db().invitation.update({
      where: { id: invitationId },
      data: { revokedAt: new Date() },
      select: { squadId: true },
    });
    return {
      message: "Invitation withdrawn: its link no longer works.",
      revalidate: [paths.squad(invitation.squadId)],
    };
  },
});
