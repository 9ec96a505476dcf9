import { once } from "node:events";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { afterAll, describe, expect, it, vi } from "vitest";
import { closedPort, testDb } from "@/lib/database/testing";
import { hashToken } from "@/lib/security/tokens";
import { createInvitation } from "@/lib/server/actions/create-invitation";
import { createMailer, type InvitationEmail } from "@/lib/server/mail";
import { parseMail as parse } from "@/lib/server/testing/smtp";
import { seams, testSmtpServer } from "@/lib/server/testing/seams";
import { buildWorld } from "@/lib/server/testing/world";

const db = testDb();
const smtp = testSmtpServer();
afterAll(() => db.$disconnect());

const FROM = "Step-Down <no-reply@stepdown.invalid>";
const email: InvitationEmail = {
  to: "runner@example.test",
  squadName: `Tom & Jerry's <Harriers>`,
  role: "ATHLETE",
  link: "https://club.example/invite/abc_DEF-123",
  inviterName: "Coach Carter",
  expiresAt: new Date("2026-03-10T12:00:00Z"),
};

describe("the invitation email", () => {
  it("arrives with the link, the squad, the inviter and the expiry; names are escaped in HTML", async () => {
    expect(await createMailer(smtp.url, { from: FROM }).send(email)).toEqual({ ok: true });

    const [message] = smtp.received;
    expect(message?.to).toEqual(["runner@example.test"]);
    expect(message?.from).toBe("no-reply@stepdown.invalid");
    const { subject, text, html } = parse(message!.raw);
    expect(subject).toBe(`Coach Carter invited you to join Tom & Jerry's <Harriers> on Step-Down`);
    expect(text).toContain(
      `Coach Carter invited you to join Tom & Jerry's <Harriers> on Step-Down as an athlete.`,
    );
    expect(text).toContain(`Open this link to join:\n${email.link}\n`);
    expect(text).toContain("It expires on Tuesday, 10 March 2026 at 12:00 UTC.");
    expect(html).toContain(`href="${email.link}"`);
    expect(html).toContain("Tom &amp; Jerry&#39;s &lt;Harriers&gt;");
    expect(html).not.toContain("<Harriers>");
    expect(html).toContain("Tuesday, 10 March 2026 at 12:00 UTC");
  });

  it("names the role, and writes the expiry in the inviter's time zone", async () => {
    const coach = { ...email, role: "COACH" as const, timeZone: "Asia/Tokyo" };
    expect(await createMailer(smtp.url, { from: FROM }).send(coach)).toEqual({ ok: true });
    const { text } = parse(smtp.received[0]!.raw);
    expect(text).toContain("on Step-Down as an assistant coach.");
    expect(text).toContain("It expires on Tuesday, 10 March 2026 at 21:00 GMT+9.");
  });

  it("fails clearly, without throwing, when nothing listens", async () => {
    const url = `smtp://127.0.0.1:${await closedPort()}`;
    const result = await createMailer(url, { from: FROM }).send(email);
    expect(result).toMatchObject({ ok: false, reason: /could not connect to the mail server/ });
  });

  it("fails clearly, without throwing, on a malformed SMTP_URL", async () => {
    const result = await createMailer("smtp://mail server", { from: FROM }).send(email);
    expect(result).toMatchObject({ ok: false, reason: /SMTP_URL is not a valid URL/ });
  });

  it("gives up on a server that accepts the connection and never answers", async () => {
    const silent = createServer(() => {}); // holds each socket open, says nothing
    const sockets = new Set<Socket>();
    silent.on("connection", (socket) => sockets.add(socket));
    silent.listen(0, "127.0.0.1");
    await once(silent, "listening");
    const { port } = silent.address() as AddressInfo;
    try {
      const started = Date.now();
      const mailer = createMailer(`smtp://127.0.0.1:${port}`, { from: FROM, timeoutMs: 300 });
      const result = await mailer.send(email);
      expect(result).toMatchObject({ ok: false, reason: /did not answer in time/ });
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it("reports the server's refusal of a recipient", async () => {
    const refused = { ...email, to: "nobody@refused.test" };
    const result = await createMailer(smtp.url, { from: FROM }).send(refused);
    expect(result).toMatchObject({ ok: false, reason: /refused the message: 550 No such mailbox/ });
    expect(smtp.received).toEqual([]);
  });
});

describe("creating an invitation with an email address", () => {
  const input = (squadId: string, to: string) => ({
    squadId,
    role: "ATHLETE",
    email: to,
    expiresInDays: 7,
  });

  it("emails the link from the request's origin, and still returns it to copy", async () => {
    seams.smtpUrl = smtp.url;
    seams.request = new Headers({ origin: "https://club.example", host: "club.example" });
    const world = await buildWorld(db);

    const result = await createInvitation.invoke(
      world.viewers.coach,
      input(world.a.id, "Runner@Example.test"),
    );

    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/^Invitation emailed to runner@example\.test\./);
    const path = linkPath(result);
    const [message] = smtp.received;
    expect(message?.to).toEqual(["runner@example.test"]);
    const { text } = parse(message!.raw);
    expect(text).toContain(`https://club.example${path}`);
    expect(text).toContain(`${world.viewers.coach.name} invited you to join ${world.a.name}`);
    const row = await db.invitation.findUnique({
      where: { tokenHash: hashToken(path.slice("/invite/".length)) },
      select: { squadId: true, email: true, expiresAt: true },
    });
    expect(row).toMatchObject({ squadId: world.a.id, email: "runner@example.test" });
    expect(text).toContain(`It expires on ${expiryText(row!.expiresAt)}.`);
  });

  it("builds the link from the forwarded host and scheme when there is no Origin", async () => {
    seams.smtpUrl = smtp.url;
    seams.request = new Headers({
      host: "127.0.0.1:3000",
      "x-forwarded-host": "club.example",
      "x-forwarded-proto": "https",
    });
    const world = await buildWorld(db);
    const result = await createInvitation.invoke(
      world.viewers.coach,
      input(world.a.id, "runner@example.test"),
    );
    expect(parse(smtp.received[0]!.raw).text).toContain(`https://club.example${linkPath(result)}`);
  });

  it("keeps the invitation when the server refuses the email, and says to copy the link", async () => {
    seams.smtpUrl = smtp.url;
    seams.request = new Headers({ origin: "https://club.example" });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const world = await buildWorld(db);

    const result = await createInvitation.invoke(
      world.viewers.coach,
      input(world.a.id, "nobody@refused.test"),
    );

    expect(result.ok).toBe(true);
    expect(result.message).toBe(
      "Invitation created, but the email to nobody@refused.test could not be sent: copy the link below and send it yourself.",
    );
    expect(logged).toHaveBeenCalledWith(expect.stringMatching(/nobody@refused\.test.*550/));
    const token = linkPath(result).slice("/invite/".length);
    expect(await db.invitation.count({ where: { tokenHash: hashToken(token) } })).toBe(1);
  });

  it("sends nothing outside a request, where no absolute link can be made", async () => {
    seams.smtpUrl = smtp.url;
    const world = await buildWorld(db);
    const result = await createInvitation.invoke(
      world.viewers.coach,
      input(world.a.id, "runner@example.test"),
    );
    expect(result.ok).toBe(true);
    expect(result.message).toMatch(/could not be sent: copy the link/);
    expect(smtp.received).toEqual([]);
  });

  it("behaves as before when SMTP is not configured: no email, copy the link", async () => {
    seams.request = new Headers({ origin: "https://club.example" });
    const world = await buildWorld(db);
    const result = await createInvitation.invoke(
      world.viewers.coach,
      input(world.a.id, "runner@example.test"),
    );
    expect(result.ok).toBe(true);
    expect(result.message).toBe("Invitation created: copy the link now, it is shown only once.");
    expect(linkPath(result)).toMatch(/^\/invite\//);
    expect(smtp.received).toEqual([]);
  });
});

/** The link a coach copies: the action returns it whether or not the email went out. */
function linkPath(result: { data?: Record<string, string> }): string {
  const path = result.data?.path;
  if (!path?.startsWith("/invite/"))
    throw new Error(`No invitation link in ${JSON.stringify(result)}`);
  return path;
}

function expiryText(date: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
    timeZoneName: "short",
  }).format(date);
}
