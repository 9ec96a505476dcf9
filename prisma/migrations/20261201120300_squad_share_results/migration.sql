-- Results are private to each athlete and the coaches by default: a coach turns sharing on per squad.
ALTER TABLE "Squad" ADD COLUMN "shareResults" BOOLEAN NOT NULL DEFAULT false;
