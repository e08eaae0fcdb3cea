-- CreateTable
CREATE TABLE "EntrySearch" (
    "entryId" UUID NOT NULL,
    "sourceId" UUID NOT NULL,
    "sortAt" TIMESTAMPTZ(3) NOT NULL,
    "document" tsvector NOT NULL,

    CONSTRAINT "EntrySearch_pkey" PRIMARY KEY ("entryId")
);

-- CreateIndex
CREATE INDEX "EntrySearch_document_idx" ON "EntrySearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "EntrySearch_sortAt_idx" ON "EntrySearch"("sortAt" DESC);

-- CreateIndex
CREATE INDEX "EntrySearch_sourceId_sortAt_idx" ON "EntrySearch"("sourceId", "sortAt" DESC);

-- CreateIndex
CREATE INDEX "Comment_createdAt_idx" ON "Comment"("createdAt");

-- AddForeignKey
ALTER TABLE "EntrySearch" ADD CONSTRAINT "EntrySearch_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "Entry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ─────────────────────────────────────────────────────────────────────────────────────────────
-- Hand-written: full-text search (issue 10, docs/discovery.md). Prisma cannot express functions or
-- triggers and its diff ignores them.
-- ─────────────────────────────────────────────────────────────────────────────────────────────

-- Text search configurations: PostgreSQL's own, with accents folded (unaccent) before stemming, so
-- "noticias" finds "Notícias" and "cafe" finds "café"; ts_headline with the same configuration still
-- shows and highlights the original, accented words.
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
DECLARE
  language text;
BEGIN
  FOREACH language IN ARRAY ARRAY['english', 'portuguese', 'spanish', 'french', 'german', 'italian', 'dutch', 'russian',
    'swedish', 'danish', 'norwegian', 'finnish', 'turkish', 'romanian', 'hungarian', 'simple'] LOOP
    EXECUTE format('CREATE TEXT SEARCH CONFIGURATION public.tributary_%s (COPY = pg_catalog.%s)', language, language);
    EXECUTE format('ALTER TEXT SEARCH CONFIGURATION public.tributary_%s ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, %s',
      language, CASE language WHEN 'simple' THEN 'simple' ELSE language || '_stem' END);
  END LOOP;
END
$$;

-- A language tag (Entry.language, else Source.language: "en", "pt-BR", "zh-cn") → the PostgreSQL text
-- search configuration that stems it. Unknown tags get 'simple' (lower-casing, no stemming, no stop
-- words); no tag at all gets 'english' (feeds rarely state one; most are English). Chinese, Japanese
-- and Korean get 'simple': PostgreSQL has no parser for them, and tributary_search_text splits CJK
-- characters one per token so phrase queries over single characters find any substring.
CREATE FUNCTION tributary_search_config(language text) RETURNS regconfig
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ('public.tributary_' || CASE lower(split_part(split_part(btrim(coalesce(language, '')), '-', 1), '_', 1))
    WHEN '' THEN 'english'
    WHEN 'en' THEN 'english' WHEN 'pt' THEN 'portuguese' WHEN 'es' THEN 'spanish' WHEN 'fr' THEN 'french'
    WHEN 'de' THEN 'german' WHEN 'it' THEN 'italian' WHEN 'nl' THEN 'dutch' WHEN 'ru' THEN 'russian'
    WHEN 'sv' THEN 'swedish' WHEN 'da' THEN 'danish' WHEN 'no' THEN 'norwegian' WHEN 'nb' THEN 'norwegian'
    WHEN 'fi' THEN 'finnish' WHEN 'tr' THEN 'turkish' WHEN 'ro' THEN 'romanian' WHEN 'hu' THEN 'hungarian'
    ELSE 'simple' END)::regconfig
$$;

-- Every configuration tributary_search_config can answer; a query is read under each of them (a user
-- does not say which language they search in) and the distinct readings are OR-ed.
CREATE FUNCTION tributary_search_configs() RETURNS regconfig[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT ARRAY['public.tributary_english', 'public.tributary_portuguese', 'public.tributary_spanish', 'public.tributary_french',
    'public.tributary_german', 'public.tributary_italian', 'public.tributary_dutch', 'public.tributary_russian',
    'public.tributary_swedish', 'public.tributary_danish', 'public.tributary_norwegian', 'public.tributary_finnish',
    'public.tributary_turkish', 'public.tributary_romanian', 'public.tributary_hungarian', 'public.tributary_simple']::regconfig[]
$$;

-- Searchable text: tags dropped, entities decoded or dropped, CJK ideographs and kana one per token,
-- capped at 200,000 characters (tsvector positions stop at 16,383 anyway).
CREATE FUNCTION tributary_search_text(content text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(
    regexp_replace(
      replace(replace(replace(replace(replace(replace(
        regexp_replace(left(coalesce(content, ''), 200000), '<[^>]*>', ' ', 'g'),
        '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
      '&#?[A-Za-z0-9]+;', ' ', 'g'),
    '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', ' \1 ', 'g')
$$;

-- The document of one entry: title weighted A, summary and content B.
CREATE FUNCTION tributary_search_document(title text, summary text, content_html text, language text) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector(tributary_search_config(language), tributary_search_text(title)), 'A')
      || setweight(to_tsvector(tributary_search_config(language), tributary_search_text(summary) || ' ' || tributary_search_text(content_html)), 'B')
$$;

-- What a person typed → one tsquery: websearch syntax ("quoted phrase", or, -not), a run of CJK
-- characters becomes a phrase of single characters (a substring match), read under every
-- configuration and the distinct readings OR-ed. NULL when nothing searchable is left (stop words).
CREATE FUNCTION tributary_search_query(input text) RETURNS tsquery
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  WITH prepared AS (
    SELECT regexp_replace(
      regexp_replace(left(coalesce(input, ''), 500), '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+)', ' "\1" ', 'g'),
      '([\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])', ' \1 ', 'g') AS text
  ), readings AS (
    SELECT DISTINCT websearch_to_tsquery(config, prepared.text)::text AS query
    FROM prepared, unnest(tributary_search_configs()) AS config
  )
  SELECT string_agg('(' || query || ')', ' | ' ORDER BY query)::tsquery FROM readings WHERE query <> ''
$$;

-- The same query with every lexeme restricted to weight A: it matches when the title alone matches.
CREATE FUNCTION tributary_title_query(query tsquery) RETURNS tsquery
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT regexp_replace(query::text, '''(?:[^'']|'''')*''', '\&:A', 'g')::tsquery
$$;

CREATE FUNCTION tributary_entry_search_sync() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "EntrySearch" ("entryId", "sourceId", "sortAt", "document")
  VALUES (NEW.id, NEW."sourceId", NEW."sortAt", tributary_search_document(NEW.title, NEW.summary, NEW."contentHtml",
    COALESCE(NEW.language, (SELECT s.language FROM "Source" s WHERE s.id = NEW."sourceId"))))
  ON CONFLICT ("entryId") DO UPDATE SET "document" = EXCLUDED."document", "sourceId" = EXCLUDED."sourceId", "sortAt" = EXCLUDED."sortAt";
  RETURN NULL;
END
$$;

-- Keeps EntrySearch in step with every write to Entry, whoever makes it (the worker's raw upsert
-- included); deleting an entry cascades to its row.
CREATE TRIGGER "Entry_search_sync" AFTER INSERT OR UPDATE OF title, summary, "contentHtml", language, "sortAt" ON "Entry"
  FOR EACH ROW EXECUTE FUNCTION tributary_entry_search_sync();

-- Entries that exist already.
INSERT INTO "EntrySearch" ("entryId", "sourceId", "sortAt", "document")
SELECT e.id, e."sourceId", e."sortAt", tributary_search_document(e.title, e.summary, e."contentHtml", COALESCE(e.language, s.language))
FROM "Entry" e JOIN "Source" s ON s.id = e."sourceId";
