-- CreateEnum
CREATE TYPE "RecalibrationDecision" AS ENUM ('ACCEPTED', 'DISMISSED');

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN     "offsets" JSONB;

-- AlterTable
ALTER TABLE "SessionResult" ADD COLUMN     "recalibrationDecision" "RecalibrationDecision";
