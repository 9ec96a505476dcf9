"use server";
import { paths } from "@/lib/paths";
import { squadSettingsSchema } from "@/lib/validation/squad";
import { startTimeField } from "@/lib/validation/calendar";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * Any coach of the squad changes its name, units, whether teammates see each other's results
 * and the model its 5K suggestions use (the dashboard's queue of suggestions changes with it).
 */
export const updateSquad = defineAction({
  // The usual start time places the squad's calendar events (blank: all day).
  input: squadSettingsSchema.extend({ startTime: startTimeField }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(_viewer, { squadId, ...data }) {
    await db().squad.update({ where: { id: squadId }, data });
    return { message: "Saved.", revalidate: [paths.squad(squadId), paths.dashboard()] };
  },
});
