import ICAL from "ical.js";
import { afterAll, describe, expect, it } from "vitest";
import { GET as feedRoute } from "@/app/feeds/[file]/route";
import { sessionUid, squadDayUid } from "@/lib/calendar/feed-ics";
import { addDays, todayIn } from "@/lib/dates";
import { testDb } from "@/lib/database/testing";
import { createAthleteFeed } from "@/lib/server/actions/create-athlete-feed";
import { createSquadFeed } from "@/lib/server/actions/create-squad-feed";
import { deleteAssignment } from "@/lib/server/actions/delete-assignment";
import { removeCoach } from "@/lib/server/actions/remove-coach";
import { revokeCalendarFeed } from "@/lib/server/actions/revoke-calendar-feed";
import { updateSquad } from "@/lib/server/actions/update-squad";
import type { Viewer } from "@/lib/server/auth/session";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { listMyFeeds } from "./calendar-feeds";

const db = testDb();
afterAll(() => db.$disconnect());

const ORIGIN = "https://stepdown.test";
const soon = (days: number) => addDays(todayIn("UTC"), days);

async function fetchFeed(path: string) {
  const file = path.replace(/^\/feeds\//, "");
  return feedRoute(new Request(`${ORIGIN}${path}`), { params: Promise.resolve({ file }) });
}

/** The feed parsed back with a second library (ical.js), as a calendar app would read it. */
async function events(path: string) {
  const response = await fetchFeed(path);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/calendar/);
  const calendar = new ICAL.Component(ICAL.parse(await response.text()) as unknown[]);
  expect(calendar.name).toBe("vcalendar");
  return calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

async function newFeed(viewer: Viewer, squadId?: string) {
  const result = squadId
    ? await createSquadFeed.invoke(viewer, { squadId })
    : await createAthleteFeed.invoke(viewer, {});
  expect(result.ok).toBe(true);
  return result.data!.path!;
}

/** The world's sessions are in March; the feed keeps recent history, so bring them near. */
async function sessionsSoon(w: World) {
  await db.assignment.update({
    where: { id: w.a.openAssignmentId },
    data: { date: new Date(`${soon(7)}T00:00:00Z`) },
  });
  await db.assignment.update({
    where: { id: w.a.assignmentId },
    data: { date: new Date(`${soon(-7)}T00:00:00Z`) },
  });
}

describe("an athlete's calendar feed", () => {
  it("is valid iCalendar with one event per session, its targets and its link", async () => {
    const w = await buildWorld(db);
    await sessionsSoon(w);
    const path = await newFeed(w.viewers.self);
    expect(path).toMatch(/^\/feeds\/[\w-]{32}\.ics$/);
    const list = await events(path);
    expect(list.map((e) => e.uid).sort()).toEqual(
      [sessionUid(w.a.assignmentId), sessionUid(w.a.openAssignmentId)].sort(),
    );
    const next = list.find((e) => e.uid === sessionUid(w.a.openAssignmentId))!;
    // No usual start time: an all-day event on the session's date.
    expect(next.startDate.isDate).toBe(true);
    expect(next.startDate.toString()).toBe(soon(7));
    expect(next.summary).toContain("5K 20:00");
    expect(next.description).toContain("1600m");
    expect(next.description).toContain("6:20-6:28"); // rep 1's window at 20:00
    expect(next.description).toContain(`${ORIGIN}/sessions/${w.a.openAssignmentId}`);
  });

  it("holds only the owner's own sessions, not a teammate's or another squad's", async () => {
    const w = await buildWorld(db);
    await sessionsSoon(w);
    await db.assignment.create({
      data: {
        squadId: w.a.id,
        athleteId: w.a.teammateId,
        templateId: "builtin-metric",
        date: new Date(`${soon(7)}T00:00:00Z`),
        units: "METRIC",
        fiveKMs: 1_200_000,
        targets:
          (await db.assignment.findUniqueOrThrow({ where: { id: w.a.openAssignmentId } }))
            .targets ?? {},
      },
    });
    const uids = (await events(await newFeed(w.viewers.self))).map((e) => e.uid);
    expect(uids).toHaveLength(2);
    expect(
      uids.every((uid) =>
        [w.a.assignmentId, w.a.openAssignmentId].some((id) => uid === sessionUid(id)),
      ),
    ).toBe(true);
    // A coach with no athlete profile gets an empty, still valid calendar.
    expect(await events(await newFeed(w.viewers.coach))).toEqual([]);
  });

  it("puts sessions at the squad's usual start time when the coach sets one", async () => {
    const w = await buildWorld(db);
    await sessionsSoon(w);
    await db.squad.update({ where: { id: w.a.id }, data: { startTime: "18:30" } });
    const next = (await events(await newFeed(w.viewers.self))).find(
      (e) => e.uid === sessionUid(w.a.openAssignmentId),
    )!;
    expect(next.startDate.isDate).toBe(false);
    expect([next.startDate.hour, next.startDate.minute]).toEqual([18, 30]);
    expect(next.endDate.toUnixTime() - next.startDate.toUnixTime()).toBeGreaterThan(3600);
  });

  it("moves a moved session (same UID, new date) and drops a deleted one", async () => {
    const w = await buildWorld(db);
    await sessionsSoon(w);
    const path = await newFeed(w.viewers.self);
    await db.assignment.update({
      where: { id: w.a.openAssignmentId },
      data: { date: new Date(`${soon(14)}T00:00:00Z`) },
    });
    const moved = (await events(path)).filter((e) => e.uid === sessionUid(w.a.openAssignmentId));
    expect(moved).toHaveLength(1);
    expect(moved[0]!.startDate.toString()).toBe(soon(14));
    expect(
      await deleteAssignment.invoke(w.viewers.coach, { assignmentId: w.a.openAssignmentId }),
    ).toMatchObject({ ok: true });
    expect((await events(path)).map((e) => e.uid)).toEqual([sessionUid(w.a.assignmentId)]);
  });

  it("answers 404 once revoked or renewed, and to tokens it never made", async () => {
    const w = await buildWorld(db);
    const first = await newFeed(w.viewers.self);
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await newFeed(w.viewers.self); // renewing ends the old URL
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect((await listMyFeeds(w.viewers.self))?.athleteFeedSince).toBeInstanceOf(Date);
    expect(await revokeCalendarFeed.invoke(w.viewers.self, { kind: "ATHLETE" })).toMatchObject({
      ok: true,
    });
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await listMyFeeds(w.viewers.self))?.athleteFeedSince).toBeNull();
    for (const bad of [
      "/feeds/nope.ics",
      "/feeds/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics",
      "/feeds/x",
    ]) {
      expect((await fetchFeed(bad)).status).toBe(404);
    }
  });

  it("lets nobody revoke someone else's feed", async () => {
    const w = await buildWorld(db);
    const path = await newFeed(w.viewers.self);
    await revokeCalendarFeed.invoke(w.viewers.coach, { kind: "ATHLETE" });
    await revokeCalendarFeed.invoke(w.viewers.sameSquadAthlete, { kind: "ATHLETE" });
    expect((await fetchFeed(path)).status).toBe(200);
  });
});

describe("a squad's calendar feed", () => {
  it("has one event per session date, every athlete's targets in it, for coaches only", async () => {
    const w = await buildWorld(db);
    await sessionsSoon(w);
    expect((await createSquadFeed.invoke(w.viewers.self, { squadId: w.a.id })).ok).toBe(false);
    expect((await createSquadFeed.invoke(w.viewers.otherCoach, { squadId: w.a.id })).ok).toBe(
      false,
    );
    const list = await events(await newFeed(w.viewers.coach, w.a.id));
    expect(list.map((e) => e.uid).sort()).toEqual(
      [squadDayUid(w.a.id, soon(-7)), squadDayUid(w.a.id, soon(7))].sort(),
    );
    const next = list.find((e) => e.uid === squadDayUid(w.a.id, soon(7)))!;
    expect(next.description).toContain("a athlete (5K 20:00)");
    expect(next.description).toContain(`${ORIGIN}/squads/${w.a.id}/sheet?date=${soon(7)}`);
  });

  it("stops (404) the moment its owner no longer coaches the squad", async () => {
    const w = await buildWorld(db);
    const path = await newFeed(w.viewers.assistantCoach, w.a.id);
    expect((await fetchFeed(path)).status).toBe(200);
    const removed = await removeCoach.invoke(w.viewers.coach, {
      squadId: w.a.id,
      userId: w.a.assistantCoachId,
    });
    expect(removed.ok).toBe(true);
    expect((await fetchFeed(path)).status).toBe(404);
  });
});

describe("the squad's usual start time", () => {
  it("is saved from the settings form, checked, cleared by a blank and kept when left out", async () => {
    const w = await buildWorld(db);
    const settings = { squadId: w.a.id, name: w.a.name, units: "METRIC" };
    const startTime = async () =>
      (await db.squad.findUniqueOrThrow({ where: { id: w.a.id } })).startTime;
    expect(
      await updateSquad.invoke(w.viewers.coach, { ...settings, startTime: "18:30" }),
    ).toMatchObject({ ok: true });
    expect(await startTime()).toBe("18:30");
    const bad = await updateSquad.invoke(w.viewers.coach, { ...settings, startTime: "25:00" });
    expect(bad.fieldErrors?.startTime).toMatch(/24-hour time/);
    expect(await startTime()).toBe("18:30");
    await updateSquad.invoke(w.viewers.coach, settings);
    expect(await startTime()).toBe("18:30");
    await updateSquad.invoke(w.viewers.coach, { ...settings, startTime: "" });
    expect(await startTime()).toBeNull();
  });
});
