-- The timeline's recent-window plan (docs/timeline.md) scans the newest entries below a cursor and keeps
-- those of the viewer's sources; with sourceId in the (sortAt, id) index that scan is index-only. The
-- new index is built before the old one is dropped, so newest-first reads never lose their index
-- (about 5 s per million entries, writes to "Entry" wait meanwhile).

-- CreateIndex
CREATE INDEX "Entry_sortAt_id_sourceId_idx" ON "Entry"("sortAt" DESC, "id" DESC, "sourceId");

-- DropIndex
DROP INDEX "Entry_sortAt_id_idx";
