import "server-only";
import type { Viewer } from "@/lib/server/auth/session";
import {
  canCoachAthlete,
  canLogForAthlete,
  canRestoreAthlete,
  canSeeAthlete,
  canSeeAthleteNotes,
} from "@/lib/server/authz";
import { db } from "@/lib/server/db";

/**
 * An athlete of the viewer's squad with their 5K marks, newest first, or null (denied and missing
 * alike; a former athlete is seen by the squad's coaches only). A teammate, where the squad
 * shares results, gets the marks without their notes. "current" follows lib/server/results/current-marks.ts: the pinned mark wins, otherwise
 * the latest by date, the later entry winning a tie.
 */
export async function getAthlete(viewer: Viewer | null, athleteId: string) {
  if (!(await canSeeAthlete(viewer, athleteId))) return null;
  const athlete = await db().athleteProfile.findUniqueOrThrow({
    where: { id: athleteId },
    select: {
      id: true,
      name: true,
      userId: true,
      removedAt: true,
      pinnedMarkId: true,
      squad: { select: { id: true, name: true, units: true } },
      marks: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        select: { id: true, timeMs: true, date: true, source: true, note: true },
      },
    },
  });
  const { pinnedMarkId, marks, ...rest } = athlete;
  const currentId = pinnedMarkId ?? marks[0]?.id ?? null;
  const ownOrCoach = await canSeeAthleteNotes(viewer, athleteId);
  return {
    ...rest,
    marks: marks.map((m) => ({
      ...m,
      note: ownOrCoach ? m.note : null,
      current: m.id === currentId,
      pinned: m.id === pinnedMarkId,
    })),
    canCoach: await canCoachAthlete(viewer, athleteId),
    /** Coaches, and the athlete themself, add marks. */
    canAddMark: await canLogForAthlete(viewer, athleteId),
    isViewer: athlete.userId === viewer?.id,
    /** A former athlete (removed): their coaches still see the history, read-only. */
    canRestore: await canRestoreAthlete(viewer, athleteId),
  };
}

export type AthleteView = NonNullable<Awaited<ReturnType<typeof getAthlete>>>;
