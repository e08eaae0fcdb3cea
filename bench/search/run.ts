// Search bench (issue 10): p95 of search over 1M entries. Seeds `tributary_bench_search` when it is
// empty: 2,000 sources (1,500 with a subscriber, so public), 1M entries whose titles, summaries and
// content are sentences drawn (Zipf-like) from the words of ../shared/fixtures. Then times the two
// statements of SearchRepository (parse + page, first: 20) for a mix of queries.
//   npm run search -w @tributary/bench   (BENCH_SEARCH_DATABASE_URL, BENCH_ENTRIES, BENCH_QUERIES override)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { applyMigrations } from '../../packages/db/src/migrate.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const FIXTURES = path.resolve(root, '../shared/fixtures');
const DATABASE_URL = process.env.BENCH_SEARCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tributary_bench_search';
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 1_000_000);
const QUERIES = Number(process.env.BENCH_QUERIES ?? 400);
const SOURCES = 2_000;
const PUBLIC_SOURCES = 1_500;
const SENTENCES = 20_000;
const CANDIDATES = 500; // SEARCH_CANDIDATES in apps/api/src/modules/search/search.service.ts

// The SQL of SearchRepository (apps/api/src/modules/search/search.repository.ts), view ALL, no filter:
// parse, then candidates() window by window (searchWindows), then page() over the candidates.
const PARSE_SQL = `SELECT q::text AS q, tributary_title_query(q)::text AS qa, (SELECT max("sortAt") FROM "EntrySearch") AS newest
FROM (SELECT tributary_search_query($1) AS q) x`;
const VISIBLE = `SELECT pub."sourceId" FROM "Subscription" pub UNION SELECT pc."sourceId" FROM "Claim" pc WHERE pc.status = 'VERIFIED'`;
const TAGGED_SQL = `WITH matches AS MATERIALIZED (SELECT es."entryId", es."sortAt" FROM "EntrySearch" es
  WHERE es.document @@ ($1::tsquery && $2::tsquery) AND es."sourceId" IN (${VISIBLE}))
SELECT "entryId" FROM matches ORDER BY "sortAt" DESC LIMIT $3`;
const OLDER_SQL = `WITH matches AS MATERIALIZED (SELECT es."entryId", es."sortAt" FROM "EntrySearch" es
  WHERE es.document @@ $1::tsquery AND (es."sortAt" < $2::timestamptz OR es."sortAt" >= $4::timestamptz) AND es."sourceId" IN (${VISIBLE}))
SELECT "entryId" FROM matches ORDER BY "sortAt" DESC LIMIT $3`;
const PAGE_SQL = `
WITH scored AS (
  SELECT es."entryId", es."sortAt", ((es.document @@ $2::tsquery)::int + ts_rank_cd(es.document, $1::tsquery, 1 | 32))::float8 AS score
  FROM "EntrySearch" es WHERE es."entryId" = ANY($3::uuid[])
), page AS (
  SELECT * FROM scored ORDER BY score DESC, "sortAt" DESC, "entryId" DESC LIMIT $4
)
SELECT e.*, page.score,
  ts_headline(cfg.config, translate(tributary_search_text(e.title), E'\\uE000\\uE001', ''), $1::tsquery, 'StartSel=\uE000, StopSel=\uE001, HighlightAll=true') AS "titleHighlight",
  ts_headline(cfg.config, translate(left(tributary_search_text(e.summary) || ' ' || tributary_search_text(e."contentHtml"), 30000), E'\\uE000\\uE001', ''), $1::tsquery,
    'StartSel=\uE000, StopSel=\uE001, MaxFragments=2, MinWords=12, MaxWords=30, FragmentDelimiter=" … "') AS snippet
FROM page JOIN "Entry" e ON e.id = page."entryId" JOIN "Source" s ON s.id = e."sourceId"
CROSS JOIN LATERAL (SELECT tributary_search_config(COALESCE(e.language, s.language)) AS config) cfg
ORDER BY page.score DESC, page."sortAt" DESC, page."entryId" DESC`;

const WEEK_MS = 7 * 24 * 3_600_000;
/** searchWindows() of search.repository.ts. */
function windows(newest: Date): { tags: string | null; before: Date | null; since: Date | null }[] {
  const week = Math.floor(newest.getTime() / WEEK_MS);
  const tags = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `'~w${from + index}'`).join(' | ');
  return [
    { tags: tags(week - 1, week + 1), before: null, since: null },
    { tags: tags(week - 8, week - 2), before: null, since: null },
    { tags: null, before: new Date((week - 8) * WEEK_MS), since: new Date((week + 2) * WEEK_MS) },
  ];
}

/** Words of every fixture (3+ letters, Latin script), most frequent first. */
function vocabulary(): string[] {
  const counts = new Map<string, number>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name);
      if (statSync(file).isDirectory()) walk(file);
      else
        for (const word of readFileSync(file, 'latin1')
          .replace(/<[^>]*>/g, ' ')
          .toLowerCase()
          .match(/\b[a-z]{3,14}\b/g) ?? [])
          counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  };
  walk(FIXTURES);
  return [...counts.entries()].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1]).map(([word]) => word);
}

// A small deterministic PRNG so runs seed and query the same things.
let state = 42;
const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const zipf = (size: number) => Math.min(size - 1, Math.floor(size * random() ** 2.5));
const pick = <T>(list: T[], from = 0, to = list.length) => list[from + Math.floor(random() * (to - from))]!;

async function seed(client: pg.Client, words: string[]) {
  const sentences = Array.from({ length: SENTENCES }, () => Array.from({ length: 10 }, () => words[zipf(words.length)]).join(' '));
  const started = Date.now();
  await client.query(`TRUNCATE "User", "Source", "Entry", "EntrySearch" CASCADE; DROP TABLE IF EXISTS bench_sentences`);
  await client.query(`INSERT INTO "User" (id, handle, "handleLower", email, "passwordHash", "displayName", "updatedAt")
    VALUES (md5('bench')::uuid, 'bench', 'bench', 'bench@bench.test', 'x', 'Bench', now())`);
  await client.query(`INSERT INTO "Source" (id, kind, key, "fetchUrl", title, status, "updatedAt")
    SELECT md5('s' || i)::uuid, 'RSS', 'bench:' || i, 'https://bench.test/' || i, 'Source ' || i, 'OK', now() FROM generate_series(1, ${SOURCES}) i`);
  await client.query(`INSERT INTO "Subscription" (id, "userId", "sourceId") SELECT gen_random_uuid(), md5('bench')::uuid, md5('s' || i)::uuid FROM generate_series(1, ${PUBLIC_SOURCES}) i`);
  await client.query(`CREATE TABLE bench_sentences (id int PRIMARY KEY, t text NOT NULL)`);
  await client.query(`INSERT INTO bench_sentences SELECT n, t FROM unnest($1::text[]) WITH ORDINALITY AS x(t, n)`, [sentences]);
  // Bulk load: entries first with the trigger off, then their documents with the same function, then the GIN index.
  await client.query(`ALTER TABLE "Entry" DISABLE TRIGGER "Entry_search_sync"`);
  const batch = 100_000;
  for (let offset = 0; offset < ENTRIES; offset += batch) {
    await client.query(`
      INSERT INTO "Entry" (id, "sourceId", guid, "guidHash", title, summary, "contentHtml", "sortAt", "updatedAt")
      SELECT gen_random_uuid(), md5('s' || (1 + i % ${SOURCES}))::uuid, 'g' || i, encode(sha256(('g' || i)::bytea), 'hex'),
        initcap(split_part((SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':1')) % ${SENTENCES}), ' ', 1) || ' ' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':2')) % ${SENTENCES})),
        (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':3')) % ${SENTENCES}) || '. ' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':4')) % ${SENTENCES}) || '.',
        '<p>' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':5')) % ${SENTENCES}) || '. ' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':6')) % ${SENTENCES}) || '. ' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':7')) % ${SENTENCES})
          || '.</p><p>' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':8')) % ${SENTENCES}) || '. ' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':9')) % ${SENTENCES}) || '. ' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':10')) % ${SENTENCES})
          || '.</p><p>' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':11')) % ${SENTENCES}) || ' <a href="https://example.org/' || i || '">' || (SELECT t FROM bench_sentences WHERE id = 1 + abs(hashtext(i || ':12')) % ${SENTENCES}) || '</a>.</p>',
        now() - (i || ' minutes')::interval, now()
      FROM generate_series(${offset + 1}, ${Math.min(ENTRIES, offset + batch)}) i`);
    process.stdout.write(`\rentries ${Math.min(ENTRIES, offset + batch).toLocaleString('en')} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  }
  await client.query(`ALTER TABLE "Entry" ENABLE TRIGGER "Entry_search_sync"`);
  await client.query(`DROP INDEX "EntrySearch_document_idx"`);
  await client.query(`SET maintenance_work_mem = '1GB'`);
  await client.query(`INSERT INTO "EntrySearch" ("entryId", "sourceId", "sortAt", document)
    SELECT e.id, e."sourceId", e."sortAt", tributary_search_document(e.title, e.summary, e."contentHtml", NULL) || tributary_search_week_tag(e."sortAt") FROM "Entry" e`);
  process.stdout.write(`\rdocuments written (${((Date.now() - started) / 1000).toFixed(0)} s)          `);
  await client.query(`CREATE INDEX "EntrySearch_document_idx" ON "EntrySearch" USING GIN (document)`);
  await client.query(`VACUUM ANALYZE`);
  console.log(`\rseeded ${ENTRIES.toLocaleString('en')} entries in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

type Kind = 'rare word' | 'two words' | 'common word' | 'phrase';

function queries(words: string[], sentences: string[]): { kind: Kind; text: string }[] {
  return Array.from({ length: QUERIES }, () => {
    const roll = random();
    if (roll < 0.5) return { kind: 'rare word' as const, text: pick(words, 50) };
    if (roll < 0.75) return { kind: 'two words' as const, text: `${pick(words, 50)} ${pick(words, 50)}` };
    if (roll < 0.9) return { kind: 'common word' as const, text: pick(words, 0, 50) };
    const sentence = pick(sentences).split(' ');
    const at = Math.floor(random() * (sentence.length - 1));
    return { kind: 'phrase' as const, text: `"${sentence[at]} ${sentence[at + 1]}"` };
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  await applyMigrations(DATABASE_URL);
  const client = new pg.Client({ connectionString: DATABASE_URL });
  await client.connect();
  const words = vocabulary();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Entry"`);
  if (Number(rows[0]!.n) === 0) await seed(client, words);
  const sentences: string[] = (await client.query<{ t: string }>(`SELECT t FROM bench_sentences ORDER BY id`)).rows.map((row) => row.t);
  const size = await client.query<{ entries: string; documents: string; gin: string }>(`SELECT (SELECT count(*) FROM "Entry") AS entries,
    pg_size_pretty(pg_total_relation_size('"EntrySearch"')) AS documents, pg_size_pretty(pg_relation_size('"EntrySearch_document_idx"')) AS gin`);
  console.log(`vocabulary ${words.length} words; ${Number(size.rows[0]!.entries).toLocaleString('en')} entries; EntrySearch ${size.rows[0]!.documents} (GIN ${size.rows[0]!.gin})`);

  const run = async (text: string) => {
    const started = performance.now();
    const parsed = (await client.query<{ q: string | null; qa: string | null; newest: Date | null }>(PARSE_SQL, [text])).rows[0]!;
    let found = 0;
    if (parsed.q && parsed.newest) {
      const ids: string[] = [];
      for (const window of windows(parsed.newest)) {
        const { rows } = window.tags
          ? await client.query<{ entryId: string }>(TAGGED_SQL, [parsed.q, window.tags, CANDIDATES - ids.length])
          : await client.query<{ entryId: string }>(OLDER_SQL, [parsed.q, window.before, CANDIDATES - ids.length, window.since]);
        for (const row of rows) ids.push(row.entryId);
        if (ids.length >= CANDIDATES) break;
      }
      if (ids.length > 0) found = (await client.query(PAGE_SQL, [parsed.q, parsed.qa, ids, 21])).rowCount ?? 0;
    }
    return { ms: performance.now() - started, found };
  };
  const list = queries(words, sentences);
  for (const query of list.slice(0, 30)) await run(query.text); // warm-up
  const timings = new Map<Kind | 'all', number[]>([['all', []]]);
  let empty = 0;
  const slowest: { ms: number; kind: Kind; text: string }[] = [];
  for (const query of list) {
    const { ms, found } = await run(query.text);
    slowest.push({ ms, ...query });
    if (found === 0) empty += 1;
    timings.get('all')!.push(ms);
    timings.set(query.kind, [...(timings.get(query.kind) ?? []), ms]);
  }
  console.log(`\n| queries | n | p50 ms | p95 ms | p99 ms | max ms |\n|---|---|---|---|---|---|`);
  for (const [kind, values] of timings) {
    values.sort((a, b) => a - b);
    console.log(`| ${kind} | ${values.length} | ${percentile(values, 50).toFixed(1)} | ${percentile(values, 95).toFixed(1)} | ${percentile(values, 99).toFixed(1)} | ${values.at(-1)!.toFixed(1)} |`);
  }
  console.log(`\n${empty} of ${list.length} queries found nothing.`);
  slowest.sort((a, b) => b.ms - a.ms);
  console.log(`slowest: ${slowest.slice(0, 8).map((query) => `${query.text} (${query.kind}, ${query.ms.toFixed(0)} ms)`).join(', ')}`);
  await client.end();
}

try {
  await main();
  process.exit(0); // the schema engine leaves a timer running
} catch (error) {
  console.error(error);
  process.exit(1);
}
