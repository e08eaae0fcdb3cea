-- AlterTable
ALTER TABLE "Entry" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Folder" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "seq" BIGSERIAL NOT NULL;

-- CreateTable
CREATE TABLE "AppPassword" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "lookup" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "feverKeyHash" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3),
    "lastUsedAt" TIMESTAMPTZ(3),
    "revokedAt" TIMESTAMPTZ(3),

    CONSTRAINT "AppPassword_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AppPassword_lookup_key" ON "AppPassword"("lookup");

-- CreateIndex
CREATE UNIQUE INDEX "AppPassword_tokenHash_key" ON "AppPassword"("tokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "AppPassword_feverKeyHash_key" ON "AppPassword"("feverKeyHash");

-- CreateIndex
CREATE INDEX "AppPassword_userId_createdAt_idx" ON "AppPassword"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Entry_seq_key" ON "Entry"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Folder_seq_key" ON "Folder"("seq");

-- CreateIndex
CREATE UNIQUE INDEX "Source_seq_key" ON "Source"("seq");

-- AddForeignKey
ALTER TABLE "AppPassword" ADD CONSTRAINT "AppPassword_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The name is what the person typed (the API bounds it; the database holds the line too).
ALTER TABLE "AppPassword" ADD CONSTRAINT "AppPassword_name_length" CHECK (char_length("name") BETWEEN 1 AND 100);
