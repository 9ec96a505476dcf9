import { todayIn } from "@/lib/dates";
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyseSession, msToSeconds } from "@/lib/pacing";
import {
  resolveRange,
  type MarkSource,
  type ProgressMark,
  type ProgressSession,
} from "@/lib/review/progress-data";
import type { Viewer } from "@/lib/server/auth/session";
import { canSeeAthlete } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { frozenTargets, loggedSession } from "@/lib/server/results/analysis";

type Status = ProgressSession["status"];
type LapRow = { kind: "REP" | "RECOVERY"; repIndex: number; lapIndex: number; timeMs: number };
type SessionRow = {
  id: string;
  date: string;
  fiveKMs: number;
  targets: unknown;
  status: Status;
  laps: LapRow[];
};
type AthleteRow = {
  id: string;
  name: string;
  squadId: string;
  squadName: string;
  sessions: SessionRow[];
  marks: { date: string; timeMs: number; source: MarkSource }[];
};

/**
 * One athlete's logged sessions over a date range, analysed, with their 5K marks, or null (denied
 * and missing alike). Four round trips whatever the history's length: three for the authorization
 * check, then one for everything else: the athlete, the sessions in range with their results and
 * laps, and the marks, aggregated to JSON in SQL (Prisma's nested select would add a query per
 * relation, and split long IN lists into more).
 */
export async function getAthleteProgress(
  viewer: Viewer | null,
  athleteId: string,
  input: { from?: string; to?: string } = {},
) {
  // "Today" is the viewer's: a session run this morning in Auckland is in range there.
  const range = resolveRange(input, todayIn(viewer?.timeZone ?? "UTC"));
  const from = range.from === null ? Prisma.empty : Prisma.sql`AND a."date" >= ${range.from}::date`;
  // The read starts alongside the authorization check (which is three sequential round trips) so
  // the page waits for the slower of the two, not their sum; nothing is returned unless allowed.
  const read = db().$queryRaw<AthleteRow[]>`
    SELECT p."id", p."name", s."id" AS "squadId", s."name" AS "squadName",
      COALESCE((SELECT json_agg(json_build_object('id', a."id",
          'date', to_char(a."date", 'YYYY-MM-DD'), 'fiveKMs', a."fiveKMs", 'targets', a."targets",
          'status', r."status", 'laps', COALESCE((SELECT json_agg(json_build_object(
            'kind', l."kind", 'repIndex', l."repIndex", 'lapIndex', l."lapIndex", 'timeMs', l."timeMs"))
          FROM "Lap" l WHERE l."resultId" = r."id"), '[]'::json)) ORDER BY a."date")
        FROM "Assignment" a JOIN "SessionResult" r ON r."assignmentId" = a."id"
        WHERE a."athleteId" = p."id" ${from} AND a."date" <= ${range.to}::date
      ), '[]'::json) AS "sessions",
      COALESCE((SELECT json_agg(json_build_object('date', to_char(m."date", 'YYYY-MM-DD'),
          'timeMs', m."timeMs", 'source', m."source") ORDER BY m."date", m."createdAt")
        FROM "FiveKMark" m WHERE m."athleteId" = p."id" AND m."date" <= ${range.to}::date
          AND (${range.from}::date IS NULL OR m."date" >= ${range.from}::date OR m."id" = (
            -- The last mark before the range, so the 5K step line starts at the left edge.
            SELECT b."id" FROM "FiveKMark" b WHERE b."athleteId" = p."id"
              AND b."date" < ${range.from}::date ORDER BY b."date" DESC, b."createdAt" DESC LIMIT 1))
      ), '[]'::json) AS "marks"
    FROM "AthleteProfile" p JOIN "Squad" s ON s."id" = p."squadId" WHERE p."id" = ${athleteId}`;
  const [allowed, athletes] = await Promise.all([canSeeAthlete(viewer, athleteId), read]);
  if (!allowed) return null;
  const athlete = athletes[0];
  if (!athlete) return null;
  const marks: ProgressMark[] = athlete.marks.map((m) => ({
    date: m.date,
    fiveKSeconds: msToSeconds(m.timeMs),
    source: m.source,
  }));
  return {
    athlete: {
      id: athlete.id,
      name: athlete.name,
      squad: { id: athlete.squadId, name: athlete.squadName },
    },
    range,
    sessions: athlete.sessions.map(toSession),
    marks,
  };
}

/** The analysis of one stored session, cut down to what the progress charts show. */
function toSession(row: SessionRow): ProgressSession {
  const prescription = frozenTargets(row.targets);
  const analysis = analyseSession(prescription, loggedSession(prescription, row.laps, row.status));
  const checks = analysis.reps.flatMap((r) => r.hold);
  const deltas = checks.map((c) => c.deltaSeconds);
  return {
    assignmentId: row.id,
    date: row.date,
    units: analysis.units,
    fiveKSeconds: msToSeconds(row.fiveKMs),
    status: row.status,
    reps: analysis.reps.map((r) => ({
      label: r.label,
      targetSeconds: r.targetSeconds,
      actualSeconds: r.actualSeconds,
      deltaSeconds: r.deltaSeconds,
      verdict: r.verdict,
    })),
    hold: {
      checks: checks.length,
      faded: checks.filter((c) => c.faded).length,
      worstDeltaSeconds: deltas.length ? Math.max(...deltas) : null,
    },
    recoverySlowFraction: analysis.recovery.meanSlowByFraction,
  };
}

export type AthleteProgress = NonNullable<Awaited<ReturnType<typeof getAthleteProgress>>>;
