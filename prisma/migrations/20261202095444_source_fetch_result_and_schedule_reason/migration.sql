-- CreateEnum
CREATE TYPE "FetchResult" AS ENUM ('NEW_ENTRIES', 'NO_NEW_ENTRIES', 'NOT_MODIFIED', 'FAILED');

-- CreateEnum
CREATE TYPE "ScheduleReason" AS ENUM ('POSTING_RATE', 'SERVER_HINT', 'MIN_INTERVAL', 'MAX_INTERVAL', 'BACKOFF', 'RETRY_AFTER', 'HOST_BUSY', 'PUSH');

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "lastFetchNewEntries" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastFetchResult" "FetchResult",
ADD COLUMN     "scheduleReason" "ScheduleReason";
