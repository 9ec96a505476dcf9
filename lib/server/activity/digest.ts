import "server-only";
import { longDay } from "@/lib/dates";
import { plural } from "@/lib/format/plural";
import { Prisma } from "@/lib/generated/prisma/client";
import { activityMessage, appOrigin, UNSUBSCRIBE } from "@/lib/server/activity/emails";
import type { Viewer } from "@/lib/server/auth/session";
import { loadTriage } from "@/lib/server/data/triage";
import { db } from "@/lib/server/db";
import { mailConfigured, sendEmail, type MailMessage, type SendResult } from "@/lib/server/mail";

const DAY_MS = 86_400_000;
const COACH_ROLES = ["HEAD_COACH", "COACH"] as const;

type Send = (message: MailMessage) => Promise<SendResult>;

export type DigestRun = { sent: number; alreadySent: number; nothingNew: number; failed: number };

/** The coach's calendar day ("YYYY-MM-DD") in their time zone: one digest per such day. */
export function dayIn(timeZone: string, at: Date): string {
  try {
    return new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);
  } catch {
    return at.toISOString().slice(0, 10); // an unknown zone name: UTC
  }
}

/**
 * `npm run digest` (for cron: docs/operations.md, "Daily digest"): emails every coach who opted
 * in what arrived in their squads since their last digest (at most a day back): new results and
 * comments by others, with the squad's triage. At most one digest per coach and day, however many runs or app instances:
 * a (coach, day) row is inserted first, and only the run that inserted it sends. An empty digest
 * is not sent and gives its day back; a failed send gives it back too, for the next run to retry.
 */
export async function sendDigests(
  options: { now?: Date; send?: Send; origin?: string } = {},
): Promise<DigestRun | null> {
  if (!options.send && !mailConfigured()) return null;
  const now = options.now ?? new Date();
  const send = options.send ?? ((m: MailMessage) => sendEmail(m, "Digest"));
  const origin = options.origin ?? appOrigin();
  const coaches = await db().user.findMany({
    where: {
      email: { not: null },
      emailPreference: { dailyDigest: true },
      memberships: {
        some: { role: { in: [...COACH_ROLES] }, removedAt: null, squad: { deletedAt: null } },
      },
    },
    select: { id: true, name: true, email: true, role: true, units: true, timeZone: true },
  });
  const run: DigestRun = { sent: 0, alreadySent: 0, nothingNew: 0, failed: 0 };
  for (const coach of coaches) {
    const day = new Date(`${dayIn(coach.timeZone, now)}T00:00:00Z`);
    const previous = await db().digestSent.findFirst({
      where: { userId: coach.id, day: { lt: day } },
      orderBy: { day: "desc" },
      select: { sentAt: true },
    });
    if (!(await claimDay(coach.id, day, now))) {
      run.alreadySent += 1;
      continue;
    }
    const since = new Date(Math.max(previous?.sentAt.getTime() ?? 0, now.getTime() - DAY_MS));
    const message = await digestFor(coach, since, now, origin);
    const outcome = message ? await send(message) : null;
    if (outcome?.ok) run.sent += 1;
    else {
      if (outcome) run.failed += 1;
      else run.nothingNew += 1;
      await db().digestSent.delete({ where: { userId_day: { userId: coach.id, day } } });
    }
  }
  return run;
}

/** Inserts the coach's row for the day; false when another run already holds it. */
async function claimDay(userId: string, day: Date, sentAt: Date): Promise<boolean> {
  try {
    await db().digestSent.create({ data: { userId, day, sentAt } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return false;
    throw error;
  }
}

/**
 * The digest's lines, per squad the coach coaches: what arrived, then the squad's triage (the
 * same lines as on the coach's home). Null when nothing arrived: triage alone changes slowly and
 * waits on the home page, so it never sends a digest by itself.
 */
async function digestFor(
  coach: Viewer,
  since: Date,
  until: Date,
  origin: string,
): Promise<MailMessage | null> {
  const userId = coach.id;
  const squads = await db().squad.findMany({
    where: {
      deletedAt: null,
      memberships: { some: { userId, removedAt: null, role: { in: [...COACH_ROLES] } } },
    },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  const window = { gt: since, lte: until };
  const blocks = [];
  for (const squad of squads) {
    const current = { squadId: squad.id, athlete: { removedAt: null } };
    const session = { select: { id: true, date: true, athlete: { select: { name: true } } } };
    const [results, comments] = await Promise.all([
      db().sessionResult.findMany({
        where: {
          createdAt: window,
          OR: [{ loggedById: null }, { loggedById: { not: userId } }],
          assignment: current,
        },
        orderBy: { createdAt: "asc" },
        select: { status: true, assignment: session },
      }),
      db().comment.groupBy({
        by: ["assignmentId"],
        where: { createdAt: window, authorId: { not: userId }, assignment: current },
        _count: { _all: true },
      }),
    ]);
    const commented = await db().assignment.findMany({
      where: { id: { in: comments.map((c) => c.assignmentId) } },
      ...session,
    });
    const count = new Map(comments.map((c) => [c.assignmentId, c._count._all]));
    const link = (id: string) => `${origin}/sessions/${id}`;
    const lines = [
      ...results.map((r) => ({
        text: `${r.assignment.athlete.name}, ${longDay(r.assignment.date.toISOString().slice(0, 10))}: result logged (${r.status.toLowerCase()})`,
        href: link(r.assignment.id),
      })),
      ...commented.map((a) => {
        const n = count.get(a.id) ?? 0;
        return {
          text: `${a.athlete.name}, ${longDay(a.date.toISOString().slice(0, 10))}: ${plural(n, "new comment")}`,
          href: link(a.id),
        };
      }),
    ];
    if (lines.length === 0) continue;
    const triage = await loadTriage(coach, squad.id);
    const triageLines = (triage?.lines ?? []).map((t) => ({
      text: `Triage: ${t.athlete.name} ${t.what}`,
      href: t.assignmentId ? link(t.assignmentId) : `${origin}/athletes/${t.athlete.id}`,
    }));
    blocks.push({ heading: squad.name, lines: [...lines, ...triageLines] });
  }
  if (blocks.length === 0) return null;
  return activityMessage(
    coach.email!,
    "What came in today on Step-Down",
    [...blocks, { lines: [{ text: "Open your home page", href: `${origin}/dashboard` }] }],
    UNSUBSCRIBE,
  );
}
