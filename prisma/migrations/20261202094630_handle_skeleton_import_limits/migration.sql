-- AlterEnum
ALTER TYPE "ImportItemStatus" ADD VALUE 'SKIPPED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "handleSkeleton" TEXT;

-- Backfill. Handles are ASCII letters, digits and "_" (CHECK on "User"), and for those the API's
-- handleSkeleton() comes down to: lower case, drop "_", then the confusables.txt prototypes of the
-- only mapped characters ("0" -> o, "1" -> l, "m" -> rn); handle-skeleton.util.spec.ts checks that
-- this expression and the function agree. Accounts that already look alike keep their handles: the
-- oldest keeps the plain key, later ones get it suffixed with their id, so the index can be built and
-- nobody new can take either look.
WITH keyed AS (
  SELECT "id",
         replace(replace(replace(replace(lower("handle"), '_', ''), '0', 'o'), '1', 'l'), 'm', 'rn') AS "key",
         row_number() OVER (
           PARTITION BY replace(replace(replace(replace(lower("handle"), '_', ''), '0', 'o'), '1', 'l'), 'm', 'rn')
           ORDER BY "createdAt", "id"
         ) AS "rank"
  FROM "User"
)
UPDATE "User" u
SET "handleSkeleton" = CASE WHEN keyed."rank" = 1 THEN keyed."key" ELSE keyed."key" || '#' || u."id" END
FROM keyed
WHERE keyed."id" = u."id";

-- CreateIndex
CREATE UNIQUE INDEX "User_handleSkeleton_key" ON "User"("handleSkeleton");
