-- AlterTable
ALTER TABLE "OpmlImport" ADD COLUMN     "duplicatesCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "skipped" JSONB NOT NULL DEFAULT '[]';
