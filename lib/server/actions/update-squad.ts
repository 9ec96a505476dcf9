"use server";
import { squadSettingsSchema } from "@/lib/validation/squad";
import { startTimeField } from "@/lib/validation/calendar";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** Any coach of the squad changes its name, units and whether teammates see each other's results. */
export const updateSquad = defineAction({
  // The usual start time places the squad's calendar events (blank: all day).
  input: squadSettingsSchema.extend({ startTime: startTimeField }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(_viewer, { squadId, ...data }) {
    await db().squad.update({ where: { id: squadId }, data });
    return { message: "Saved.", revalidate: [`/squads/${squadId}`] };
  },
});
