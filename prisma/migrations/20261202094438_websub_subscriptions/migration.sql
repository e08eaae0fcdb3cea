-- CreateEnum
CREATE TYPE "WebSubState" AS ENUM ('SUBSCRIBING', 'ACTIVE', 'UNSUBSCRIBING', 'UNSUBSCRIBED', 'FAILED');

-- CreateTable
CREATE TABLE "WebSubSubscription" (
    "id" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "hubUrl" TEXT NOT NULL,
    "topicUrl" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "callbackToken" TEXT NOT NULL,
    "state" "WebSubState" NOT NULL DEFAULT 'SUBSCRIBING',
    "requestedAt" TIMESTAMPTZ(3),
    "verifiedAt" TIMESTAMPTZ(3),
    "leaseSeconds" INTEGER,
    "leaseExpiresAt" TIMESTAMPTZ(3),
    "lastPushAt" TIMESTAMPTZ(3),
    "rejectedPushes" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebSubSubscription_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "WebSubSubscription_sourceId_key" ON "WebSubSubscription"("sourceId");

-- CreateIndex
CREATE UNIQUE INDEX "WebSubSubscription_callbackToken_key" ON "WebSubSubscription"("callbackToken");

-- CreateIndex
CREATE INDEX "WebSubSubscription_state_leaseExpiresAt_idx" ON "WebSubSubscription"("state", "leaseExpiresAt");

-- AddForeignKey
ALTER TABLE "WebSubSubscription" ADD CONSTRAINT "WebSubSubscription_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;
