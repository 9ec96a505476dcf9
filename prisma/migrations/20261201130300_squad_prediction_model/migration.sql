-- The model a squad's recalibration reads reps with: Riegel 1.06 unless a coach chooses otherwise.
CREATE TYPE "PredictionModel" AS ENUM ('RIEGEL', 'DANIELS', 'CAMERON', 'PURDY');

ALTER TABLE "Squad"
  ADD COLUMN "predictionModel" "PredictionModel" NOT NULL DEFAULT 'RIEGEL',
  ADD COLUMN "riegelExponent" DOUBLE PRECISION NOT NULL DEFAULT 1.06;

-- The same bounds as lib/validation/squad.ts and predictRaceSeconds.
ALTER TABLE "Squad" ADD CONSTRAINT "Squad_riegelExponent_check"
  CHECK ("riegelExponent" >= 1 AND "riegelExponent" <= 1.2);
