import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { updateSquad } from "@/lib/server/actions/update-squad";
import { canSeeAssignment, canSeeAthlete } from "@/lib/server/authz";
import { getAthleteProgress } from "@/lib/server/data/athlete-progress";
import { listAthleteSessions } from "@/lib/server/data/athlete-sessions";
import { getAthlete } from "@/lib/server/data/athletes";
import { getSquadCalendar, getSquadSheet } from "@/lib/server/data/schedule";
import { getSession } from "@/lib/server/data/sessions";
import { getSquad, listMySquads } from "@/lib/server/data/squads";
import { buildWorld, type World } from "@/lib/server/testing/world";

const db = testDb();
afterAll(() => db.$disconnect());

const NOTE = "sore calf, only for the coach";
const MARK_NOTE = "parkrun, felt ill";
const KEY = "device-key-7f3a";

/** A world whose athlete ("self") has a result with notes and a mark with a note. */
async function world(share: boolean) {
  const w = await buildWorld(db);
  await db.squad.update({ where: { id: w.a.id }, data: { shareResults: share } });
  await db.sessionResult.update({
    where: { assignmentId: w.a.assignmentId },
    data: { notes: NOTE, idempotencyKey: `${KEY}-${w.a.id}` },
  });
  await db.fiveKMark.updateMany({ where: { athleteId: w.a.athleteId }, data: { note: MARK_NOTE } });
  return w;
}

/** Every read of the athlete "self" of squad A that a page makes, as `who`. */
async function readsOfSelf(w: World, who: World["viewers"]["coach"]) {
  return {
    athlete: await getAthlete(who, w.a.athleteId),
    sessions: await listAthleteSessions(who, w.a.athleteId),
    progress: await getAthleteProgress(who, w.a.athleteId, {
      from: "2026-01-01",
      to: "2026-12-31",
    }),
    session: await getSession(who, w.a.assignmentId),
  };
}

describe("teammates' results: private unless the squad shares them", () => {
  it("tells an athlete how many athletes the squad has only where it shares results", async () => {
    const count = async (w: World, who: World["viewers"]["coach"]) =>
      (await listMySquads(who)).find((s) => s.id === w.a.id)?.athleteCount;
    const closed = await world(false);
    expect(await count(closed, closed.viewers.self)).toBeNull();
    expect(await count(closed, closed.viewers.coach)).toBeGreaterThan(1);
    const open = await world(true);
    expect(await count(open, open.viewers.self)).toBe(await count(open, open.viewers.coach));
  });

  it("hides a teammate's athlete, sessions, progress and session pages by default", async () => {
    const w = await world(false);
    const teammate = w.viewers.sameSquadAthlete;
    expect(await canSeeAthlete(teammate, w.a.athleteId)).toBe(false);
    expect(await canSeeAthlete(teammate, w.a.loginlessAthleteId)).toBe(false);
    expect(await canSeeAssignment(teammate, w.a.assignmentId)).toBe(false);
    expect(await readsOfSelf(w, teammate)).toEqual({
      athlete: null,
      sessions: null,
      progress: null,
      session: null,
    });
    // The athlete themself and the coaches still see everything, notes included.
    for (const who of [w.viewers.self, w.viewers.coach, w.viewers.assistantCoach]) {
      const reads = await readsOfSelf(w, who);
      expect(reads.session?.result?.notes, who.name).toBe(NOTE);
      expect(reads.athlete?.marks[0]?.note, who.name).toBe(MARK_NOTE);
      expect(reads.progress?.sessions, who.name).toHaveLength(1);
    }
  });

  it("lists only the athlete's own row on the squad page, calendar and sheet", async () => {
    const w = await world(false);
    const squad = await getSquad(w.viewers.sameSquadAthlete, w.a.id);
    expect(squad?.shareResults).toBe(false);
    expect(squad?.athletes.map((a) => a.id)).toEqual([w.a.teammateId]);
    const calendar = await getSquadCalendar(w.viewers.sameSquadAthlete, w.a.id, {
      from: "2026-03-01",
      to: "2026-04-30",
    });
    expect(calendar?.entries).toEqual([]);
    const own = await getSquadCalendar(w.viewers.self, w.a.id, {
      from: "2026-03-01",
      to: "2026-04-30",
    });
    expect(own?.entries.map((e) => e.id).sort()).toEqual(
      [w.a.assignmentId, w.a.openAssignmentId].sort(),
    );
    const sheet = await getSquadSheet(w.viewers.sameSquadAthlete, w.a.id, "2026-03-03");
    expect(sheet?.rows).toEqual([]);
    expect(sheet?.sessionDates).toEqual([]);
    // Coaches see every athlete as before.
    const coachView = await getSquad(w.viewers.assistantCoach, w.a.id);
    expect(coachView?.athletes.map((a) => a.id)).toEqual(
      expect.arrayContaining([w.a.athleteId, w.a.teammateId, w.a.loginlessAthleteId]),
    );
  });

  it("with sharing on, shows teammates' sessions and progress without notes or keys", async () => {
    const w = await world(true);
    const teammate = w.viewers.sameSquadAthlete;
    const reads = await readsOfSelf(w, teammate);
    expect(reads.athlete?.id).toBe(w.a.athleteId);
    expect(reads.sessions?.past.map((s) => s.id)).toContain(w.a.assignmentId);
    expect(reads.progress?.sessions.map((s) => s.assignmentId)).toEqual([w.a.assignmentId]);
    expect(reads.session?.result?.status).toBe("COMPLETED");
    expect(reads.session?.result?.notes).toBeNull();
    expect(reads.session?.result?.idempotencyKey).toBeNull();
    expect(reads.athlete?.marks.map((m) => m.note)).toEqual([null]);
    // Nothing meant for the coach anywhere in what the teammate receives.
    const everything = JSON.stringify(reads);
    expect(everything).not.toContain(NOTE);
    expect(everything).not.toContain(MARK_NOTE);
    expect(everything).not.toContain(KEY);
    // The squad page lists everyone, and still not the coaches' emails.
    const squad = await getSquad(teammate, w.a.id);
    expect(squad?.shareResults).toBe(true);
    expect(squad?.athletes.map((a) => a.id)).toContain(w.a.athleteId);
    expect(squad?.coaches.length).toBeGreaterThan(0);
    expect(squad?.coaches.every((c) => c.email === null)).toBe(true);
    const calendar = await getSquadCalendar(teammate, w.a.id, {
      from: "2026-03-01",
      to: "2026-04-30",
    });
    expect(calendar?.entries.map((e) => e.id)).toContain(w.a.assignmentId);
  });

  it("never shows coaches' emails to an athlete; coaches keep them", async () => {
    const w = await world(false);
    const athleteView = await getSquad(w.viewers.self, w.a.id);
    expect(athleteView?.coaches.map((c) => c.email)).toEqual(athleteView?.coaches.map(() => null));
    const coachView = await getSquad(w.viewers.coach, w.a.id);
    expect(coachView?.coaches.every((c) => c.email?.includes("@"))).toBe(true);
  });

  it("keeps a former athlete from teammates even with sharing on", async () => {
    const w = await world(true);
    expect(await canSeeAthlete(w.viewers.self, w.a.formerAthleteId)).toBe(false);
    expect(await canSeeAthlete(w.viewers.coach, w.a.formerAthleteId)).toBe(true);
  });
});

describe("the sharing setting", () => {
  it("is off for a new squad, turned on by a ticked box and off again by an unticked one", async () => {
    const w = await buildWorld(db);
    expect((await db.squad.findUniqueOrThrow({ where: { id: w.a.id } })).shareResults).toBe(false);
    const form = (share: boolean) => {
      const f = new FormData();
      f.set("squadId", w.a.id);
      f.set("name", "Renamed");
      f.set("units", "METRIC");
      if (share) f.set("shareResults", "on");
      return f;
    };
    expect((await updateSquad.invoke(w.viewers.assistantCoach, form(true))).ok).toBe(true);
    expect(await canSeeAthlete(w.viewers.sameSquadAthlete, w.a.athleteId)).toBe(true);
    expect((await updateSquad.invoke(w.viewers.coach, form(false))).ok).toBe(true);
    expect(await canSeeAthlete(w.viewers.sameSquadAthlete, w.a.athleteId)).toBe(false);
    // An athlete cannot turn it on.
    expect((await updateSquad.invoke(w.viewers.self, form(true))).ok).toBe(false);
    expect((await db.squad.findUniqueOrThrow({ where: { id: w.a.id } })).shareResults).toBe(false);
  });
});
