"use server";
import { z } from "zod";
import { DEFAULT_OFFSETS, msToSeconds, offsetsSchema, prescribeStepDown } from "@/lib/pacing";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { currentMarks } from "@/lib/server/results/current-marks";
import { db } from "@/lib/server/db";

/**
 * Targets are frozen at assignment; this is the explicit way to refresh them. Only future
 * sessions not yet logged are recomputed from each athlete's current 5K, keeping their offsets.
 */
export const recomputeAssignments = defineAction({
  input: z.object({ squadId: id }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(_viewer, { squadId }) {
    const today = new Date(new Date().toISOString().slice(0, 10));
    const future = await db().assignment.findMany({
      where: { squadId, date: { gte: today }, result: null, athlete: { removedAt: null } },
      select: { id: true, athleteId: true, units: true, offsets: true, fiveKMs: true },
    });
    const marks = await currentMarks([...new Set(future.map((a) => a.athleteId))]);
    const changes = future.filter(
      (a) => marks.has(a.athleteId) && marks.get(a.athleteId)!.timeMs !== a.fiveKMs,
    );
    await db().$transaction(
      changes.map((a) => {
        const fiveKMs = marks.get(a.athleteId)!.timeMs;
        const offsets = offsetsSchema.safeParse(a.offsets).data ?? DEFAULT_OFFSETS;
        const units = a.units === "METRIC" ? "metric" : "imperial";
        return db().assignment.update({
          where: { id: a.id },
          data: {
            fiveKMs,
            targets: prescribeStepDown({ fiveKSeconds: msToSeconds(fiveKMs), units, offsets }),
          },
        });
      }),
    );
    return {
      message: changes.length
        ? `Recomputed ${changes.length} upcoming session${changes.length === 1 ? "" : "s"} from current 5K times.`
        : "Every upcoming session already uses the current 5K times.",
      revalidate: [`/squads/${squadId}`],
    };
  },
});
