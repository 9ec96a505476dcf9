"use server";
import { z } from "zod";
import { safeCallbackPath } from "@/lib/safe-redirect";
import { hashPassword } from "@/lib/security/password";
import { hashToken, newToken } from "@/lib/security/tokens";
import { signUpSchema } from "@/lib/validation/account";
import { signUpConfirmEmail, signUpExistingEmail } from "@/lib/server/account-emails";
import { ActionError, defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";
import { takeLimits, tryAgainIn } from "@/lib/server/limits";
import { mailConfigured, sendEmail } from "@/lib/server/mail";
import { requestAddress, requestOrigin } from "@/lib/server/request";

const HOUR_MS = 3_600_000;
/** Long enough to find the email tomorrow morning. */
const SIGN_UP_LINK_HOURS = 24;

// A "use server" file exports only its action, so the answers are kept here.
/** What every sign-up answers without email set up: the form then signs in. */
const SIGNED_UP = "Account created. Signing you in…";
const CHECK_EMAIL = (email: string) =>
  `Check your email: we sent a link to ${email} to finish. It works for ${SIGN_UP_LINK_HOURS} hours.`;
const NOT_SENT = "We could not send the email just now: try again in a few minutes.";

/**
 * A new account, answered the same for a new and a taken address, so sign-up cannot tell anyone
 * which addresses have accounts (docs/security.md, "Sign-up without enumeration"). With email set
 * up, no account exists until the address's owner opens the emailed link; the owner of a taken
 * address is emailed instead. Without email, a new address gets its account and the form signs in;
 * a taken one changes nothing, and the form's sign-in then fails as a wrong password would.
 */
export const signUp = defineAction({
  anonymous: true,
  input: signUpSchema.extend({ callbackUrl: z.string().max(2000).optional() }),
  authorize: () => Promise.resolve(true),
  async run(_viewer, { name, email, password, callbackUrl }) {
    // Both counted whatever the address: a limit answers alike for new and taken ones.
    const wait = await takeLimits([
      ["signUpPerAddress", await requestAddress()],
      ["signUpPerEmail", email],
    ]);
    if (wait > 0)
      throw new ActionError(`Too many sign-ups. ${tryAgainIn(wait)}`, { code: "rate_limited" });
    // Hashed for a taken address too: the answer takes as long either way.
    const passwordHash = await hashPassword(password);

    if (!mailConfigured()) {
      // ON CONFLICT DO NOTHING: one statement, the same for a new and a taken address.
      await db().user.createMany({
        data: [{ name, email, role: "COACH", passwordHash }],
        skipDuplicates: true,
      });
      return { message: SIGNED_UP };
    }

    const origin = await requestOrigin();
    if (!origin) throw new ActionError(NOT_SENT, { code: "unavailable" });
    const taken = await db().user.findUnique({ where: { email }, select: { id: true } });
    const message = taken
      ? signUpExistingEmail(email, origin)
      : await pendingSignUp({ name, email, passwordHash, origin, callbackUrl });
    const sent = await sendEmail(message, taken ? "Sign-up (address taken)" : "Sign-up");
    if (!sent.ok) throw new ActionError(NOT_SENT, { code: "unavailable" });
    return { message: CHECK_EMAIL(email), data: { next: "check-email" } };
  },
});

/** Keeps the sign-up until its emailed link is opened; answers the email that carries the link. */
async function pendingSignUp(request: {
  name: string;
  email: string;
  passwordHash: string;
  origin: string;
  callbackUrl: string | undefined;
}) {
  const { name, email, passwordHash, origin, callbackUrl } = request;
  const token = newToken();
  const expiresAt = new Date(Date.now() + SIGN_UP_LINK_HOURS * HOUR_MS);
  await db().$transaction([
    // Links nobody opened are of no use to anyone: they go as new ones come.
    db().signUpRequest.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db().signUpRequest.create({
      data: { tokenHash: hashToken(token), email, name, passwordHash, expiresAt },
    }),
  ]);
  const next = encodeURIComponent(safeCallbackPath(callbackUrl));
  return signUpConfirmEmail(
    email,
    `${origin}/sign-up/confirm/${token}?callbackUrl=${next}`,
    expiresAt,
  );
}
