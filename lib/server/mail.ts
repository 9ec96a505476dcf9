import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

/** Long enough for a slow server, short enough that a dead one cannot hang the coach's form. */
const SEND_TIMEOUT_MS = 10_000;

export type InvitationEmail = {
  to: string;
  squadName: string;
  role: "ATHLETE" | "COACH";
  /** The absolute link to /invite/<token>. */
  link: string;
  inviterName: string;
  expiresAt: Date;
  /** The inviter's time zone, in which the expiry is written; UTC when not given. */
  timeZone?: string;
};

/** Never thrown: a failed send leaves a valid invitation, and the coach copies the link instead. */
export type SendResult = { ok: true } | { ok: false; reason: string };

/** Any email the app sends: a subject, plain text and the same as simple, escaped HTML. */
export type MailMessage = { to: string; subject: string; text: string; html: string };

export type Mailer = {
  send(email: InvitationEmail): Promise<SendResult>;
  sendMessage(message: MailMessage): Promise<SendResult>;
};

/** Whether the app can send email (invitations, sign-up links, password resets). */
export function mailConfigured(): boolean {
  return Boolean(env().SMTP_URL);
}

/** A mailer for one SMTP server (smtp:// or smtps://, credentials in the URL). */
export function createMailer(
  url: string,
  { from, timeoutMs = SEND_TIMEOUT_MS }: { from: string; timeoutMs?: number },
): Mailer {
  let transport: Transporter | undefined;
  async function sendMessage(message: MailMessage): Promise<SendResult> {
    try {
      // Made on first use, inside the try: a malformed URL is a failed send, not a crash.
      // Each phase has its own timeout, and the signal bounds the whole send.
      transport ??= nodemailer.createTransport(
        {
          url,
          connectionTimeout: timeoutMs,
          greetingTimeout: timeoutMs,
          socketTimeout: timeoutMs,
        },
        { from },
      );
      await transport.sendMail({ ...message, signal: AbortSignal.timeout(timeoutMs) });
      return { ok: true };
    } catch (error) {
      return { ok: false, reason: describeFailure(error) };
    }
  }
  return {
    send: (email) => sendMessage({ to: email.to, ...invitationMessage(email) }),
    sendMessage,
  };
}

let shared: Mailer | undefined;

/** Sends through the configured SMTP server (one transport per process, made on first use). */
export async function sendInvitationEmail(email: InvitationEmail): Promise<SendResult> {
  return sendEmail({ to: email.to, ...invitationMessage(email) }, "Invitation");
}

/**
 * Sends any message through the configured SMTP server. `what` names it in the server log: the
 * user sees only that the email was not sent; whoever runs the server needs the cause.
 */
export async function sendEmail(message: MailMessage, what: string): Promise<SendResult> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (!SMTP_URL) return { ok: false, reason: "Email sending is not set up (no SMTP_URL)." };
  shared ??= createMailer(SMTP_URL, { from: MAIL_FROM });
  const result = await shared.sendMessage(message);
  if (!result.ok) console.error(`${what} email to ${message.to} failed: ${result.reason}`);
  return result;
}

/** The subject and bodies of an invitation: plain text, and the same as simple, escaped HTML. */
function invitationMessage(email: InvitationEmail) {
  const as = email.role === "COACH" ? "an assistant coach" : "an athlete";
  const expires = formatExpiry(email.expiresAt, email.timeZone);
  // Names are free text: a line break must not reach the Subject header.
  const subject =
    `${email.inviterName} invited you to join ${email.squadName} on Step-Down`.replace(/\s+/g, " ");
  const text = [
    "Hello,",
    "",
    `${email.inviterName} invited you to join ${email.squadName} on Step-Down as ${as}.`,
    "",
    "Open this link to join:",
    email.link,
    "",
    `It expires on ${expires}. If you were not expecting this invitation, you can ignore this email.`,
  ].join("\n");
  const link = escapeHtml(email.link);
  const html = `<!doctype html>
<html>
  <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #0f172a">
    <p>Hello,</p>
    <p><strong>${escapeHtml(email.inviterName)}</strong> invited you to join
      <strong>${escapeHtml(email.squadName)}</strong> on Step-Down as ${as}.</p>
    <p><a href="${link}">Join ${escapeHtml(email.squadName)}</a></p>
    <p>Or open this link: <br><a href="${link}">${link}</a></p>
    <p>It expires on ${escapeHtml(expires)}. If you were not expecting this invitation, you can
      ignore this email.</p>
  </body>
</html>
`;
  return { subject, text, html };
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

/** "Tuesday, 10 March 2026 at 12:00 UTC" */
export function formatExpiry(date: Date, timeZone = "UTC"): string {
  const format = (zone: string) =>
    new Intl.DateTimeFormat("en-GB", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone: zone,
      timeZoneName: "short",
    }).format(date);
  try {
    return format(timeZone);
  } catch {
    return format("UTC"); // an unknown zone name: the date still has to go out
  }
}

/** A cause someone reading the server log can act on, whatever nodemailer threw. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { code, response } = error as Error & { code?: string; response?: string };
  if (error.name === "AbortError" || error.name === "TimeoutError" || code === "ETIMEDOUT")
    return `the mail server did not answer in time (${error.message})`;
  if (code === "ECONNREFUSED" || code === "ECONNECTION")
    return `could not connect to the mail server (${error.message})`;
  if (code === "ERR_INVALID_URL" || error instanceof URIError)
    return `SMTP_URL is not a valid URL (${error.message})`;
  if (code === "EAUTH") return `the mail server refused the login (${error.message})`;
  if (response) return `the mail server refused the message: ${response}`;
  return error.message;
}
