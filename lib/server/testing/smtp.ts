import { once } from "node:events";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string | undefined; to: string[]; raw: string };

/** A real SMTP server on loopback that keeps what it receives and refuses @refused.test. */
export async function startSmtp() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    // Plain SMTP on loopback: advertising STARTTLS would upgrade to a self-signed certificate.
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!address.address.endsWith("@refused.test")) return callback();
      callback(Object.assign(new Error("No such mailbox"), { responseCode: 550 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const { mailFrom, rcptTo } = session.envelope;
        received.push({
          from: mailFrom ? mailFrom.address : undefined,
          to: rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString("utf8"),
        });
        callback();
      });
    },
  });
  server.listen(0, "127.0.0.1");
  await once(server.server, "listening");
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The subject and the decoded text and HTML parts of a message nodemailer wrote. */
export function parseMail(raw: string): { subject: string; text: string; html: string } {
  const [head = "", ...rest] = raw.split("\r\n\r\n");
  const unfolded = head.replace(/\r\n(?=[ \t])/g, "");
  const subject = /^Subject: (.*)$/im.exec(unfolded)?.[1] ?? "";
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(unfolded)?.[1] ?? "";
  const parts: Record<string, string> = {};
  for (const part of rest.join("\r\n\r\n").split(`--${boundary}`).slice(1, -1)) {
    const [partHead = "", ...body] = part.replace(/^\r\n/, "").split("\r\n\r\n");
    const type = /content-type:\s*([^;\s]+)/i.exec(partHead)?.[1] ?? "";
    const encoding = /content-transfer-encoding:\s*(\S+)/i.exec(partHead)?.[1]?.toLowerCase();
    parts[type] = decode(body.join("\r\n\r\n").replace(/\r\n$/, ""), encoding);
  }
  return { subject, text: parts["text/plain"] ?? "", html: parts["text/html"] ?? "" };
}

function decode(body: string, encoding: string | undefined): string {
  if (encoding === "base64") return Buffer.from(body, "base64").toString("utf8");
  const text =
    encoding === "quoted-printable"
      ? Buffer.from(
          body
            .replace(/=\r\n/g, "")
            .replace(/=([0-9A-F]{2})/gi, (_, hex: string) =>
              String.fromCharCode(parseInt(hex, 16)),
            ),
          "latin1",
        ).toString("utf8")
      : body;
  return text.replace(/\r\n/g, "\n");
}

/** The first http(s) link in a message's text. */
export function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://\\S*${path}\\S*`).exec(text);
  if (!match) throw new Error(`No ${path} link in:\n${text}`);
  return match[0];
}
