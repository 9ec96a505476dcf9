"use server";
import { paths } from "@/lib/paths";
import { todayIn } from "@/lib/dates";
import { z } from "zod";
import { secondsToMs } from "@/lib/pacing";
import { id } from "@/lib/validation/squad";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachAssignment } from "@/lib/server/authz";
import { analyse, predictionOf } from "@/lib/server/results/analysis";
import { db } from "@/lib/server/db";

/**
 * The coach's answer to a session's recalibration suggestion. Accepting adds a 5K mark with
 * source "recalibration" at the suggested time, recomputed here from the stored laps (never
 * taken from the form); dismissing records the answer. Never applied without the coach.
 */
export const decideRecalibration = defineAction({
  input: z.object({
    assignmentId: id,
    decision: z.enum(["accept", "dismiss"], { message: "Accept or dismiss" }),
  }),
  authorize: (viewer, { assignmentId }) => canCoachAssignment(viewer, assignmentId),
  async run(viewer, { assignmentId, decision }) {
    const assignment = await db().assignment.findUniqueOrThrow({
      where: { id: assignmentId },
      select: {
        athleteId: true,
        targets: true,
        squad: { select: { predictionModel: true, riegelExponent: true } },
        result: {
          select: {
            id: true,
            status: true,
            recalibrationDecision: true,
            laps: true,
            version: true,
          },
        },
      },
    });
    const result = assignment.result;
    if (!result) throw new ActionError("This session has no result yet.");
    if (result.recalibrationDecision)
      throw new ActionError("This suggestion was already answered.", { code: "conflict" });
    // The squad's model, as the suggestion the coach read was computed with.
    const { recalibration } = analyse(
      assignment.targets,
      result.laps,
      result.status,
      predictionOf(assignment.squad),
    );
    const suggested = recalibration.suggestedFiveKSeconds;
    if (
      decision === "accept" &&
      (suggested === undefined || recalibration.kind === "keep" || recalibration.kind === "recheck")
    ) {
      throw new ActionError("There is no new 5K time to accept for this session.");
    }
    await db().$transaction(async (tx) => {
      // Only the answer to what was read: not yet answered (two clicks on accept would make two
      // marks) and the same version (an edit since may have changed the laps, so the suggestion).
      const answered = await tx.sessionResult.updateMany({
        where: { id: result.id, recalibrationDecision: null, version: result.version },
        data: { recalibrationDecision: decision === "accept" ? "ACCEPTED" : "DISMISSED" },
      });
      if (answered.count !== 1)
        throw new ActionError(
          "This suggestion was just answered, or the session changed: reload to see it.",
          { code: "conflict" },
        );
      if (decision === "accept") {
        // A pin would outrank the new mark, and the coach just chose it: the latest counts again.
        await tx.athleteProfile.update({
          where: { id: assignment.athleteId },
          data: { pinnedMarkId: null },
        });
        await tx.fiveKMark.create({
          data: {
            athleteId: assignment.athleteId,
            timeMs: secondsToMs(suggested!),
            date: new Date(`${todayIn(viewer.timeZone)}T00:00:00Z`), // the coach's today
            source: "RECALIBRATION",
            note: recalibration.reason,
            createdById: viewer.id,
          },
        });
      }
    });
    return {
      message:
        decision === "accept"
          ? "New 5K time saved: future assignments will use it."
          : "Suggestion dismissed.",
      // The dashboard too: its queue of suggestions answers from there as well.
      revalidate: [
        paths.session(assignmentId),
        paths.athlete(assignment.athleteId),
        paths.dashboard(),
      ],
    };
  },
});
