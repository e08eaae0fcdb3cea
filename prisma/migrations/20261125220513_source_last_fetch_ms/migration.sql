-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "lastFetchMs" INTEGER;
