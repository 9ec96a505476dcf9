-- AlterTable
ALTER TABLE "Squad" ADD COLUMN     "deletedAt" TIMESTAMP(3);
