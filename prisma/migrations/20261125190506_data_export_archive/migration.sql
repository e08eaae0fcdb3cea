-- AlterTable
ALTER TABLE "DataExport" ADD COLUMN     "archive" BYTEA;
