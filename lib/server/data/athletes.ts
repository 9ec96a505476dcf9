import "server-only";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachAthlete, canSeeAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/** An athlete of the viewer's squad with their 5K marks, or null (denied and missing alike). */
export async function getAthlete(viewer: Viewer | null, athleteId: string) {
  if (!(await canSeeAthlete(viewer, athleteId))) return null;
  const athlete = await db().athleteProfile.findUniqueOrThrow({
    where: { id: athleteId },
    select: {
      id: true,
      name: true,
      userId: true,
      squad: { select: { id: true, name: true, units: true } },
      marks: {
        orderBy: { date: "desc" },
        select: { id: true, timeMs: true, date: true, source: true },
      },
    },
  });
  return {
    ...athlete,
    canCoach: await canCoachAthlete(viewer, athleteId),
    isViewer: athlete.userId === viewer?.id,
  };
}
