-- Each result's laps and rep totals beside it, kept by the database itself (a trigger on Lap):
-- lapsPacked holds every lap as four numbers, [kind (0 rep, 1 recovery), rep index, lap index,
-- ms], in that order; repMs and repLaps, per rep index (from 0), the sum of its timed laps in ms
-- and how many were timed. The squad reads (the coach's grid, the triage, each rep against the
-- athlete's previous and best) read these few numbers per session instead of looking up every
-- lap of it. The Lap table stays the record. docs/performance.md, "Laps beside the result".
ALTER TABLE "SessionResult"
  ADD COLUMN "lapsPacked" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
  ADD COLUMN "repMs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
  ADD COLUMN "repLaps" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Recomputes the given results' packed laps and rep totals from their laps (a rep with no
-- timed lap totals zero).
CREATE FUNCTION "stepdown_refresh_rep_totals"(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "SessionResult" r
  SET "repMs" = coalesce(t.ms, ARRAY[]::INTEGER[]), "repLaps" = coalesce(t.laps, ARRAY[]::INTEGER[]),
    "lapsPacked" = coalesce(p.packed, ARRAY[]::INTEGER[])
  FROM unnest(ids) AS x(id)
  LEFT JOIN LATERAL (
    SELECT array_agg(u.v ORDER BY l.kind = 'RECOVERY', l."repIndex", l."lapIndex", u.n) AS packed
    FROM "Lap" l
    CROSS JOIN LATERAL unnest(ARRAY[CASE l.kind WHEN 'REP' THEN 0 ELSE 1 END,
                                    l."repIndex", l."lapIndex", l."timeMs"]) WITH ORDINALITY AS u(v, n)
    WHERE l."resultId" = x.id) p ON true
  LEFT JOIN LATERAL (
    SELECT array_agg(coalesce(s.ms, 0) ORDER BY g.i) AS ms,
           array_agg(coalesce(s.n, 0) ORDER BY g.i) AS laps
    FROM generate_series(0, (SELECT max(l."repIndex") FROM "Lap" l
                             WHERE l."resultId" = x.id AND l.kind = 'REP')) AS g(i)
    LEFT JOIN (SELECT l."repIndex", sum(l."timeMs")::INTEGER AS ms, count(*)::INTEGER AS n
               FROM "Lap" l WHERE l."resultId" = x.id AND l.kind = 'REP'
               GROUP BY l."repIndex") s ON s."repIndex" = g.i) t ON true
  WHERE r.id = x.id
$$;

-- Statement-level, so a save (or a seed) that writes many laps refreshes each result once. Every
-- writer keeps the totals right, the app, seeds, imports and hand-run SQL alike.
CREATE FUNCTION "stepdown_lap_rep_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM "stepdown_refresh_rep_totals"(ARRAY(SELECT DISTINCT "resultId" FROM new_laps));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM "stepdown_refresh_rep_totals"(ARRAY(SELECT DISTINCT "resultId" FROM old_laps));
  ELSE
    PERFORM "stepdown_refresh_rep_totals"(ARRAY(
      SELECT "resultId" FROM new_laps UNION SELECT "resultId" FROM old_laps));
  END IF;
  RETURN NULL;
END
$$;

-- PostgreSQL allows transition tables only on single-event triggers: one trigger per event.
CREATE TRIGGER "Lap_rep_totals_insert" AFTER INSERT ON "Lap"
  REFERENCING NEW TABLE AS new_laps
  FOR EACH STATEMENT EXECUTE FUNCTION "stepdown_lap_rep_totals"();
CREATE TRIGGER "Lap_rep_totals_delete" AFTER DELETE ON "Lap"
  REFERENCING OLD TABLE AS old_laps
  FOR EACH STATEMENT EXECUTE FUNCTION "stepdown_lap_rep_totals"();
CREATE TRIGGER "Lap_rep_totals_update" AFTER UPDATE ON "Lap"
  REFERENCING OLD TABLE AS old_laps NEW TABLE AS new_laps
  FOR EACH STATEMENT EXECUTE FUNCTION "stepdown_lap_rep_totals"();

-- The results logged before this migration.
SELECT "stepdown_refresh_rep_totals"(ARRAY(SELECT id FROM "SessionResult"));

-- The coach's "new since you last looked" (lib/server/data/squad-news.ts) reads results newest
-- first from the coach's last visit: an index rather than a sort of every result.
CREATE INDEX "SessionResult_createdAt_idx" ON "SessionResult"("createdAt");
