-- DropIndex
DROP INDEX "Source_nextFetchAt_idx";

-- CreateIndex
CREATE INDEX "Source_due_idx" ON "Source"("nextFetchAt") WHERE ("subscribersCount" > 0) AND (status <> 'GONE'::"SourceStatus");
