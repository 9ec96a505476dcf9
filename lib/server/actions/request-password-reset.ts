"use server";
import { hashToken, newToken } from "@/lib/security/tokens";
import { requestPasswordResetSchema } from "@/lib/validation/account";
import { noAccountEmail, passwordResetEmail } from "@/lib/server/account-emails";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { takeLimits, tryAgainIn } from "@/lib/server/limits";
import { mailConfigured, sendEmail } from "@/lib/server/mail";
import { requestAddress, requestOrigin } from "@/lib/server/request";

/** Short: the link is in someone's inbox, and asking again is easy. */
const RESET_LINK_MS = 60 * 60 * 1000;

/**
 * Emails a one-time link to choose a new password. The answer is the same whether or not the
 * address has an account, and so is the work: an address with no account is emailed that it
 * has none (only its owner learns it). Limited per address and per email, which also keeps
 * anyone from filling a stranger's inbox.
 */
export const requestPasswordReset = defineAction({
  anonymous: true,
  input: requestPasswordResetSchema,
  authorize: () => Promise.resolve(true),
  async run(_viewer, { email }) {
    if (!mailConfigured())
      throw new ActionError(
        "This server cannot send email, so passwords cannot be reset by email. Athletes: ask your head coach for a reset link.",
      );
    const wait = await takeLimits([
      ["resetRequestPerAddress", await requestAddress()],
      ["resetRequestPerEmail", email],
    ]);
    if (wait > 0)
      throw new ActionError(`Too many reset requests. ${tryAgainIn(wait)}`, {
        code: "rate_limited",
      });
    const notSent = new ActionError(
      "We could not send the email just now: try again in a few minutes.",
      { code: "unavailable" },
    );
    const origin = await requestOrigin();
    if (!origin) throw notSent;

    const user = await db().user.findUnique({ where: { email }, select: { id: true } });
    const message = user
      ? await resetLinkEmail(user.id, email, origin)
      : noAccountEmail(email, origin);
    if (!(await sendEmail(message, "Password reset")).ok) throw notSent;
    return {
      message: `Check your email: we sent ${email} what to do next. A reset link works once, for an hour.`,
    };
  },
});

/** A new one-time link for the account, in the email that carries it. */
async function resetLinkEmail(userId: string, email: string, origin: string) {
  const token = newToken();
  const expiresAt = new Date(Date.now() + RESET_LINK_MS);
  await db().passwordReset.create({ data: { userId, tokenHash: hashToken(token), expiresAt } });
  return passwordResetEmail(email, `${origin}/reset-password/${token}`, expiresAt);
}
