-- Each rep against the athlete's previous and best (the coach's grid, the session page) reads
-- every earlier logged session of the same workout. It read them through the assignment (for the
-- athlete, workout and date) and each rep's target out of the assignment's targets JSON: for a
-- 60-athlete squad with two years of weekly sessions, 65 ms of the logged day's read. A result
-- now carries its session's athlete, workout and date and each rep's target and planned laps
-- (copied from its assignment, kept by the triggers below, never written by the app), so that
-- history is one index range per athlete. docs/performance.md, "Rep history beside the result".
ALTER TABLE "SessionResult"
  ADD COLUMN "sessionAthleteId" TEXT,
  ADD COLUMN "sessionTemplateId" TEXT,
  ADD COLUMN "sessionDate" DATE,
  ADD COLUMN "repTargetMs" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
  ADD COLUMN "repPlannedLaps" INTEGER[] DEFAULT ARRAY[]::INTEGER[];

-- Each rep's target (ms) and laps, in rep order, from an assignment's frozen targets.
CREATE FUNCTION "stepdown_rep_target_ms"(targets JSONB) RETURNS INTEGER[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(round((r.e->>'targetSeconds')::numeric * 1000)::INTEGER ORDER BY r.n),
                  ARRAY[]::INTEGER[])
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(targets->'reps') = 'array'
                                 THEN targets->'reps' ELSE '[]'::jsonb END) WITH ORDINALITY AS r(e, n)
$$;
CREATE FUNCTION "stepdown_rep_planned_laps"(targets JSONB) RETURNS INTEGER[]
LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg((r.e->>'laps')::INTEGER ORDER BY r.n), ARRAY[]::INTEGER[])
  FROM jsonb_array_elements(CASE WHEN jsonb_typeof(targets->'reps') = 'array'
                                 THEN targets->'reps' ELSE '[]'::jsonb END) WITH ORDINALITY AS r(e, n)
$$;

-- A new result takes its assignment's session columns.
CREATE FUNCTION "stepdown_result_session"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT a."athleteId", a."templateId", a.date,
         "stepdown_rep_target_ms"(a.targets), "stepdown_rep_planned_laps"(a.targets)
  INTO NEW."sessionAthleteId", NEW."sessionTemplateId", NEW."sessionDate",
       NEW."repTargetMs", NEW."repPlannedLaps"
  FROM "Assignment" a WHERE a.id = NEW."assignmentId";
  RETURN NEW;
END
$$;
CREATE TRIGGER "SessionResult_session" BEFORE INSERT OR UPDATE OF "assignmentId" ON "SessionResult"
  FOR EACH ROW EXECUTE FUNCTION "stepdown_result_session"();

-- An assignment moved to another day, athlete or workout, or given new targets, takes its
-- result along. Statement-level, so a bulk change updates each result once.
CREATE FUNCTION "stepdown_assignment_results"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "SessionResult" r
  SET "sessionAthleteId" = n."athleteId", "sessionTemplateId" = n."templateId",
      "sessionDate" = n.date, "repTargetMs" = "stepdown_rep_target_ms"(n.targets),
      "repPlannedLaps" = "stepdown_rep_planned_laps"(n.targets)
  FROM new_assignments n JOIN old_assignments o ON o.id = n.id
  WHERE r."assignmentId" = n.id
    AND (n."athleteId", n."templateId", n.date, n.targets)
        IS DISTINCT FROM (o."athleteId", o."templateId", o.date, o.targets);
  RETURN NULL;
END
$$;
CREATE TRIGGER "Assignment_results" AFTER UPDATE ON "Assignment"
  REFERENCING OLD TABLE AS old_assignments NEW TABLE AS new_assignments
  FOR EACH STATEMENT EXECUTE FUNCTION "stepdown_assignment_results"();

-- The results logged before this migration.
UPDATE "SessionResult" r
SET "sessionAthleteId" = a."athleteId", "sessionTemplateId" = a."templateId", "sessionDate" = a.date,
    "repTargetMs" = "stepdown_rep_target_ms"(a.targets),
    "repPlannedLaps" = "stepdown_rep_planned_laps"(a.targets)
FROM "Assignment" a WHERE a.id = r."assignmentId";

CREATE INDEX "SessionResult_sessionAthleteId_sessionTemplateId_sessionDate_idx"
  ON "SessionResult"("sessionAthleteId", "sessionTemplateId", "sessionDate");
