-- Calendar feeds (a private subscription URL per athlete or per squad's coach) and the squad's
-- usual start time, which puts its sessions at that hour instead of all day.
CREATE TYPE "CalendarFeedKind" AS ENUM ('ATHLETE', 'SQUAD');

ALTER TABLE "Squad" ADD COLUMN "startTime" TEXT;
-- "HH:MM", 24-hour: the feed builds event times from it.
ALTER TABLE "Squad" ADD CONSTRAINT "Squad_startTime_check"
  CHECK ("startTime" IS NULL OR "startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');

CREATE TABLE "CalendarFeed" (
    "id" TEXT NOT NULL,
    "kind" "CalendarFeedKind" NOT NULL,
    "userId" TEXT NOT NULL,
    "squadId" TEXT,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "CalendarFeed_pkey" PRIMARY KEY ("id"),
    -- A squad feed names its squad, an athlete feed covers all the squads of its user.
    CONSTRAINT "CalendarFeed_squad_check" CHECK (("kind" = 'SQUAD') = ("squadId" IS NOT NULL))
);

CREATE UNIQUE INDEX "CalendarFeed_tokenHash_key" ON "CalendarFeed"("tokenHash");
CREATE INDEX "CalendarFeed_userId_idx" ON "CalendarFeed"("userId");
CREATE INDEX "CalendarFeed_squadId_idx" ON "CalendarFeed"("squadId");
-- One live feed per owner, kind and squad: renewing revokes the old one in the same transaction.
CREATE UNIQUE INDEX "CalendarFeed_live_key" ON "CalendarFeed"("userId", "kind", COALESCE("squadId", ''))
  WHERE "revokedAt" IS NULL;

ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CalendarFeed" ADD CONSTRAINT "CalendarFeed_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;
