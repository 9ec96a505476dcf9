"use server";
import { z } from "zod";
import { id } from "@/lib/validation/squad";
import { defineAction } from "@/lib/server/action";
import { db } from "@/lib/server/db";

/**
 * Ends one of the viewer's own feeds: its URL answers 404 from now on. Only ever the viewer's
 * own (the where clause names them), so anyone signed in may ask; a feed already gone is no error.
 */
export const revokeCalendarFeed = defineAction({
  input: z.object({
    kind: z.enum(["ATHLETE", "SQUAD"], { message: "Choose which feed" }),
    squadId: z.preprocess((v) => (v === "" ? undefined : v), id.optional()),
  }),
  authorize: (viewer) => Promise.resolve(viewer !== null),
  async run(viewer, { kind, squadId }) {
    await db().calendarFeed.updateMany({
      where: {
        userId: viewer.id,
        kind,
        squadId: kind === "SQUAD" ? (squadId ?? "") : null,
        revokedAt: null,
      },
      data: { revokedAt: new Date() },
    });
    return {
      message: "Feed turned off: calendars subscribed to it stop updating.",
      revalidate: ["/account", "/dashboard"],
    };
  },
});
