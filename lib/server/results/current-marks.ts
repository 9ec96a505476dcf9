import "server-only";
import { db } from "@/lib/server/db";

export type CurrentMark = { id: string; timeMs: number; date: Date; pinned: boolean };

/**
 * Each athlete's current 5K mark: the one the coach pinned, otherwise the latest by date (the
 * later entry wins a tie). One query for any number of athletes.
 */
export async function currentMarks(athleteIds: string[]): Promise<Map<string, CurrentMark>> {
  const athletes = await db().athleteProfile.findMany({
    where: { id: { in: athleteIds } },
    select: {
      id: true,
      pinnedMark: { select: { id: true, timeMs: true, date: true } },
      marks: {
        orderBy: [{ date: "desc" }, { createdAt: "desc" }],
        take: 1,
        select: { id: true, timeMs: true, date: true },
      },
    },
  });
  const out = new Map<string, CurrentMark>();
  for (const a of athletes) {
    const mark = a.pinnedMark ?? a.marks[0];
    if (mark) out.set(a.id, { ...mark, pinned: a.pinnedMark !== null });
  }
  return out;
}
