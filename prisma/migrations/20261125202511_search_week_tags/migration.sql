-- Search (issue 10, docs/discovery.md "Cost"): every document also carries one lexeme naming the
-- week of its entry's sortAt ('~w' || weeks since 1970-01-01 UTC, e.g. '~w2969'). A search ranks the
-- newest matches only, so it asks the GIN index for `query & (this week | last week …)` first and
-- widens the window only when too few entries match: the index intersects the word's posting list
-- with a few weeks', and the heap is read for recent matches only, not for every match in history.
-- No user query can produce such a lexeme (the parser never keeps '~'), and ranking and highlights
-- use the user's query only, so the tag changes no result.

-- Weeks since the Unix epoch of a sortAt (sortAt never changes after insert and is never in the future).
CREATE FUNCTION tributary_search_week(at timestamptz) RETURNS integer
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT floor(extract(epoch FROM at) / 604800)::integer
$$;

-- The week lexeme of a document.
CREATE FUNCTION tributary_search_week_tag(at timestamptz) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT array_to_tsvector(ARRAY['~w' || tributary_search_week(at)])
$$;

CREATE OR REPLACE FUNCTION tributary_entry_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EntrySearch" ("entryId", "sourceId", "sortAt", "document")
  VALUES (NEW.id, NEW."sourceId", NEW."sortAt", tributary_search_document(NEW.title, NEW.summary, NEW."contentHtml",
    COALESCE(NEW.language, (SELECT s.language FROM "Source" s WHERE s.id = NEW."sourceId"))) || tributary_search_week_tag(NEW."sortAt"))
  ON CONFLICT ("entryId") DO UPDATE SET "document" = EXCLUDED."document", "sourceId" = EXCLUDED."sourceId", "sortAt" = EXCLUDED."sortAt";
  RETURN NULL;
END
$$;

-- Existing documents get their tag. The GIN index is rebuilt rather than updated row by row (much
-- faster for a large table); the same definition as before, so schema.prisma is unchanged.
DROP INDEX "EntrySearch_document_idx";
UPDATE "EntrySearch" SET "document" = "document" || tributary_search_week_tag("sortAt");
CREATE INDEX "EntrySearch_document_idx" ON "EntrySearch" USING GIN ("document");
