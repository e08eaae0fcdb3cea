-- Search documents of new entries are written once per statement instead of once per row (issue 17,
-- docs/bench-ingest.md "Round 1"). The row trigger ran a PL/pgSQL INSERT per entry, and its language
-- subquery kept the document's SQL functions from being inlined: a first fetch of 1,000 feeds (20,000
-- entries) spent most of its database time there. A statement trigger reads the statement's inserted
-- rows (a transition table) and writes every document with one INSERT … SELECT, the source's language
-- joined once. What is stored is the same: same document, same week tag, same columns.
--
-- Updates keep the row trigger (PostgreSQL allows no transition table on a trigger limited to some
-- columns); an edited post is rare. For INSERT … ON CONFLICT DO UPDATE the statement trigger sees only
-- the rows that were inserted, and the row trigger the rows that were updated, as before.

CREATE FUNCTION tributary_entry_search_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EntrySearch" ("entryId", "sourceId", "sortAt", "document")
  SELECT n.id, n."sourceId", n."sortAt",
    tributary_search_document(n.title, n.summary, n."contentHtml", COALESCE(n.language, s.language))
      || tributary_search_week_tag(n."sortAt")
  FROM inserted_entries n LEFT JOIN "Source" s ON s.id = n."sourceId"
  ON CONFLICT ("entryId") DO UPDATE SET "document" = EXCLUDED."document", "sourceId" = EXCLUDED."sourceId", "sortAt" = EXCLUDED."sortAt";
  RETURN NULL;
END
$$;

DROP TRIGGER "Entry_search_sync" ON "Entry";

CREATE TRIGGER "Entry_search_insert" AFTER INSERT ON "Entry"
  REFERENCING NEW TABLE AS inserted_entries
  FOR EACH STATEMENT EXECUTE FUNCTION tributary_entry_search_insert();

CREATE TRIGGER "Entry_search_sync" AFTER UPDATE OF title, summary, "contentHtml", language, "sortAt" ON "Entry"
  FOR EACH ROW EXECUTE FUNCTION tributary_entry_search_sync();
