-- Each result's rep totals beside it, kept by the database itself: per rep index (from 0) the sum
-- of its timed laps in ms and how many laps were timed. The rep-in-context reads (each rep against
-- the athlete's previous and best over their whole history) read these few numbers per session
-- instead of summing every lap of it. docs/performance.md, "Rep totals".
ALTER TABLE "SessionResult"
  ADD COLUMN "repMs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
  ADD COLUMN "repLaps" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Recomputes the totals of the given results from their REP laps (zeros for a rep with none).
CREATE FUNCTION "stepdown_refresh_rep_totals"(ids TEXT[]) RETURNS void LANGUAGE sql AS $$
  UPDATE "SessionResult" r
  SET "repMs" = coalesce(t.ms, ARRAY[]::INTEGER[]), "repLaps" = coalesce(t.laps, ARRAY[]::INTEGER[])
  FROM unnest(ids) AS x(id)
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
