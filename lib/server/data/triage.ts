import "server-only";
import { todayIn } from "@/lib/dates";
import { FADE_WINDOW, triage, type TriageAthlete } from "@/lib/pacing";
import type { Viewer } from "@/lib/server/auth/session";
import { canCoachSquad } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { predictionOf } from "@/lib/server/results/analysis";
import { reviewKey, reviewsOf } from "@/lib/server/results/reviews";

type AthleteRow = {
  id: string;
  name: string;
  latestMarkDate: string | null;
  missedId: string | null;
  sessions: {
    assignmentId: string;
    date: string;
    decided: boolean;
    // What the session's analysis is a function of (lib/server/results/reviews.ts).
    key: string;
  }[];
};
type SquadRow = {
  id: string;
  name: string;
  predictionModel: "RIEGEL" | "DANIELS" | "CAMERON" | "PURDY";
  riegelExponent: number;
  lastDay: string | null;
  athletes: AthleteRow[];
};

/**
 * One statement: the squad; its last session day before today (the day "missed the last
 * session" is about: today's session may still be run or logged); and per current athlete the
 * newest mark's date, the unlogged session of that day, and the latest FADE_WINDOW logged
 * sessions, each with its review key (their targets and laps are read only for sessions not
 * reviewed before). Each is an index probe per athlete ((athleteId, date) on marks and
 * assignments), so two years of history cost what a month does.
 */
const triageRead = (squadId: string, today: string) => db().$queryRaw<SquadRow[]>`
  WITH last AS (SELECT max(a.date) AS d FROM "Assignment" a
                WHERE a."squadId" = ${squadId} AND a.date < ${today}::date)
  SELECT s.id, s.name, s."predictionModel"::text AS "predictionModel", s."riegelExponent",
    (SELECT d::text FROM last) AS "lastDay",
    (SELECT coalesce(json_agg(t ORDER BY t.name, t.id), '[]'::json) FROM (
       SELECT p.id, p.name,
         (SELECT max(m.date)::text FROM "FiveKMark" m WHERE m."athleteId" = p.id)
           AS "latestMarkDate",
         (SELECT a.id FROM "Assignment" a LEFT JOIN "SessionResult" r ON r."assignmentId" = a.id
          WHERE a."athleteId" = p.id AND a.date = (SELECT d FROM last) AND r.id IS NULL)
           AS "missedId",
         (SELECT coalesce(json_agg(x ORDER BY x.date DESC), '[]'::json) FROM (
            SELECT a.id AS "assignmentId", a.date::text AS date,
              r."recalibrationDecision" IS NOT NULL AS decided, ${reviewKey("a", "r")} AS key
            FROM "Assignment" a JOIN "SessionResult" r ON r."assignmentId" = a.id
            WHERE a."athleteId" = p.id ORDER BY a.date DESC LIMIT ${FADE_WINDOW}) x) AS sessions
       FROM "AthleteProfile" p
       WHERE p."squadId" = s.id AND p."removedAt" IS NULL) t) AS athletes
  FROM "Squad" s WHERE s.id = ${squadId}`;

/**
 * "This week's triage" for one squad (docs/coaching-rules.md, "Triage"): who missed the last
 * session, who ran the same rep off target twice, who fades, whose 5K suggestion waits, whose
 * 5K mark is old. Coaches of the squad only (null otherwise, and for a missing squad). Two
 * round trips: the authorization check, then one statement; a third reads the sessions whose
 * analysis is not kept from an earlier visit.
 */
export async function loadTriage(viewer: Viewer | null, squadId: string) {
  if (!viewer || !(await canCoachSquad(viewer, squadId))) return null;
  const today = todayIn(viewer.timeZone);
  const [squad] = await triageRead(squadId, today);
  if (!squad) return null;
  const rows = squad.athletes;
  const reviews = await reviewsOf(
    squadId,
    rows.flatMap((row) => row.sessions),
  );
  const athletes: TriageAthlete[] = rows.map((row) => ({
    id: row.id,
    name: row.name,
    latestMarkDate: row.latestMarkDate,
    missed:
      row.missedId && squad.lastDay ? { assignmentId: row.missedId, date: squad.lastDay } : null,
    sessions: row.sessions.flatMap(({ assignmentId, date, decided }) => {
      const analysis = reviews.get(assignmentId)?.analysis;
      return analysis ? [{ assignmentId, date, decided, analysis }] : [];
    }),
  }));
  return {
    squad: { id: squad.id, name: squad.name },
    today,
    lines: triage(athletes, { today, prediction: predictionOf(squad) }),
  };
}

export type SquadTriage = NonNullable<Awaited<ReturnType<typeof loadTriage>>>;
