-- Where a result came from, and the watch file an imported one was read from (docs/devices.md).
CREATE TYPE "ResultSource" AS ENUM ('TYPED', 'STOPWATCH', 'IMPORT');

ALTER TABLE "SessionResult" ADD COLUMN "source" "ResultSource" NOT NULL DEFAULT 'TYPED',
ADD COLUMN "importDevice" TEXT,
ADD COLUMN "importFormat" TEXT,
ADD COLUMN "importFileName" TEXT,
ADD COLUMN "importStartedAt" TIMESTAMP(3),
ADD COLUMN "importUtcOffsetMinutes" INTEGER;

CREATE TABLE "ResultOriginal" (
    "resultId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "gzip" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultOriginal_pkey" PRIMARY KEY ("resultId")
);

ALTER TABLE "ResultOriginal" ADD CONSTRAINT "ResultOriginal_resultId_fkey" FOREIGN KEY ("resultId") REFERENCES "SessionResult"("id") ON DELETE CASCADE ON UPDATE CASCADE;
