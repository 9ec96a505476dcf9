"use server";
import { hashToken, newToken } from "@/lib/security/tokens";
import { athleteResetLinkSchema } from "@/lib/validation/account";
import { ActionError, defineAction } from "@/lib/server/action";
import { canMakeResetLink } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { takeLimit, tryAgainIn } from "@/lib/server/limits";

/** A day: time to get the link to a young athlete, e.g. through a parent. */
const ATHLETE_LINK_MS = 24 * 60 * 60 * 1000;

/**
 * A one-time password reset link a head coach makes for an athlete of their squad, for athletes
 * with no email of their own to reset by. Shown once, here, to copy; only its hash is kept.
 */
export const createAthleteResetLink = defineAction({
  input: athleteResetLinkSchema,
  authorize: (viewer, { athleteId }) => canMakeResetLink(viewer, athleteId),
  async run(viewer, { athleteId }) {
    const wait = await takeLimit("resetLinksPerCoach", viewer.id);
    if (wait > 0)
      throw new ActionError(`Too many reset links today. ${tryAgainIn(wait)}`, {
        code: "rate_limited",
      });
    const athlete = await db().athleteProfile.findUniqueOrThrow({
      where: { id: athleteId },
      select: { userId: true, name: true },
    });
    if (!athlete.userId) throw new ActionError(`${athlete.name} no longer has a login.`);
    const token = newToken();
    await db().passwordReset.create({
      data: {
        userId: athlete.userId,
        tokenHash: hashToken(token),
        expiresAt: new Date(Date.now() + ATHLETE_LINK_MS),
        createdById: viewer.id,
      },
    });
    return {
      data: { path: `/reset-password/${token}` },
      message: `A password reset link for ${athlete.name}: copy it now, it is shown only once. It works once, for 24 hours.`,
    };
  },
});
