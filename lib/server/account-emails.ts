import "server-only";
import { escapeHtml, formatExpiry, type MailMessage } from "@/lib/server/mail";

/**
 * The account emails: finishing a sign-up, telling an owner their address was used to sign up
 * again, a password reset link, and a reset asked for an address with no account. Each is one
 * greeting, a few sentences and one link, in plain text and the same as simple, escaped HTML.
 */
type Parts = { to: string; subject: string; lines: string[]; action: string; link: string };

function message({ to, subject, lines, action, link }: Parts): MailMessage {
  const text = ["Hello,", "", ...lines.flatMap((l) => [l, ""]), `${action}:`, link].join("\n");
  const href = escapeHtml(link);
  const html = `<!doctype html>
<html>
  <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #0f172a">
    <p>Hello,</p>
${lines.map((l) => `    <p>${escapeHtml(l)}</p>`).join("\n")}
    <p><a href="${href}">${escapeHtml(action)}</a></p>
    <p>Or open this link: <br><a href="${href}">${href}</a></p>
  </body>
</html>
`;
  return { to, subject, text, html };
}

const IGNORE = "If this was not you, you can ignore this email: nothing changes.";

export function signUpConfirmEmail(to: string, link: string, expiresAt: Date): MailMessage {
  return message({
    to,
    subject: "Finish creating your Step-Down account",
    lines: [
      "Someone, hopefully you, started creating a Step-Down account with this email address.",
      `The link works until ${formatExpiry(expiresAt)}. ${IGNORE}`,
    ],
    action: "Finish creating your account",
    link,
  });
}

/** To the owner of an address that already has an account: sign in, or reset the password. */
export function signUpExistingEmail(to: string, origin: string): MailMessage {
  return message({
    to,
    subject: "You already have a Step-Down account",
    lines: [
      "Someone, hopefully you, tried to create a Step-Down account with this email address, " +
        "which already has one. No second account was made.",
      `Sign in at ${origin}/sign-in, or choose a new password with the link below. ${IGNORE}`,
    ],
    action: "Choose a new password",
    link: `${origin}/forgot-password`,
  });
}

export function passwordResetEmail(to: string, link: string, expiresAt: Date): MailMessage {
  return message({
    to,
    subject: "Choose a new Step-Down password",
    lines: [
      "Someone, hopefully you, asked to reset the password of the Step-Down account with this " +
        "email address. Choosing a new one signs the account out on every device.",
      `The link works once, until ${formatExpiry(expiresAt)}. ${IGNORE}`,
    ],
    action: "Choose a new password",
    link,
  });
}

/** A reset asked for an address with no account: its owner learns that, and no one else. */
export function noAccountEmail(to: string, origin: string): MailMessage {
  return message({
    to,
    subject: "No Step-Down account uses this email address",
    lines: [
      "Someone, hopefully you, asked to reset a Step-Down password for this email address, but " +
        "no account uses it. Perhaps you signed up with another address, or through Google or " +
        "Strava.",
      `You can create an account with the link below. ${IGNORE}`,
    ],
    action: "Create an account",
    link: `${origin}/sign-up`,
  });
}
