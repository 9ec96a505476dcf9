import type pg from "pg";

/**
 * The floor: the rows each page needs, read with plain SQL through `pg` and serialised, with
 * no ORM, no authorization and no analysis. The app's reads may cost more than this, not less.
 */
export async function squadDashboardFloor(
  client: pg.Pool,
  squadId: string,
  date: string,
): Promise<string> {
  const [day, dates, upcoming, pending, history] = await Promise.all([
    client.query(
      `SELECT a.id, a."athleteId", p.name, a.targets, r.status, r."recalibrationDecision",
              l.kind, l."repIndex", l."lapIndex", l."timeMs"
       FROM "Assignment" a JOIN "AthleteProfile" p ON p.id = a."athleteId"
       LEFT JOIN "SessionResult" r ON r."assignmentId" = a.id
       LEFT JOIN "Lap" l ON l."resultId" = r.id
       WHERE a."squadId" = $1 AND a.date = $2 AND p."removedAt" IS NULL`,
      [squadId, date],
    ),
    client.query(`SELECT DISTINCT date FROM "Assignment" WHERE "squadId" = $1 ORDER BY date DESC`, [
      squadId,
    ]),
    client.query(
      `SELECT a.date, p.name FROM "Assignment" a JOIN "AthleteProfile" p ON p.id = a."athleteId"
       WHERE a."squadId" = $1 AND a.date IN (SELECT DISTINCT date FROM "Assignment"
         WHERE "squadId" = $1 AND date > $2 ORDER BY date LIMIT 3)`,
      [squadId, date],
    ),
    // Each athlete's latest logged session of the last 8 weeks, if undecided, with its laps.
    client.query(
      `WITH latest AS (
         SELECT DISTINCT ON (a."athleteId") a.id, r.id AS "resultId", r."recalibrationDecision"
         FROM "Assignment" a JOIN "SessionResult" r ON r."assignmentId" = a.id
         WHERE a."squadId" = $1 AND a.date <= $2 AND a.date > $2::date - 56
         ORDER BY a."athleteId", a.date DESC)
       SELECT a.id, a."athleteId", a.date, a.targets, a."fiveKMs", l.kind, l."repIndex", l."lapIndex", l."timeMs"
       FROM latest w JOIN "Assignment" a ON a.id = w.id JOIN "Lap" l ON l."resultId" = w."resultId"
       WHERE w."recalibrationDecision" IS NULL`,
      [squadId, date],
    ),
    // Each athlete's earlier logged sessions of the same workout, for each rep against their
    // previous and best: the rep totals kept beside each result, and the targets they are
    // measured against (the cheapest plain read of what that needs).
    client.query(
      `SELECT h."athleteId", h.id, h.date, h.targets, r."repMs", r."repLaps"
       FROM "Assignment" d JOIN "AthleteProfile" p ON p.id = d."athleteId"
       JOIN "Assignment" h ON h."athleteId" = d."athleteId" AND h."templateId" = d."templateId"
         AND h.date < d.date
       JOIN "SessionResult" r ON r."assignmentId" = h.id
       WHERE d."squadId" = $1 AND d.date = $2 AND p."removedAt" IS NULL`,
      [squadId, date],
    ),
  ]);
  return JSON.stringify([day.rows, dates.rows, upcoming.rows, pending.rows, history.rows]);
}

export async function athleteProgressFloor(
  client: pg.Pool,
  athleteId: string,
  from: string,
  to: string,
): Promise<string> {
  const [sessions, marks] = await Promise.all([
    client.query(
      `SELECT a.id, a.date, a.targets, a."fiveKMs", r.status, l.kind, l."repIndex", l."lapIndex", l."timeMs"
       FROM "Assignment" a JOIN "SessionResult" r ON r."assignmentId" = a.id
       LEFT JOIN "Lap" l ON l."resultId" = r.id
       WHERE a."athleteId" = $1 AND a.date BETWEEN $2 AND $3 ORDER BY a.date`,
      [athleteId, from, to],
    ),
    client.query(
      `SELECT "timeMs", date, source FROM "FiveKMark" WHERE "athleteId" = $1 ORDER BY date`,
      [athleteId],
    ),
  ]);
  return JSON.stringify([sessions.rows, marks.rows]);
}
