import "server-only";
import {
  athleteEvent,
  calendarIcs,
  squadDayEvent,
  type CalendarEvent,
} from "@/lib/calendar/feed-ics";
import { addDays, todayIn } from "@/lib/dates";
import { workoutName } from "@/lib/devices/workout-text";
import { hashToken } from "@/lib/security/tokens";
import type { Viewer } from "@/lib/server/auth/session";
import { canReadFeed } from "@/lib/server/authz";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** How far back a feed reaches: recent history stays in the calendar, years of it need not. */
const HISTORY_DAYS = 180;

/**
 * A calendar feed's iCalendar text, found by the token in its URL (null: no such token, revoked,
 * or its owner no longer coaches the squad): the token is the capability, so no session is asked
 * for. Links in the events point at `origin`.
 */
export async function getFeedCalendar(token: string, origin: string): Promise<string | null> {
  const feed = await db().calendarFeed.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      kind: true,
      userId: true,
      squadId: true,
      revokedAt: true,
      squad: { select: { name: true } },
    },
  });
  if (!feed || feed.revokedAt || !(await canReadFeed(feed))) return null;
  const from = new Date(`${addDays(todayIn("UTC"), -HISTORY_DAYS)}T00:00:00Z`);
  if (feed.kind === "SQUAD" && feed.squadId && feed.squad) {
    const events = await squadEvents(feed.squadId, feed.squad.name, from, origin);
    return calendarIcs(`4-3-2-1 · ${feed.squad.name}`, events);
  }
  return calendarIcs("My 4-3-2-1 sessions", await athleteEvents(feed.userId, from, origin));
}

/** The user's own sessions in every squad they are still a current athlete of. */
async function athleteEvents(userId: string, from: Date, origin: string) {
  const rows = await db().assignment.findMany({
    where: {
      date: { gte: from },
      athlete: { userId, removedAt: null },
      squad: { deletedAt: null, memberships: { some: { userId, removedAt: null } } },
    },
    orderBy: [{ date: "asc" }, { id: "asc" }],
    select: {
      id: true,
      date: true,
      targets: true,
      updatedAt: true,
      squad: { select: { name: true, startTime: true } },
    },
  });
  return rows.map((a) => {
    const prescription = frozenTargets(a.targets);
    const date = iso(a.date);
    return athleteEvent({
      assignmentId: a.id,
      date,
      startTime: a.squad.startTime,
      squadName: a.squad.name,
      name: workoutName(prescription.fiveKSeconds, date),
      prescription,
      url: `${origin}/sessions/${a.id}`,
      updatedAt: a.updatedAt,
    });
  });
}

/** One event per session date of the squad, every current athlete's targets in it. */
async function squadEvents(squadId: string, squadName: string, from: Date, origin: string) {
  const [squad, rows] = await Promise.all([
    db().squad.findUniqueOrThrow({ where: { id: squadId }, select: { startTime: true } }),
    db().assignment.findMany({
      where: { squadId, date: { gte: from }, athlete: { removedAt: null } },
      orderBy: [{ date: "asc" }, { athlete: { name: "asc" } }, { id: "asc" }],
      select: { date: true, targets: true, updatedAt: true, athlete: { select: { name: true } } },
    }),
  ]);
  const byDate = new Map<string, typeof rows>();
  for (const row of rows) byDate.set(iso(row.date), [...(byDate.get(iso(row.date)) ?? []), row]);
  return [...byDate].map(([date, day]): CalendarEvent =>
    squadDayEvent({
      squadId,
      squadName,
      date,
      startTime: squad.startTime,
      athletes: day.map((a) => ({
        name: a.athlete.name,
        prescription: frozenTargets(a.targets),
        updatedAt: a.updatedAt,
      })),
      url: `${origin}/squads/${squadId}/sheet?date=${date}`,
    }),
  );
}

/**
 * The viewer's feeds for the account page and the home: whether their own athlete feed and each
 * squad feed they could have (squads they coach) is live. Tokens are never shown again after
 * they are made: only their hashes are kept.
 */
export async function listMyFeeds(viewer: Viewer | null) {
  if (!viewer) return null;
  const [feeds, coached, athlete] = await Promise.all([
    db().calendarFeed.findMany({
      where: { userId: viewer.id, revokedAt: null },
      select: { kind: true, squadId: true, createdAt: true },
    }),
    db().squad.findMany({
      where: {
        deletedAt: null,
        memberships: {
          some: { userId: viewer.id, removedAt: null, role: { in: ["HEAD_COACH", "COACH"] } },
        },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db().athleteProfile.findFirst({
      where: { userId: viewer.id, removedAt: null, squad: { deletedAt: null } },
      select: { id: true },
    }),
  ]);
  const live = (squadId: string | null) =>
    feeds.find((f) => f.squadId === squadId)?.createdAt ?? null;
  return {
    isAthlete: athlete !== null,
    athleteFeedSince: live(null),
    squads: coached.map((s) => ({ ...s, feedSince: live(s.id) })),
  };
}

export type MyFeeds = NonNullable<Awaited<ReturnType<typeof listMyFeeds>>>;
