"use server";
import { z } from "zod";
import { defineAction } from "@/lib/server/action";
import { renewFeed } from "@/lib/server/calendar-feed-tokens";

/**
 * Makes (or renews) the viewer's private calendar feed of their own sessions. The old URL stops
 * working at once; the new one is shown this once, since only its hash is kept.
 */
export const createAthleteFeed = defineAction({
  input: z.object({}),
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer) {
    const path = await renewFeed({ userId: viewer.id, kind: "ATHLETE", squadId: null });
    return {
      message: "Your calendar feed is ready: add its address to your calendar.",
      data: { path },
      revalidate: ["/account", "/dashboard"],
    };
  },
});
