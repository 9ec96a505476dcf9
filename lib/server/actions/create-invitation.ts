"use server";
import { paths } from "@/lib/paths";
import { hashToken, newToken } from "@/lib/security/tokens";
import { invitationSchema } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachSquad, isHeadCoach } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { LIMITS, takeLimit } from "@/lib/server/limits";
import { mailConfigured, sendInvitationEmail } from "@/lib/server/mail";
import { requestOrigin } from "@/lib/server/request";

const DAY_MS = 86_400_000;

/**
 * An invitation link for an athlete (any coach) or an assistant coach (the head coach only).
 * With athleteId it links an existing login-less athlete, and their history, to the account
 * that accepts it. A coach link works once unless the head coach allows more: a link that
 * makes someone a coach of every athlete should not go on working for whoever finds it.
 * The token is shown once, here; only its hash is kept. With an email address
 * and SMTP configured, the link is also emailed; a failed send still leaves a valid invitation.
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
      if (!athlete)
        throw new ActionError("That athlete is not in this squad.", { field: "athleteId" });
      if (athlete.userId)
        throw new ActionError("That athlete already has a login.", { field: "athleteId" });
      if (role !== "ATHLETE")
        throw new ActionError("Only an athlete invitation can link an athlete.", { field: "role" });
    }
    const token = newToken();
    const expiresAt = new Date(Date.now() + expiresInDays * DAY_MS);
    const { squad } = await db().invitation.create({
      data: {
        squadId,
        role,
        email,
        athleteProfileId: athleteId,
        tokenHash: hashToken(token),
        expiresAt,
        maxUses: athleteId ? 1 : (maxUses ?? (role === "COACH" ? 1 : undefined)),
        createdById: viewer.id,
      },
      select: { squad: { select: { name: true } } },
    });
    const path = `/invite/${token}`;
    const outcome = { data: { path }, revalidate: [paths.squad(squadId)] };
    if (!email || !mailConfigured())
      return {
        ...outcome,
        message: "Invitation created: copy the link now, it is shown only once.",
      };

    // Emails per coach per day are limited (no one sends spam through the app); links are not.
    if ((await takeLimit("invitationEmailsPerCoach", viewer.id)) > 0)
      return {
        ...outcome,
        message: `Invitation created, but not emailed: you have sent ${LIMITS.invitationEmailsPerCoach.points} invitation emails today. Copy the link below and send it yourself.`,
      };
    const origin = await requestOrigin();
    // Without the origin the link would be relative, useless in an email: the coach copies it.
    const sent = origin
      ? await sendInvitationEmail({
          to: email,
          squadName: squad.name,
          role,
          link: `${origin}${path}`,
          inviterName: viewer.name,
          expiresAt,
          timeZone: viewer.timeZone,
        })
      : { ok: false };
    return {
      ...outcome,
      message: sent.ok
        ? `Invitation emailed to ${email}. You can also copy the link now: it is shown only once.`
        : `Invitation created, but the email to ${email} could not be sent: copy the link below and send it yourself.`,
    };
  },
});
