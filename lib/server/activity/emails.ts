import "server-only";
import { longDay } from "@/lib/dates";
import { env } from "@/lib/env";
import { escapeHtml, type MailMessage } from "@/lib/server/mail";

/**
 * The app's address for links in emails sent outside a request (the digest runs from cron):
 * NEXTAUTH_URL when set, as it should be in production, else this machine's port.
 */
export function appOrigin(): string {
  const { NEXTAUTH_URL, PORT } = env();
  return NEXTAUTH_URL ? new URL(NEXTAUTH_URL).origin : `http://localhost:${PORT}`;
}

type Block = { heading?: string; lines: { text: string; href?: string }[] };

/** One greeting, a few blocks of lines with links, and a closing line: text and escaped HTML. */
export function activityMessage(to: string, subject: string, blocks: Block[], footer: string) {
  const text = [
    "Hello,",
    "",
    ...blocks.flatMap((b) => [
      ...(b.heading ? [b.heading] : []),
      ...b.lines.map((l) => (l.href ? `${l.text}: ${l.href}` : l.text)),
      "",
    ]),
    footer,
  ].join("\n");
  const html = `<!doctype html>
<html>
  <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #0f172a">
    <p>Hello,</p>
${blocks
  .map(
    (b) =>
      (b.heading ? `    <h2 style="font-size: 1.1em">${escapeHtml(b.heading)}</h2>\n` : "") +
      `    <ul>\n${b.lines
        .map((l) =>
          l.href
            ? `      <li><a href="${escapeHtml(l.href)}">${escapeHtml(l.text)}</a></li>`
            : `      <li>${escapeHtml(l.text)}</li>`,
        )
        .join("\n")}\n    </ul>`,
  )
  .join("\n")}
    <p>${escapeHtml(footer)}</p>
  </body>
</html>
`;
  // Names are free text: a line break must not reach the Subject header.
  return { to, subject: subject.replace(/\s+/g, " "), text, html } satisfies MailMessage;
}

const UNSUBSCRIBE = "You asked for these emails in your account settings, where you can stop them.";

/** To an athlete who asked for it: a coach commented on one of their sessions. */
export function commentNoteEmail(input: {
  to: string;
  coachName: string;
  date: string;
  body: string;
  link: string;
}): MailMessage {
  return activityMessage(
    input.to,
    `${input.coachName} commented on your session of ${longDay(input.date)}`,
    [
      { lines: [{ text: `${input.coachName} wrote: “${input.body}”` }] },
      { lines: [{ text: "Open the session to answer", href: input.link }] },
    ],
    UNSUBSCRIBE,
  );
}

export { UNSUBSCRIBE };
