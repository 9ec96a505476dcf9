import "server-only";
import { hashToken } from "@/lib/security/tokens";
import { db } from "@/lib/server/db";

export type InvitationCheck =
  | {
      ok: true;
      invitation: {
        id: string;
        squadId: string;
        squadName: string;
        role: "HEAD_COACH" | "COACH" | "ATHLETE";
        email: string | null;
        athleteProfileId: string | null;
        /** When the link was made: whoever was removed from the squad since cannot use it. */
        createdAt: Date;
      };
    }
  | { ok: false; reason: string };

/** Whether an invitation link can be used now, with a message for each way it cannot. */
export async function checkInvitation(token: string, now = new Date()): Promise<InvitationCheck> {
  const invitation = await db().invitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      id: true,
      squadId: true,
      role: true,
      email: true,
      athleteProfileId: true,
      createdAt: true,
      expiresAt: true,
      revokedAt: true,
      maxUses: true,
      uses: true,
      squad: { select: { name: true, deletedAt: true } },
    },
  });
  if (!invitation)
    return {
      ok: false,
      reason:
        "This invitation link is not valid. Check it was copied whole, or ask your coach for a new one.",
    };
  if (invitation.squad.deletedAt)
    return {
      ok: false,
      reason: `The squad "${invitation.squad.name}" was deleted, so this invitation no longer works.`,
    };
  if (invitation.revokedAt)
    return {
      ok: false,
      reason: "This invitation was withdrawn by the coach. Ask them for a new one.",
    };
  if (invitation.expiresAt <= now) {
    return {
      ok: false,
      reason: `This invitation expired on ${invitation.expiresAt.toISOString().slice(0, 10)}. Ask your coach for a new one.`,
    };
  }
  if (invitation.maxUses !== null && invitation.uses >= invitation.maxUses) {
    return {
      ok: false,
      reason: "This invitation has already been used as many times as the coach allowed.",
    };
  }
  const { squad, expiresAt: _e, revokedAt: _r, maxUses: _m, uses: _u, ...rest } = invitation;
  return { ok: true, invitation: { ...rest, squadName: squad.name } };
}
