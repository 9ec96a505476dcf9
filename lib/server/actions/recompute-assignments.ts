"use server";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/dates";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { DEFAULT_OFFSETS, msToSeconds, offsetsSchema, prescribeStepDown } from "@/lib/pacing";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { currentMarks } from "@/lib/server/results/current-marks";
import { db } from "@/lib/server/db";
import { plural } from "@/lib/format/plural";

const sessions = (n: number) => plural(n, "upcoming session");

/**
 * Targets are frozen at assignment; this is the explicit way to refresh them. Only future
 * sessions not yet logged are recomputed from each athlete's current 5K, keeping their offsets.
 */
export const recomputeAssignments = defineAction({
  input: z.object({ squadId: id }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(viewer, { squadId }) {
    // From the coach's today: a session later today where they are is still to come.
    const today = new Date(`${todayIn(viewer.timeZone)}T00:00:00Z`);
    const future = await db().assignment.findMany({
      where: { squadId, date: { gte: today }, result: null, athlete: { removedAt: null } },
      select: { id: true, athleteId: true, units: true, offsets: true, fiveKMs: true },
    });
    const marks = await currentMarks([...new Set(future.map((a) => a.athleteId))]);
    const changes = future.filter(
      (a) => marks.has(a.athleteId) && marks.get(a.athleteId)!.timeMs !== a.fiveKMs,
    );
    const recomputed = changes.length ? await recompute(changes, marks) : 0;
    const kept = changes.length - recomputed;
    return {
      message: !changes.length
        ? "Every upcoming session already uses the current 5K times."
        : `Recomputed ${sessions(recomputed)} from current 5K times.` +
          (kept ? ` ${sessions(kept)} logged or changed meanwhile kept their targets.` : ""),
      revalidate: [paths.squad(squadId)],
    };
  },
});

type Change = {
  id: string;
  athleteId: string;
  units: "METRIC" | "IMPERIAL";
  offsets: unknown;
  fiveKMs: number;
};

/**
 * Writes the new targets, each only if the session is still unlogged and still has the 5K it was
 * read with: a session logged (or recomputed) since the read keeps the targets it was run to.
 * Returns how many were written.
 */
async function recompute(
  changes: Change[],
  marks: Map<string, { timeMs: number }>,
): Promise<number> {
  return db().$transaction(async (tx) => {
    // A result being logged right now holds a key-share lock on its session, which an UPDATE of
    // the targets would not wait for; FOR UPDATE does, and the updates below then see the result.
    // Locked in id order, so two recomputes of one squad cannot deadlock.
    await tx.$queryRaw`
      SELECT 1 FROM "Assignment"
      WHERE "id" IN (${Prisma.join(changes.map((a) => a.id))})
      ORDER BY "id" FOR UPDATE`;
    let written = 0;
    for (const a of changes) {
      const fiveKMs = marks.get(a.athleteId)!.timeMs;
      const offsets = offsetsSchema.safeParse(a.offsets).data ?? DEFAULT_OFFSETS;
      const units = a.units === "METRIC" ? "metric" : "imperial";
      const { count } = await tx.assignment.updateMany({
        where: { id: a.id, result: null, fiveKMs: a.fiveKMs },
        data: {
          fiveKMs,
          targets: prescribeStepDown({ fiveKSeconds: msToSeconds(fiveKMs), units, offsets }),
        },
      });
      written += count;
    }
    return written;
  });
}
