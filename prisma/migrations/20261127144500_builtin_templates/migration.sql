-- The two built-in 4-3-2-1 templates every squad can assign, with the default offsets of
-- docs/coaching-rules.md (seconds faster than k x 5K lap: [fast, slow] edges of each rep's window).
INSERT INTO "WorkoutTemplate" ("id", "squadId", "name", "units", "lapMeters", "offsets")
VALUES
  ('builtin-metric', NULL, '4-3-2-1 lap step-down (1600-1200-800-400 m)', 'METRIC', 400,
   '{"rep2": [6, 5], "rep3": [7, 5], "rep4": [10, 5], "recoveryFactor": 2}'),
  ('builtin-imperial', NULL, '4-3-2-1 lap step-down (1 mi-1320-880-440 yd)', 'IMPERIAL', 402.336,
   '{"rep2": [6, 5], "rep3": [7, 5], "rep4": [10, 5], "recoveryFactor": 2}');
