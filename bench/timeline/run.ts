// Timeline bench (issue 6): 10k users × 300 subscriptions + 100 follows over 10k sources and 1M entries.
// Seeds the bench database when it is empty (seed.sql), starts the built API against it, drives
// timeline(first: 50) for random users at a fixed rate with autocannon, and in the same run times the
// raw SQL of the same pages. Then compares page 1 with page 500.
//   npm run timeline -w @tributary/bench   (BENCH_DATABASE_URL, BENCH_RATE, BENCH_SECONDS override)
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tributary_bench';
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_API_PORT ?? 4123);
const USERS = 10_000;
const QUERY = `query T($after: String) { timeline(first: 50, after: $after) { edges { cursor node { id title url summary publishedAt sortAt commentsCount sharesCount viewerHasRead viewerHasStarred media { url type } source { id title imageUrl } sharedBy { note sharedAt user { handle displayName } } } } pageInfo { hasNextPage endCursor } } }`;

// The SQL of TimelineRepository.page (apps/api/src/modules/timeline/timeline.repository.ts) with the
// ALL view and no filter, for the raw-SQL comparison.
const TIMELINE_SQL = `
WITH visible AS (
  SELECT s."sourceId" AS id FROM "Subscription" s WHERE s."userId" = $1::uuid
  UNION SELECT c."sourceId" FROM "Follow" f JOIN "Claim" c ON c."userId" = f."followeeId" AND c.status = 'VERIFIED' WHERE f."followerId" = $1::uuid),
followees AS (SELECT f."followeeId" AS id FROM "Follow" f WHERE f."followerId" = $1::uuid
  AND NOT EXISTS (SELECT 1 FROM "Block" b WHERE b."blockerId" = $1::uuid AND b."blockedId" = f."followeeId")),
heads AS (
  SELECT h.at FROM visible v CROSS JOIN LATERAL (SELECT e."sortAt" AS at FROM "Entry" e WHERE e."sourceId" = v.id AND (e."sortAt", e.id) < ($2::timestamptz, $3::uuid) ORDER BY e."sortAt" DESC, e.id DESC LIMIT 1) h
  UNION ALL
  SELECT h.at FROM followees f CROSS JOIN LATERAL (SELECT sh."createdAt" AS at FROM "Share" sh WHERE sh."userId" = f.id AND (sh."createdAt", sh.id) < ($2::timestamptz, $3::uuid) ORDER BY sh."createdAt" DESC, sh.id DESC LIMIT 1) h),
bound AS (SELECT COALESCE((SELECT at FROM heads ORDER BY at DESC OFFSET 50 LIMIT 1), '-infinity'::timestamptz) AS lo),
items AS (
  SELECT e.id AS "entryId", e."sortAt" AS at, e.id AS "itemId", NULL::uuid AS "shareId" FROM visible v CROSS JOIN bound CROSS JOIN LATERAL (
    SELECT e.id, e."sortAt" FROM "Entry" e WHERE e."sourceId" = v.id AND e."sortAt" >= bound.lo AND (e."sortAt", e.id) < ($2::timestamptz, $3::uuid) ORDER BY e."sortAt" DESC, e.id DESC LIMIT 51) e
  UNION ALL
  SELECT sh."entryId", sh."createdAt", sh.id, sh.id FROM followees f CROSS JOIN bound CROSS JOIN LATERAL (
    SELECT sh.id, sh."entryId", sh."createdAt" FROM "Share" sh WHERE sh."userId" = f.id AND sh."createdAt" >= bound.lo AND (sh."createdAt", sh.id) < ($2::timestamptz, $3::uuid) ORDER BY sh."createdAt" DESC, sh.id DESC LIMIT 51) sh),
top AS (SELECT * FROM items ORDER BY at DESC, "itemId" DESC LIMIT 51)
SELECT e.*, top.at AS "itemAt", top."itemId", top."shareId", sh."userId" AS "shareUserId", sh.note AS "shareNote"
FROM top JOIN "Entry" e ON e.id = top."entryId" LEFT JOIN "Share" sh ON sh.id = top."shareId" ORDER BY top.at DESC, top."itemId" DESC`;
const START = ['infinity', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const fmt = (n: number) => n.toFixed(1);
const cookie = (n: number) => `tributary_session=bench-session-token-${n}`;
const randomUser = () => Math.floor(Math.random() * USERS);

async function ensureSeeded(db: pg.Client) {
  const seeded = await db.query(`SELECT count(*)::int AS n FROM "Entry"`).catch(() => null);
  if (seeded && seeded.rows[0].n >= 1_000_000) return;
  console.log('seeding the bench database (a few minutes)…');
  const migrate = spawnSync('npm', ['run', 'db:migrate'], { cwd: root, env: { ...process.env, DATABASE_URL }, stdio: 'inherit' });
  if (migrate.status !== 0) throw new Error('migrations failed');
  const seed = spawnSync('psql', ['-q', DATABASE_URL, '-f', path.join(here, 'seed.sql')], { stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('seeding failed');
}

async function startApi() {
  const child = spawn(process.execPath, [path.join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env, DATABASE_URL, API_PORT: String(PORT), NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20',
      QUEUE_PREFIX: 'bench', RATE_LIMIT_AUTHENTICATED: '10000000/60', RATE_LIMIT_ANONYMOUS: '10000000/60', PUBLIC_WEB_URL: 'http://localhost:3000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ health { ok } }"}' });
      if (response.ok) return child;
    } catch { /* not up yet */ }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  child.kill();
  throw new Error('the API did not start');
}

async function gql(user: number, after: string | null) {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tributary-client': 'bench', cookie: cookie(user) },
    body: JSON.stringify({ query: QUERY, variables: { after } }),
  });
  const body = (await response.json()) as { errors?: unknown; data?: { timeline: { edges: unknown[] } } };
  if (body.errors || !body.data) throw new Error(JSON.stringify(body.errors));
  return performance.now() - started;
}

async function rawSql(db: pg.Client, userId: string, at: string, id: string) {
  const started = performance.now();
  await db.query(TIMELINE_SQL, [userId, at, id]);
  return performance.now() - started;
}

const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
await ensureSeeded(db);
const userIds = (await db.query(`SELECT id, handle FROM "User" WHERE handle LIKE 'bench%'`)).rows.reduce((map: Map<number, string>, row: { id: string; handle: string }) => map.set(Number(row.handle.slice(5)), row.id), new Map());
const api = await startApi();
try {
  for (let i = 0; i < 200; i++) await gql(randomUser(), null); // warm up

  // 1. Load: RATE req/s of page 1 for random users; the raw SQL of random users' page 1 in the same run.
  const rawDuringLoad: number[] = [];
  let loadRunning = true;
  const rawLoop = (async () => {
    while (loadRunning) {
      rawDuringLoad.push(await rawSql(db, userIds.get(randomUser())!, START[0]!, START[1]!));
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const latencies: number[] = [];
  const instance = autocannon({
    url: `http://127.0.0.1:${PORT}/graphql`,
    connections: 50,
    overallRate: RATE,
    duration: SECONDS,
    requests: [{
      method: 'POST',
      setupRequest: (request) => ({
        ...request,
        headers: { 'content-type': 'application/json', 'x-tributary-client': 'bench', cookie: cookie(randomUser()) },
        body: JSON.stringify({ query: QUERY }),
      }),
    }],
  });
  instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => latencies.push(responseTime));
  const result = await instance;
  loadRunning = false;
  await rawLoop;
  const errors = result.errors + result.non2xx;

  // 2. Page 1 vs page 500 (items 24,951–25,000) for the same users, GraphQL and raw SQL, sequentially.
  const sample = Array.from({ length: 20 }, () => randomUser());
  const deep: { user: number; cursor: string; at: string; id: string }[] = [];
  for (const user of sample) {
    const row = (await db.query(`
      WITH visible AS (SELECT s."sourceId" AS id FROM "Subscription" s WHERE s."userId" = $1 UNION SELECT c."sourceId" FROM "Follow" f JOIN "Claim" c ON c."userId" = f."followeeId" AND c.status = 'VERIFIED' WHERE f."followerId" = $1),
      items AS (SELECT e."sortAt" AS at, e.id FROM visible v JOIN "Entry" e ON e."sourceId" = v.id
        UNION ALL SELECT sh."createdAt", sh.id FROM "Follow" f JOIN "Share" sh ON sh."userId" = f."followeeId" WHERE f."followerId" = $1)
      SELECT at, id FROM items ORDER BY at DESC, id DESC OFFSET 24949 LIMIT 1`, [userIds.get(user)])).rows[0] as { at: Date; id: string } | undefined;
    if (row) deep.push({ user, at: row.at.toISOString(), id: row.id, cursor: Buffer.from(JSON.stringify([row.at.toISOString(), row.id])).toString('base64url') });
  }
  const page = { gql1: [] as number[], gql500: [] as number[], raw1: [] as number[], raw500: [] as number[] };
  for (let round = 0; round < 10; round++) {
    for (const item of deep) {
      page.gql1.push(await gql(item.user, null));
      page.gql500.push(await gql(item.user, item.cursor));
      page.raw1.push(await rawSql(db, userIds.get(item.user)!, START[0]!, START[1]!));
      page.raw500.push(await rawSql(db, userIds.get(item.user)!, item.at, item.id));
    }
  }

  console.log(`\ntimeline(first: 50), random users, ${RATE} req/s for ${SECONDS}s: ${result.requests.total} requests, ${errors} errors`);
  console.log('| measure | p50 ms | p95 ms | p99 ms |');
  console.log('|---|---|---|---|');
  console.log(`| GraphQL under load (autocannon, ${latencies.length} responses) | ${fmt(pct(latencies, 50))} | ${fmt(pct(latencies, 95))} | ${fmt(pct(latencies, 99))} |`);
  console.log(`| raw SQL during the load (${rawDuringLoad.length} samples) | ${fmt(pct(rawDuringLoad, 50))} | ${fmt(pct(rawDuringLoad, 95))} | ${fmt(pct(rawDuringLoad, 99))} |`);
  console.log(`| GraphQL page 1, idle (${page.gql1.length}) | ${fmt(pct(page.gql1, 50))} | ${fmt(pct(page.gql1, 95))} | ${fmt(pct(page.gql1, 99))} |`);
  console.log(`| GraphQL page 500, idle | ${fmt(pct(page.gql500, 50))} | ${fmt(pct(page.gql500, 95))} | ${fmt(pct(page.gql500, 99))} |`);
  console.log(`| raw SQL page 1, idle | ${fmt(pct(page.raw1, 50))} | ${fmt(pct(page.raw1, 95))} | ${fmt(pct(page.raw1, 99))} |`);
  console.log(`| raw SQL page 500, idle | ${fmt(pct(page.raw500, 50))} | ${fmt(pct(page.raw500, 95))} | ${fmt(pct(page.raw500, 99))} |`);
  console.log(`\nGraphQL / raw SQL (p50, idle page 1): ${(pct(page.gql1, 50) / pct(page.raw1, 50)).toFixed(2)}x; page 500 / page 1 (GraphQL p50): ${(pct(page.gql500, 50) / pct(page.gql1, 50)).toFixed(2)}x, (raw p50): ${(pct(page.raw500, 50) / pct(page.raw1, 50)).toFixed(2)}x`);
} finally {
  api.kill('SIGTERM');
  await db.end();
}
