// Sync API bench (issue 22): stream/items/ids of 10,000 unread items and stream/items/contents of 250
// items through the running API (HTTP, auth, JSON), each beside the timeline's own raw SQL for the same
// rows in the same run (TimelineRepository.page from the built API: unread-only with limit 10,000, and a
// 250-entry page), on one pg connection as the timeline bench does. Target: within 2× of the raw SQL.
//   npm run sync-api -w @tributary/bench   (BENCH_SYNC_DATABASE_URL, BENCH_SYNC_RUNS override)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { type Prisma, runPrepared } from '@tributary/db';
import { applyMigrations } from '../../packages/db/src/migrate.ts';
import { type PrismaService } from '../../apps/api/dist/common/prisma.service.js';
import { TimelineView } from '../../apps/api/dist/modules/timeline/dto/timeline-filter.input.js';
import { TimelineRepository } from '../../apps/api/dist/modules/timeline/timeline.repository.js';
import { readerTokenFor, sha256Hex, generateAppPassword } from '../../apps/api/dist/modules/app-passwords/app-password-secret.util.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const DATABASE_URL = process.env.BENCH_SYNC_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tributary_bench_sync';
const PORT = Number(process.env.BENCH_API_PORT ?? 4124);
const RUNS = Number(process.env.BENCH_SYNC_RUNS ?? 20);
const SUBSCRIBED = 100;
const OTHER_SOURCES = 400;
const PER_SOURCE = 150;
const READ = 2_000;

const sqlPool = new pg.Pool({ connectionString: DATABASE_URL, max: 1, idleTimeoutMillis: 0 });
const timeline = new TimelineRepository({ prepared: (query: Prisma.Sql) => runPrepared(sqlPool, query) } as unknown as PrismaService);

async function seed(db: pg.Client): Promise<{ userId: string; token: string }> {
  const secret = generateAppPassword();
  const token = readerTokenFor(secret);
  const existing = await db.query(`SELECT id FROM "User" WHERE handle = 'syncbench'`);
  if (existing.rows.length > 0) {
    await db.query(`DELETE FROM "AppPassword"`);
  } else {
    console.log('seeding the sync bench database…');
    await db.query(`
      INSERT INTO "User" (id, handle, "handleLower", email, "passwordHash", "displayName", "updatedAt")
      VALUES (gen_random_uuid(), 'syncbench', 'syncbench', 'syncbench@bench.invalid', 'x', 'Sync bench', now())`);
    await db.query(`
      INSERT INTO "Source" (id, kind, key, "fetchUrl", title, status, "updatedAt", "nextFetchAt")
      SELECT gen_random_uuid(), 'RSS', 'https://sync' || n || '.bench.invalid/feed.xml', 'https://sync' || n || '.bench.invalid/feed.xml',
        'Sync feed ' || n, 'OK', now(), now() + interval '1 day'
      FROM generate_series(1, ${SUBSCRIBED + OTHER_SOURCES}) n`);
    await db.query(`
      INSERT INTO "Entry" (id, "sourceId", guid, "guidHash", url, title, "contentHtml", summary, "sortAt", "publishedAt", "updatedAt")
      SELECT gen_random_uuid(), s.id, s.id || '-' || i, md5(s.id || '-' || i) || md5(i::text), 'https://post.bench.invalid/' || s.id || '/' || i,
        'Post ' || i || ' of ' || s.title, repeat('<p>Some sanitized paragraph of an article body.</p>', 40), 'A summary',
        now() - (i || ' hours')::interval - (random() * interval '50 minutes'), now() - (i || ' hours')::interval, now()
      FROM "Source" s CROSS JOIN generate_series(1, ${PER_SOURCE}) i`);
    await db.query(`
      INSERT INTO "Subscription" (id, "userId", "sourceId")
      SELECT gen_random_uuid(), u.id, s.id FROM "User" u, (SELECT id FROM "Source" ORDER BY key LIMIT ${SUBSCRIBED}) s
      WHERE u.handle = 'syncbench'`);
    await db.query(`
      INSERT INTO "EntryState" ("userId", "entryId", "readAt", "updatedAt")
      SELECT u.id, e.id, now(), now() FROM "User" u, (
        SELECT e.id FROM "Entry" e JOIN "Subscription" sub ON sub."sourceId" = e."sourceId" ORDER BY e."sortAt" DESC LIMIT ${READ}
      ) e WHERE u.handle = 'syncbench'`);
    await db.query('ANALYZE');
  }
  const { rows } = await db.query(`SELECT id FROM "User" WHERE handle = 'syncbench'`);
  const userId = rows[0].id as string;
  await db.query(
    `INSERT INTO "AppPassword" (id, "userId", name, lookup, "secretHash", "tokenHash", "feverKeyHash")
     VALUES (gen_random_uuid(), $1, 'bench', $2, 'unused', $3, $4)`,
    [userId, secret.slice(4, 12), sha256Hex(token), sha256Hex(`fever-${secret}`)],
  );
  return { userId, token };
}

async function startApi() {
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env, DATABASE_URL, API_PORT: String(PORT), NODE_ENV: 'production', LOG_LEVEL: 'warn', API_PROCESSES: '1',
      QUEUE_PREFIX: 'syncbench', RATE_LIMIT_AUTHENTICATED: '10000000/60', RATE_LIMIT_ANONYMOUS: '10000000/60', PUBLIC_WEB_URL: 'http://localhost:3000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 150; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { ok } }"}' });
      if (response.ok) return child;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('the API did not start');
}

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

await applyMigrations(DATABASE_URL);
const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
const { userId, token } = await seed(db);
const api = await startApi();
const headers = { authorization: `GoogleLogin auth=${token}` };
const base = `http://127.0.0.1:${PORT}/api/greader/reader/api/0`;
try {
  const idsOverHttp = async () => {
    const response = await fetch(`${base}/stream/items/ids?output=json&s=user/-/state/com.google/reading-list&xt=user/-/state/com.google/read&n=10000`, { headers });
    const body = (await response.json()) as { itemRefs: { id: string }[] };
    return body.itemRefs.map((ref) => ref.id);
  };
  const idsSql = () => timeline.page({ viewerId: userId, view: TimelineView.ALL, unreadOnly: true, sourceId: null, folderId: null, limit: 10_000, after: null });
  const page250Sql = () => timeline.page({ viewerId: userId, view: TimelineView.ALL, unreadOnly: false, sourceId: null, folderId: null, limit: 250, after: null });
  const ids = await idsOverHttp();
  const sqlRows = await idsSql();
  if (ids.length !== 10_000 || sqlRows.length !== 10_000) throw new Error(`expected 10,000 rows, got ${ids.length} / ${sqlRows.length}`);
  const sameRows = new Set(sqlRows.map((row: { seq: bigint }) => row.seq.toString()));
  if (!ids.every((id) => sameRows.has(id))) throw new Error('the API and the timeline SQL listed different rows');
  const top250 = (await page250Sql()).map((row: { seq: bigint }) => row.seq.toString());
  const contentsOverHttp = async () => {
    const response = await fetch(`${base}/stream/items/contents?output=json`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(top250.map((id) => ['i', id])),
    });
    const body = (await response.json()) as { items: unknown[] };
    if (body.items.length !== 250) throw new Error(`expected 250 items, got ${body.items.length}`);
    return body.items.length;
  };
  for (let i = 0; i < 3; i++) {
    await idsOverHttp();
    await idsSql();
    await contentsOverHttp();
    await page250Sql();
  }
  const samples = { ids: [] as number[], idsSql: [] as number[], contents: [] as number[], contentsSql: [] as number[] };
  for (let i = 0; i < RUNS; i++) {
    samples.ids.push((await timed(idsOverHttp)).ms);
    samples.idsSql.push((await timed(idsSql)).ms);
    samples.contents.push((await timed(contentsOverHttp)).ms);
    samples.contentsSql.push((await timed(page250Sql)).ms);
  }
  const row = (name: string, api: number[], sql: number[]) =>
    `| ${name} | ${median(api).toFixed(1)} ms | ${median(sql).toFixed(1)} ms | ${(median(api) / median(sql)).toFixed(2)}× |`;
  console.log(`\n${RUNS} runs each, medians (${SUBSCRIBED} subscribed sources × ${PER_SOURCE} entries, ${READ} read; ${OTHER_SOURCES * PER_SOURCE} other entries)\n`);
  console.log('| request | sync API over HTTP | timeline raw SQL, same rows | ratio |');
  console.log('|---|---|---|---|');
  console.log(row('stream/items/ids, 10,000 unread', samples.ids, samples.idsSql));
  console.log(row('stream/items/contents, 250 items', samples.contents, samples.contentsSql));
} finally {
  api.kill('SIGTERM');
  await db.end();
  await sqlPool.end();
}
