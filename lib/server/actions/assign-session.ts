"use server";
import { paths } from "@/lib/paths";
import {
  checkFrequency,
  msToSeconds,
  offsetsSchema,
  prescribeStepDown,
  type PacingOffsets,
} from "@/lib/pacing";
import { assignSchema, offsetsFrom } from "@/lib/validation/coaching";
import { Prisma } from "@/lib/generated/prisma/client";
import { ActionError, defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { currentMarks } from "@/lib/server/results/current-marks";
import { db } from "@/lib/server/db";
import { plural } from "@/lib/format/plural";

const TEMPLATE = { METRIC: "builtin-metric", IMPERIAL: "builtin-imperial" } as const;

/**
 * Assigns the 4-3-2-1 to one, several or all athletes of a squad on a date, in one transaction.
 * Targets are computed from each athlete's current 5K now and frozen into the assignment. The
 * frequency guard's warnings must be acknowledged before anything is written.
 */
export const assignSession = defineAction({
  input: assignSchema,
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(viewer, input) {
    const { squadId, date, units, acknowledge } = input;
    const athleteIds = [...new Set(input.athleteIds)];
    const athletes = await db().athleteProfile.findMany({
      where: { id: { in: athleteIds }, squadId, removedAt: null },
      select: { id: true, name: true, assignments: { select: { date: true } } },
    });
    if (athletes.length !== athleteIds.length)
      throw new ActionError("Some of those athletes are not in this squad", {
        field: "athleteIds",
      });
    const tuned = offsetsSchema.safeParse(offsetsFrom(input));
    if (!tuned.success)
      throw new ActionError(`Offsets: ${tuned.error.issues[0]?.message ?? "invalid"}`, {
        field: "offsets",
      });
    const offsets: PacingOffsets = tuned.data;
    const marks = await currentMarks(athleteIds);
    const noMark = athletes.filter((a) => !marks.has(a.id)).map((a) => a.name);
    if (noMark.length)
      throw new ActionError(`No 5K time yet for ${noMark.join(", ")}: add one first`, {
        field: "athleteIds",
      });
    const taken = athletes
      .filter((a) => a.assignments.some((x) => x.date.toISOString().slice(0, 10) === date))
      .map((a) => a.name);
    if (taken.length)
      throw new ActionError(`Already assigned on ${date}: ${taken.join(", ")}`, {
        field: "date",
        code: "conflict",
      });
    const warnings = athletes.flatMap((a) =>
      checkFrequency(
        a.assignments.map((x) => x.date.toISOString().slice(0, 10)),
        date,
      ).warnings.map((w) => `${a.name}: ${w}`),
    );
    if (warnings.length && !acknowledge) {
      throw new ActionError(`Check the schedule before assigning. ${warnings.join(" ")}`, {
        field: "acknowledge",
      });
    }
    const unitsKey = units === "METRIC" ? "metric" : "imperial";
    await createOnce(date, {
      data: athletes.map((a) => {
        const fiveKMs = marks.get(a.id)!.timeMs;
        return {
          squadId,
          athleteId: a.id,
          templateId: TEMPLATE[units],
          date: new Date(`${date}T00:00:00Z`),
          units,
          fiveKMs,
          offsets,
          targets: prescribeStepDown({
            fiveKSeconds: msToSeconds(fiveKMs),
            units: unitsKey,
            offsets,
          }),
          createdById: viewer.id,
        };
      }),
    });
    return {
      message: `Assigned to ${plural(athletes.length, "athlete")} on ${date}.`,
      revalidate: [paths.squad(squadId)],
    };
  },
});

/**
 * The checks above read before writing, so two coaches assigning the same day at the same moment
 * both pass them; the unique (athlete, date) index then refuses the second, said as a refusal.
 */
async function createOnce(date: string, args: Prisma.AssignmentCreateManyArgs) {
  try {
    await db().assignment.createMany(args);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      throw new ActionError(`Already assigned on ${date}: someone assigned it just now`, {
        field: "date",
        code: "conflict",
      });
    throw error;
  }
}
