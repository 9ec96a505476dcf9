import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { addComment } from "@/lib/server/actions/add-comment";
import type { MailMessage } from "@/lib/server/mail";
import { seams, testSmtpServer } from "@/lib/server/testing/seams";
import { parseMail } from "@/lib/server/testing/smtp";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { dayIn, sendDigests } from "./digest";

const db = testDb();
const smtp = testSmtpServer();
afterAll(() => db.$disconnect());

const HOUR_MS = 3_600_000;

/** A world whose head coach of A opted in; its result and comments arrived an hour ago. */
async function optedIn(): Promise<World> {
  const world = await buildWorld(db);
  await db.emailPreference.create({ data: { userId: world.a.headCoachId, dailyDigest: true } });
  const hourAgo = new Date(Date.now() - HOUR_MS);
  await db.comment.updateMany({
    where: { assignmentId: world.a.assignmentId },
    data: { createdAt: hourAgo },
  });
  await db.sessionResult.update({ where: { id: world.a.resultId }, data: { createdAt: hourAgo } });
  return world;
}

/** A fake mail server: what each coach was sent. Other tests' coaches may opt in too. */
function recorder() {
  const sent: MailMessage[] = [];
  return {
    sent,
    send: (m: MailMessage) => {
      sent.push(m);
      return Promise.resolve({ ok: true as const });
    },
    to: (email: string) => sent.filter((m) => m.to === email),
  };
}

const headEmail = async (world: World) =>
  (await db.user.findUniqueOrThrow({ where: { id: world.a.headCoachId } })).email!;

describe("the daily digest", () => {
  it("sends a coach one digest a day, even from two runs at once", async () => {
    const world = await optedIn();
    const email = await headEmail(world);
    const mail = recorder();
    await Promise.all([
      sendDigests({ send: mail.send, origin: "https://club.example" }),
      sendDigests({ send: mail.send, origin: "https://club.example" }),
    ]);
    await sendDigests({ send: mail.send, origin: "https://club.example" });
    const mine = mail.to(email);
    expect(mine).toHaveLength(1);
    // The athlete's answer and the result, never the coach's own comment; links to the session.
    expect(mine[0]!.text).toContain(world.a.name);
    expect(mine[0]!.text).toContain("result logged");
    expect(mine[0]!.text).toContain("1 new comment");
    expect(mine[0]!.text).toContain(`https://club.example/sessions/${world.a.assignmentId}`);
    // And the squad's triage: the athlete's only 5K mark is from March.
    expect(mine[0]!.text).toMatch(/Triage: a athlete /);
    const today = dayIn("UTC", new Date());
    expect(
      await db.digestSent.count({
        where: { userId: world.a.headCoachId, day: new Date(`${today}T00:00:00Z`) },
      }),
    ).toBe(1);
  });

  it("sends nothing when nothing arrived, and keeps the day free for a later run", async () => {
    const world = await optedIn();
    await db.comment.deleteMany({ where: { assignmentId: world.a.assignmentId } });
    await db.sessionResult.delete({ where: { id: world.a.resultId } });
    const mail = recorder();
    await sendDigests({ send: mail.send });
    expect(mail.to(await headEmail(world))).toEqual([]);
    expect(await db.digestSent.count({ where: { userId: world.a.headCoachId } })).toBe(0);
  });

  it("gives the day back when the send fails, so the next run retries", async () => {
    const world = await optedIn();
    const failing = () => Promise.resolve({ ok: false as const, reason: "mail server down" });
    await sendDigests({ send: failing });
    expect(await db.digestSent.count({ where: { userId: world.a.headCoachId } })).toBe(0);
    const mail = recorder();
    await sendDigests({ send: mail.send });
    expect(mail.to(await headEmail(world))).toHaveLength(1);
  });

  it("sends nothing to coaches who did not opt in, and nothing without SMTP", async () => {
    const world = await optedIn();
    expect(await sendDigests()).toBeNull(); // no SMTP_URL, no sender given
    const mail = recorder();
    await sendDigests({ send: mail.send });
    const assistant = await db.user.findUniqueOrThrow({ where: { id: world.a.assistantCoachId } });
    expect(mail.to(assistant.email!)).toEqual([]);
  });

  it("emails it through SMTP when set up", async () => {
    const world = await optedIn();
    seams.smtpUrl = smtp.url;
    await sendDigests({ origin: "https://club.example" });
    const email = await headEmail(world);
    const got = smtp.received.filter((m) => m.to.includes(email));
    expect(got).toHaveLength(1);
    expect(parseMail(got[0]!.raw).subject).toMatch(/What came in today/);
  });
});

describe("the athlete's note when a coach comments", () => {
  it("goes to an athlete who asked for it, for a coach's comment only", async () => {
    const world = await buildWorld(db);
    seams.smtpUrl = smtp.url;
    const athlete = await db.user.findUniqueOrThrow({ where: { id: world.a.athleteUserId } });
    const forAthlete = () => smtp.received.filter((m) => m.to.includes(athlete.email!));
    // Not opted in: nothing.
    await addComment.invoke(world.viewers.coach, { assignmentId: world.a.assignmentId, body: "a" });
    expect(forAthlete()).toEqual([]);
    await db.emailPreference.create({ data: { userId: athlete.id, coachComments: true } });
    await addComment.invoke(world.viewers.coach, {
      assignmentId: world.a.assignmentId,
      body: "Great pacing on rep 2",
    });
    expect(forAthlete()).toHaveLength(1);
    expect(parseMail(forAthlete()[0]!.raw).text).toContain("Great pacing on rep 2");
    // Their own comment sends them nothing.
    await addComment.invoke(world.viewers.self, { assignmentId: world.a.assignmentId, body: "b" });
    expect(forAthlete()).toHaveLength(1);
  });
});
