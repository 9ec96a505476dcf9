"use server";
import { Prisma } from "@/lib/generated/prisma/client";
import { secondsToMs } from "@/lib/pacing";
import { logResultSchema } from "@/lib/validation/coaching";
import { ActionError, defineAction } from "@/lib/server/action";
import { canLogAssignment } from "@/lib/server/authz";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";
import { parseLaps } from "@/lib/server/results/parse-laps";

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/**
 * Logs (or, with expectedVersion, edits) a session lap by lap: the result and its laps in one
 * transaction. The idempotency key comes from the device, so an upload retried after a lost
 * connection, or sent 25 times at once, stores one result. An edit based on a version that has
 * since changed is refused, never silently overwritten.
 */
export const logResult = defineAction({
  input: logResultSchema,
  authorize: (viewer, { assignmentId }) => canLogAssignment(viewer, assignmentId),
  async run(viewer, input) {
    const assignment = await db().assignment.findUniqueOrThrow({
      where: { id: input.assignmentId },
      select: {
        targets: true,
        athleteId: true,
        result: { select: { idempotencyKey: true, version: true } },
      },
    });
    const revalidate = [`/sessions/${input.assignmentId}`, `/athletes/${assignment.athleteId}`];
    if (
      assignment.result?.idempotencyKey === input.idempotencyKey &&
      input.expectedVersion === undefined
    ) {
      return { message: "Already saved.", revalidate }; // a retried upload
    }
    const { laps, errors } = parseLaps(input, frozenTargets(assignment.targets));
    if (Object.keys(errors).length)
      throw new ActionError("Please correct the highlighted fields.", undefined, errors);
    const rows = laps.map(({ seconds, ...lap }) => ({ ...lap, timeMs: secondsToMs(seconds) }));
    const fields = {
      status: input.status,
      effort: input.effort ?? null,
      notes: input.notes ?? null,
      loggedById: viewer!.id,
    };

    if (input.expectedVersion !== undefined) {
      await db().$transaction(async (tx) => {
        const updated = await tx.sessionResult.updateMany({
          where: { assignmentId: input.assignmentId, version: input.expectedVersion },
          data: { ...fields, version: { increment: 1 }, recalibrationDecision: null },
        });
        if (updated.count === 0) {
          throw new ActionError(
            "Someone changed this result since you opened it. Reload to see their version, then make your edit again.",
          );
        }
        const result = await tx.sessionResult.findUniqueOrThrow({
          where: { assignmentId: input.assignmentId },
          select: { id: true },
        });
        await tx.lap.deleteMany({ where: { resultId: result.id } });
        await tx.lap.createMany({ data: rows.map((r) => ({ ...r, resultId: result.id })) });
      });
      return { message: "Changes saved.", revalidate };
    }
    if (assignment.result)
      throw new ActionError("This session is already logged: edit it instead.");
    try {
      await db().sessionResult.create({
        data: {
          assignmentId: input.assignmentId,
          idempotencyKey: input.idempotencyKey,
          ...fields,
          laps: { createMany: { data: rows } },
        },
      });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Lost a race with a copy of this same upload (same key): that copy is the result.
      const winner = await db().sessionResult.findUnique({
        where: { idempotencyKey: input.idempotencyKey },
        select: { assignmentId: true },
      });
      if (winner?.assignmentId !== input.assignmentId)
        throw new ActionError("This session was just logged by someone else: reload to see it.");
    }
    return { message: "Saved.", revalidate };
  },
});
