"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { canCoachSquad } from "@/lib/server/authz";
import { renewFeed } from "@/lib/server/calendar-feed-tokens";

/** A coach's private feed of every session of one squad they coach; renewing ends the old URL. */
export const createSquadFeed = defineAction({
  input: z.object({ squadId: id }),
  authorize: (viewer, { squadId }) => canCoachSquad(viewer, squadId),
  async run(viewer, { squadId }) {
    const path = await renewFeed({ userId: viewer.id, kind: "SQUAD", squadId });
    return {
      message: "The squad's calendar feed is ready: add its address to your calendar.",
      data: { path },
      revalidate: ["/account"],
    };
  },
});
