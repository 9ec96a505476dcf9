import "server-only";
import { cache } from "react";
import { db } from "@/lib/server/db";

/**
 * The signed-in user's row, read once per request: next-auth's session-version check
 * (session-version.ts, in the jwt callback) and currentUser (session.ts) both need it, and each
 * used to read it for itself, one after the other, on every page. Outside a render (API routes,
 * tests) cache() calls straight through.
 */
export const userRow = cache((id: string) =>
  db().user.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      role: true,
      units: true,
      timeZone: true,
      sessionVersion: true,
    },
  }),
);
