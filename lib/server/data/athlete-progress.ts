import { todayIn } from "@/lib/dates";
import "server-only";
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { analyseSession, msToSeconds } from "@/lib/pacing";
import {
  closeRange,
  resolveRange,
  type MarkSource,
  type ProgressMark,
  type ProgressSession,
} from "@/lib/review/progress-data";
import type { Viewer } from "@/lib/server/auth/session";
import { visibleAthleteWhere } from "@/lib/server/authz";
import { db } from "@/lib/server/db";
import { frozenTargets, loggedSession } from "@/lib/server/results/analysis";
import { isoDay, lapKind, parseRows, resultStatus } from "@/lib/server/raw-rows";

// The read's row, checked as it arrives: a changed column fails here, not on a chart.
const sessionRow = z.object({
  id: z.string(),
  date: isoDay,
  fiveKMs: z.int(),
  targets: z.unknown(),
  status: resultStatus,
  laps: z.array(z.object({ kind: lapKind, repIndex: z.int(), lapIndex: z.int(), timeMs: z.int() })),
});
const markSource = z.enum([
  "RACE",
  "TIME_TRIAL",
  "ESTIMATE",
  "RECALIBRATION",
] satisfies MarkSource[]);
export const progressRow = z.object({
  id: z.string(),
  name: z.string(),
  squadId: z.string(),
  squadName: z.string(),
  sessions: z.array(sessionRow),
  marks: z.array(z.object({ date: isoDay, timeMs: z.int(), source: markSource })),
});
type SessionRow = z.infer<typeof sessionRow>;

/**
 * One athlete's logged sessions over a date range, analysed, with their 5K marks, or null (denied
 * and missing alike). Two round trips in parallel whatever the history's length: the authorization
 * check, and one for everything else: the athlete, the sessions in range with their results and
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
  // An open range has no end in the read: a session logged before its date still shows.
  const to = (column: Prisma.Sql) =>
    range.open ? Prisma.empty : Prisma.sql`AND ${column} <= ${range.to}::date`;
  // The read runs alongside the authorization check (one query: the athlete, if the viewer sees
  // them, through authz's where clause), so the page waits for the slower of the two, not their
  // sum; nothing is returned unless allowed.
  const read = db().$queryRaw<unknown[]>`
    SELECT p."id", p."name", s."id" AS "squadId", s."name" AS "squadName",
      COALESCE((SELECT json_agg(json_build_object('id', a."id",
          'date', to_char(a."date", 'YYYY-MM-DD'), 'fiveKMs', a."fiveKMs", 'targets', a."targets",
          'status', r."status", 'laps', COALESCE((SELECT json_agg(json_build_object(
            'kind', l."kind", 'repIndex', l."repIndex", 'lapIndex', l."lapIndex", 'timeMs', l."timeMs"))
          FROM "Lap" l WHERE l."resultId" = r."id"), '[]'::json)) ORDER BY a."date")
        FROM "Assignment" a JOIN "SessionResult" r ON r."assignmentId" = a."id"
        WHERE a."athleteId" = p."id" ${from} ${to(Prisma.sql`a."date"`)}
      ), '[]'::json) AS "sessions",
      COALESCE((SELECT json_agg(json_build_object('date', to_char(m."date", 'YYYY-MM-DD'),
          'timeMs', m."timeMs", 'source', m."source") ORDER BY m."date", m."createdAt")
        FROM "FiveKMark" m WHERE m."athleteId" = p."id" ${to(Prisma.sql`m."date"`)}
          AND (${range.from}::date IS NULL OR m."date" >= ${range.from}::date OR m."id" = (
            -- The last mark before the range, so the 5K step line starts at the left edge.
            SELECT b."id" FROM "FiveKMark" b WHERE b."athleteId" = p."id"
              AND b."date" < ${range.from}::date ORDER BY b."date" DESC, b."createdAt" DESC LIMIT 1))
      ), '[]'::json) AS "marks"
    FROM "AthleteProfile" p JOIN "Squad" s ON s."id" = p."squadId" WHERE p."id" = ${athleteId}`;
  const [allowed, rows] = await Promise.all([
    db().athleteProfile.count({ where: { AND: [{ id: athleteId }, visibleAthleteWhere(viewer)] } }),
    read,
  ]);
  if (!allowed) return null;
  const [athlete] = parseRows("athlete progress", progressRow, rows);
  if (!athlete) return null;
  const marks: ProgressMark[] = athlete.marks.map((m) => ({
    date: m.date,
    fiveKSeconds: msToSeconds(m.timeMs),
    source: m.source,
  }));
  const latest = [athlete.sessions.at(-1)?.date, marks.at(-1)?.date].filter(Boolean).sort().at(-1);
  return {
    athlete: {
      id: athlete.id,
      name: athlete.name,
      squad: { id: athlete.squadId, name: athlete.squadName },
    },
    range: closeRange(range, latest),
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
