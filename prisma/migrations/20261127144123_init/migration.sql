-- CreateEnum
CREATE TYPE "UserRole" AS ENUM ('COACH', 'ATHLETE');

-- CreateEnum
CREATE TYPE "Units" AS ENUM ('METRIC', 'IMPERIAL');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('HEAD_COACH', 'COACH', 'ATHLETE');

-- CreateEnum
CREATE TYPE "MarkSource" AS ENUM ('RACE', 'TIME_TRIAL', 'ESTIMATE', 'RECALIBRATION');

-- CreateEnum
CREATE TYPE "ResultStatus" AS ENUM ('COMPLETED', 'PARTIAL', 'ABANDONED');

-- CreateEnum
CREATE TYPE "LapKind" AS ENUM ('REP', 'RECOVERY');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "UserRole" NOT NULL,
    "units" "Units" NOT NULL DEFAULT 'METRIC',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Account" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Squad" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "units" "Units" NOT NULL DEFAULT 'METRIC',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Squad_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" TEXT NOT NULL,
    "squadId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AthleteProfile" (
    "id" TEXT NOT NULL,
    "squadId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "pinnedMarkId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "removedAt" TIMESTAMP(3),

    CONSTRAINT "AthleteProfile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "squadId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "role" "MembershipRole" NOT NULL DEFAULT 'ATHLETE',
    "athleteProfileId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "maxUses" INTEGER,
    "uses" INTEGER NOT NULL DEFAULT 0,
    "revokedAt" TIMESTAMP(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FiveKMark" (
    "id" TEXT NOT NULL,
    "athleteId" TEXT NOT NULL,
    "timeMs" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "source" "MarkSource" NOT NULL,
    "note" TEXT,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "FiveKMark_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WorkoutTemplate" (
    "id" TEXT NOT NULL,
    "squadId" TEXT,
    "name" TEXT NOT NULL,
    "units" "Units" NOT NULL,
    "lapMeters" DOUBLE PRECISION NOT NULL,
    "offsets" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "WorkoutTemplate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assignment" (
    "id" TEXT NOT NULL,
    "squadId" TEXT NOT NULL,
    "athleteId" TEXT NOT NULL,
    "templateId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "units" "Units" NOT NULL,
    "fiveKMs" INTEGER NOT NULL,
    "targets" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionResult" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "status" "ResultStatus" NOT NULL,
    "effort" INTEGER,
    "notes" TEXT,
    "loggedById" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Lap" (
    "id" TEXT NOT NULL,
    "resultId" TEXT NOT NULL,
    "kind" "LapKind" NOT NULL,
    "repIndex" INTEGER NOT NULL,
    "lapIndex" INTEGER NOT NULL,
    "timeMs" INTEGER NOT NULL,

    CONSTRAINT "Lap_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "Account_userId_idx" ON "Account"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Account_provider_providerAccountId_key" ON "Account"("provider", "providerAccountId");

-- CreateIndex
CREATE INDEX "Membership_userId_idx" ON "Membership"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "Membership_squadId_userId_key" ON "Membership"("squadId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "AthleteProfile_pinnedMarkId_key" ON "AthleteProfile"("pinnedMarkId");

-- CreateIndex
CREATE INDEX "AthleteProfile_squadId_name_idx" ON "AthleteProfile"("squadId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "AthleteProfile_squadId_userId_key" ON "AthleteProfile"("squadId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_squadId_idx" ON "Invitation"("squadId");

-- CreateIndex
CREATE INDEX "FiveKMark_athleteId_date_idx" ON "FiveKMark"("athleteId", "date");

-- CreateIndex
CREATE INDEX "WorkoutTemplate_squadId_idx" ON "WorkoutTemplate"("squadId");

-- CreateIndex
CREATE INDEX "Assignment_squadId_date_idx" ON "Assignment"("squadId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "Assignment_athleteId_date_key" ON "Assignment"("athleteId", "date");

-- CreateIndex
CREATE UNIQUE INDEX "SessionResult_assignmentId_key" ON "SessionResult"("assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionResult_idempotencyKey_key" ON "SessionResult"("idempotencyKey");

-- CreateIndex
CREATE UNIQUE INDEX "Lap_resultId_kind_repIndex_lapIndex_key" ON "Lap"("resultId", "kind", "repIndex", "lapIndex");

-- AddForeignKey
ALTER TABLE "Account" ADD CONSTRAINT "Account_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AthleteProfile" ADD CONSTRAINT "AthleteProfile_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AthleteProfile" ADD CONSTRAINT "AthleteProfile_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AthleteProfile" ADD CONSTRAINT "AthleteProfile_pinnedMarkId_fkey" FOREIGN KEY ("pinnedMarkId") REFERENCES "FiveKMark"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_athleteProfileId_fkey" FOREIGN KEY ("athleteProfileId") REFERENCES "AthleteProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FiveKMark" ADD CONSTRAINT "FiveKMark_athleteId_fkey" FOREIGN KEY ("athleteId") REFERENCES "AthleteProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FiveKMark" ADD CONSTRAINT "FiveKMark_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WorkoutTemplate" ADD CONSTRAINT "WorkoutTemplate_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_athleteId_fkey" FOREIGN KEY ("athleteId") REFERENCES "AthleteProfile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "WorkoutTemplate"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionResult" ADD CONSTRAINT "SessionResult_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionResult" ADD CONSTRAINT "SessionResult_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Lap" ADD CONSTRAINT "Lap_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "SessionResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Checks Prisma's schema language cannot express: the data stays sane whatever writes it.
ALTER TABLE "FiveKMark" ADD CONSTRAINT "FiveKMark_timeMs_check" CHECK ("timeMs" > 0);
ALTER TABLE "Assignment" ADD CONSTRAINT "Assignment_fiveKMs_check" CHECK ("fiveKMs" > 0);
ALTER TABLE "Lap" ADD CONSTRAINT "Lap_timeMs_check" CHECK ("timeMs" > 0);
ALTER TABLE "Lap" ADD CONSTRAINT "Lap_repIndex_check" CHECK ("repIndex" BETWEEN 0 AND 3);
ALTER TABLE "Lap" ADD CONSTRAINT "Lap_lapIndex_check" CHECK ("lapIndex" >= 0);
ALTER TABLE "SessionResult" ADD CONSTRAINT "SessionResult_effort_check" CHECK ("effort" BETWEEN 1 AND 10);
ALTER TABLE "SessionResult" ADD CONSTRAINT "SessionResult_version_check" CHECK ("version" >= 1);
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_uses_check" CHECK ("uses" >= 0 AND ("maxUses" IS NULL OR "maxUses" > 0));
ALTER TABLE "WorkoutTemplate" ADD CONSTRAINT "WorkoutTemplate_lapMeters_check" CHECK ("lapMeters" > 0);
