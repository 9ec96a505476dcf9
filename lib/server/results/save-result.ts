import "server-only";
import { paths } from "@/lib/paths";
import { Prisma } from "@/lib/generated/prisma/client";
import { secondsToMs } from "@/lib/pacing";
import type { LogResultInput } from "@/lib/validation/coaching";
import { ActionError } from "@/lib/server/action";
import type { Viewer } from "@/lib/server/auth/session";
import { frozenTargets } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";
import { parseLaps } from "@/lib/server/results/parse-laps";

const isUniqueViolation = (e: unknown) =>
  e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";

/** Where the laps came from; an import also brings the file it was read from. */
export type ResultOrigin =
  | { source: "TYPED" | "STOPWATCH" }
  | {
      source: "IMPORT";
      device: string | null;
      format: string;
      fileName: string;
      startedAt: Date | null;
      utcOffsetMinutes: number | null;
      original: { fileName: string; sha256: string; size: number; gzip: Uint8Array };
    };

/** "saved", "edited", or "duplicate": this very upload (same key) was stored before. */
export type SaveOutcome = "saved" | "edited" | "duplicate";

export type SavedResult = { outcome: SaveOutcome; message: string; revalidate: string[] };

function originFields(origin: ResultOrigin) {
  if (origin.source !== "IMPORT") return { source: origin.source };
  return {
    source: origin.source,
    importDevice: origin.device,
    importFormat: origin.format,
    importFileName: origin.fileName,
    importStartedAt: origin.startedAt,
    importUtcOffsetMinutes: origin.utcOffsetMinutes,
  };
}

const originalRow = (origin: ResultOrigin) =>
  origin.source === "IMPORT"
    ? { ...origin.original, gzip: new Uint8Array(origin.original.gzip) }
    : null;

/**
 * Saves a logged session, however it was entered (typed, the stopwatch, a watch file): the laps
 * are checked against the frozen targets by parseLaps, then the result, its laps and (for an
 * import) its original file are written in one transaction. The idempotency key makes a retried
 * upload store one result; with expectedVersion it edits, refusing an edit based on a version
 * that has since changed. The caller has authorized the viewer (canLogAssignment).
 *
 * A typed edit of an imported result leaves its origin as it was: the file is still what it was
 * read from, and the session page shows who saved it last.
 */
export async function saveResult(
  viewer: Viewer,
  input: LogResultInput,
  origin?: ResultOrigin,
  messages: { duplicate?: string } = {},
): Promise<SavedResult> {
  const assignment = await db().assignment.findUniqueOrThrow({
    where: { id: input.assignmentId },
    select: {
      targets: true,
      athleteId: true,
      result: { select: { idempotencyKey: true, version: true } },
    },
  });
  const revalidate = [paths.session(input.assignmentId), paths.athlete(assignment.athleteId)];
  if (
    assignment.result?.idempotencyKey === input.idempotencyKey &&
    input.expectedVersion === undefined
  ) {
    // A retried upload
    return { outcome: "duplicate", message: messages.duplicate ?? "Already saved.", revalidate };
  }
  const { laps, errors } = parseLaps(input, frozenTargets(assignment.targets));
  if (Object.keys(errors).length)
    throw new ActionError("Please correct the highlighted fields.", { fields: errors });
  const rows = laps.map(({ seconds, ...lap }) => ({ ...lap, timeMs: secondsToMs(seconds) }));
  const fields = {
    status: input.status,
    effort: input.effort ?? null,
    notes: input.notes ?? null,
    loggedById: viewer.id,
    ...(origin ? originFields(origin) : {}),
  };
  const original = origin ? originalRow(origin) : null;

  if (input.expectedVersion !== undefined) {
    await db().$transaction(async (tx) => {
      const updated = await tx.sessionResult.updateMany({
        where: { assignmentId: input.assignmentId, version: input.expectedVersion },
        data: { ...fields, version: { increment: 1 }, recalibrationDecision: null },
      });
      if (updated.count === 0) {
        throw new ActionError(
          "Someone changed this result since you opened it. Reload to see their version, then make your edit again.",
          { code: "conflict" },
        );
      }
      const result = await tx.sessionResult.findUniqueOrThrow({
        where: { assignmentId: input.assignmentId },
        select: { id: true },
      });
      await tx.lap.deleteMany({ where: { resultId: result.id } });
      await tx.lap.createMany({ data: rows.map((r) => ({ ...r, resultId: result.id })) });
      if (original)
        await tx.resultOriginal.upsert({
          where: { resultId: result.id },
          create: { ...original, resultId: result.id },
          update: original,
        });
    });
    return { outcome: "edited", message: "Changes saved.", revalidate };
  }
  if (assignment.result)
    throw new ActionError("This session is already logged: edit it instead.", {
      code: "conflict",
    });
  try {
    await db().sessionResult.create({
      data: {
        assignmentId: input.assignmentId,
        idempotencyKey: input.idempotencyKey,
        ...fields,
        laps: { createMany: { data: rows } },
        ...(original ? { original: { create: original } } : {}),
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
      throw new ActionError("This session was just logged by someone else: reload to see it.", {
        code: "conflict",
      });
    return { outcome: "duplicate", message: messages.duplicate ?? "Already saved.", revalidate };
  }
  return { outcome: "saved", message: "Saved.", revalidate };
}
