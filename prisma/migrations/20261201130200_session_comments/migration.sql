-- A conversation per session (athlete and coaches), when each user last opened a session, a
-- coach's "mark all seen" per squad, email preferences and the one-digest-a-day ledger.
CREATE TABLE "Comment" (
    "id" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "hiddenAt" TIMESTAMP(3),
    "hiddenById" TEXT,

    CONSTRAINT "Comment_pkey" PRIMARY KEY ("id"),
    -- Validation allows 1 to 2000 characters: the database holds the same line.
    CONSTRAINT "Comment_body_check" CHECK (char_length("body") BETWEEN 1 AND 2000)
);

CREATE INDEX "Comment_assignmentId_createdAt_idx" ON "Comment"("assignmentId", "createdAt");
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");

CREATE TABLE "SessionRead" (
    "userId" TEXT NOT NULL,
    "assignmentId" TEXT NOT NULL,
    "readAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SessionRead_pkey" PRIMARY KEY ("userId","assignmentId")
);

CREATE INDEX "SessionRead_assignmentId_idx" ON "SessionRead"("assignmentId");

CREATE TABLE "SquadVisit" (
    "userId" TEXT NOT NULL,
    "squadId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SquadVisit_pkey" PRIMARY KEY ("userId","squadId")
);

CREATE INDEX "SquadVisit_squadId_idx" ON "SquadVisit"("squadId");

CREATE TABLE "EmailPreference" (
    "userId" TEXT NOT NULL,
    "dailyDigest" BOOLEAN NOT NULL DEFAULT false,
    "coachComments" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EmailPreference_pkey" PRIMARY KEY ("userId")
);

CREATE TABLE "DigestSent" (
    "userId" TEXT NOT NULL,
    "day" DATE NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DigestSent_pkey" PRIMARY KEY ("userId","day")
);

ALTER TABLE "Comment" ADD CONSTRAINT "Comment_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Comment" ADD CONSTRAINT "Comment_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SessionRead" ADD CONSTRAINT "SessionRead_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessionRead" ADD CONSTRAINT "SessionRead_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SquadVisit" ADD CONSTRAINT "SquadVisit_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SquadVisit" ADD CONSTRAINT "SquadVisit_squadId_fkey" FOREIGN KEY ("squadId") REFERENCES "Squad"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "EmailPreference" ADD CONSTRAINT "EmailPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DigestSent" ADD CONSTRAINT "DigestSent_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
