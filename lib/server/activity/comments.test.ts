import { afterAll, describe, expect, it } from "vitest";
import { testDb } from "@/lib/database/testing";
import { NOT_FOUND } from "@/lib/server/action";
import { addComment } from "@/lib/server/actions/add-comment";
import { deleteComment } from "@/lib/server/actions/delete-comment";
import { hideComment } from "@/lib/server/actions/hide-comment";
import { markSquadSeen } from "@/lib/server/actions/mark-squad-seen";
import type { Viewer } from "@/lib/server/auth/session";
import { getConversation, listUnreadComments } from "@/lib/server/data/comments";
import { getSession } from "@/lib/server/data/sessions";
import { getSquadNews } from "@/lib/server/data/squad-news";
import { buildWorld, type World } from "@/lib/server/testing/world";
import { markSessionRead } from "./seen";

const db = testDb();
afterAll(() => db.$disconnect());

const DAY_MS = 86_400_000;

/**
 * A world whose members joined two days ago, and whose comments and result are a day old: what
 * arrived since the coaches joined is new to them (joining is their first "seen").
 */
async function settledWorld(options: { sharing?: boolean } = {}): Promise<World> {
  const world = await buildWorld(db, options);
  await db.membership.updateMany({
    where: { squadId: { in: [world.a.id, world.b.id] } },
    data: { createdAt: new Date(Date.now() - 2 * DAY_MS) },
  });
  const dayAgo = new Date(Date.now() - DAY_MS);
  // The coach asked, and the athlete answered an hour later.
  await db.comment.update({ where: { id: world.a.coachCommentId }, data: { createdAt: dayAgo } });
  await db.comment.update({
    where: { id: world.a.athleteCommentId },
    data: { createdAt: new Date(dayAgo.getTime() + 3_600_000) },
  });
  await db.sessionResult.update({ where: { id: world.a.resultId }, data: { createdAt: dayAgo } });
  return world;
}

/** What the session page does: read the conversation, then record the visit. */
async function open(viewer: Viewer, assignmentId: string) {
  const openedAt = new Date();
  const conversation = await getConversation(viewer, assignmentId);
  if (conversation) await markSessionRead(viewer.id, assignmentId, openedAt);
  return conversation;
}

const newsOf = async (viewer: Viewer, world: World) =>
  (await getSquadNews(viewer, world.a.id))?.items.find(
    (i) => i.assignmentId === world.a.assignmentId,
  );

describe("unread comments, per reader", () => {
  it("keeps the athlete's and each coach's read state apart", async () => {
    const world = await settledWorld();
    const { self, coach, assistantCoach } = world.viewers;

    // The athlete has not read the head coach's question; their own answer is never unread.
    expect(await listUnreadComments(self)).toEqual([
      expect.objectContaining({
        assignmentId: world.a.assignmentId,
        count: 1,
        lastAuthor: "a-head-coach",
      }),
    ]);
    // Both coaches see the result and the athlete's answer as new (their own comment is not).
    for (const c of [coach, assistantCoach]) {
      expect(await newsOf(c, world)).toMatchObject({ result: true });
    }
    expect((await newsOf(coach, world))?.comments).toBe(1);
    expect((await newsOf(assistantCoach, world))?.comments).toBe(2);

    // The athlete opens the session: the question is marked new this once, then read.
    const first = await open(self, world.a.assignmentId);
    expect(first?.comments.map((c) => [c.mine, c.isNew])).toEqual([
      [false, true],
      [true, false],
    ]);
    expect(await listUnreadComments(self)).toEqual([]);
    expect((await open(self, world.a.assignmentId))?.comments.some((c) => c.isNew)).toBe(false);

    // The head coach opens it: cleared for them only.
    await open(coach, world.a.assignmentId);
    expect(await newsOf(coach, world)).toBeUndefined();
    expect(await newsOf(assistantCoach, world)).toBeDefined();

    // The assistant marks the squad seen instead.
    expect(await markSquadSeen.invoke(assistantCoach, { squadId: world.a.id })).toMatchObject({
      ok: true,
    });
    expect(await newsOf(assistantCoach, world)).toBeUndefined();

    // A new word from the athlete is new to both coaches again, and not unread for the athlete.
    await addComment.invoke(self, { assignmentId: world.a.assignmentId, body: "and rep 4?" });
    expect((await newsOf(coach, world))?.comments).toBe(1);
    expect((await newsOf(assistantCoach, world))?.comments).toBe(1);
    expect(await listUnreadComments(self)).toEqual([]);

    // The head coach answers: unread for the athlete, not news for the head coach themself.
    await open(coach, world.a.assignmentId);
    await addComment.invoke(coach, { assignmentId: world.a.assignmentId, body: "relax the arms" });
    expect(await newsOf(coach, world)).toBeUndefined();
    expect(await listUnreadComments(self)).toEqual([
      expect.objectContaining({ assignmentId: world.a.assignmentId, count: 1 }),
    ]);
  });

  it("does not count a result the coach logged themself as news to them", async () => {
    const world = await settledWorld();
    await db.sessionResult.update({
      where: { id: world.a.resultId },
      data: { loggedById: world.a.headCoachId },
    });
    await db.comment.deleteMany({ where: { assignmentId: world.a.assignmentId } });
    expect(await newsOf(world.viewers.coach, world)).toBeUndefined();
    expect(await newsOf(world.viewers.assistantCoach, world)).toMatchObject({ result: true });
  });
});

describe("who sees and writes the conversation", () => {
  it("keeps teammates out even where results are shared", async () => {
    const world = await settledWorld({ sharing: true });
    const teammate = world.viewers.sameSquadAthlete;
    expect(await getSession(teammate, world.a.assignmentId)).not.toBeNull();
    expect(await getConversation(teammate, world.a.assignmentId)).toBeNull();
    expect(
      await addComment.invoke(teammate, { assignmentId: world.a.assignmentId, body: "nice one" }),
    ).toMatchObject({ ok: false, message: NOT_FOUND });
    expect(await listUnreadComments(teammate)).toEqual([]);
    expect(await getSquadNews(teammate, world.a.id)).toBeNull();
    expect(await db.comment.count({ where: { assignmentId: world.a.assignmentId } })).toBe(2);
  });

  it("shuts a removed athlete out of their old conversation; the coaches keep it read-only", async () => {
    const world = await settledWorld();
    const assignment = await db.assignment.create({
      data: {
        squadId: world.a.id,
        athleteId: world.removedAthleteId,
        templateId: "builtin-metric",
        date: new Date("2026-02-03"),
        units: "METRIC",
        fiveKMs: 1_200_000,
        targets: (await db.assignment.findUniqueOrThrow({ where: { id: world.a.assignmentId } }))
          .targets as object,
      },
    });
    await db.comment.create({
      data: { assignmentId: assignment.id, authorId: world.a.headCoachId, body: "before you left" },
    });
    const removed = world.viewers.removedAthleteWithLogin;
    expect(await getConversation(removed, assignment.id)).toBeNull();
    expect(await listUnreadComments(removed)).toEqual([]);
    expect(
      await addComment.invoke(removed, { assignmentId: assignment.id, body: "still here?" }),
    ).toMatchObject({ ok: false, message: NOT_FOUND });
    const coachView = await getConversation(world.viewers.coach, assignment.id);
    expect(coachView).toMatchObject({ canPost: false });
    expect(coachView?.comments[0]).toMatchObject({ canDelete: false, canHide: false });
    expect(
      await addComment.invoke(world.viewers.coach, { assignmentId: assignment.id, body: "hi" }),
    ).toMatchObject({ ok: false, message: NOT_FOUND });
  });

  it("refuses an empty or oversized comment at its field", async () => {
    const world = await settledWorld();
    for (const body of ["   ", "x".repeat(2001)]) {
      const result = await addComment.invoke(world.viewers.self, {
        assignmentId: world.a.assignmentId,
        body,
      });
      expect(result.ok).toBe(false);
      expect(result.fieldErrors?.body).toBeTruthy();
    }
  });
});

describe("deleting and hiding", () => {
  it("lets an author delete only their own comment", async () => {
    const world = await settledWorld();
    const { self, coach, assistantCoach } = world.viewers;
    expect(await deleteComment.invoke(self, { commentId: world.a.coachCommentId })).toMatchObject({
      ok: false,
      message: NOT_FOUND,
    });
    expect(
      await deleteComment.invoke(assistantCoach, { commentId: world.a.coachCommentId }),
    ).toMatchObject({ ok: false, message: NOT_FOUND });
    expect(await deleteComment.invoke(self, { commentId: world.a.athleteCommentId })).toMatchObject(
      {
        ok: true,
      },
    );
    const left = await getConversation(coach, world.a.assignmentId);
    expect(left?.comments.map((c) => c.id)).toEqual([world.a.coachCommentId]);
  });

  it("hides a comment from the athlete, keeping it for its author and the coaches", async () => {
    const world = await settledWorld();
    const { self, coach, assistantCoach } = world.viewers;
    // The assistant hides the head coach's comment: the athlete sees only that it was hidden.
    expect(
      await hideComment.invoke(assistantCoach, { commentId: world.a.coachCommentId, hidden: "1" }),
    ).toMatchObject({ ok: true });
    const forAthlete = await getConversation(self, world.a.assignmentId);
    expect(forAthlete?.comments[0]).toMatchObject({ hidden: true, body: null, isNew: false });
    expect(await listUnreadComments(self)).toEqual([]);
    for (const v of [coach, assistantCoach]) {
      const seen = await getConversation(v, world.a.assignmentId);
      expect(seen?.comments[0]).toMatchObject({ hidden: true });
      expect(seen?.comments[0]?.body).toMatch(/rep 3/);
    }
    // Hiding the athlete's own comment leaves its text with them; athletes cannot hide.
    await hideComment.invoke(coach, { commentId: world.a.athleteCommentId, hidden: "1" });
    const own = (await getConversation(self, world.a.assignmentId))?.comments[1];
    expect(own).toMatchObject({ hidden: true });
    expect(own?.body).toMatch(/heavy legs/);
    expect(
      await hideComment.invoke(self, { commentId: world.a.coachCommentId, hidden: "0" }),
    ).toMatchObject({ ok: false, message: NOT_FOUND });
    // Shown again.
    await hideComment.invoke(coach, { commentId: world.a.coachCommentId, hidden: "0" });
    const shown = (await getConversation(self, world.a.assignmentId))?.comments[0];
    expect(shown).toMatchObject({ hidden: false });
    expect(shown?.body).toMatch(/rep 3/);
  });
});
