// Timeline bench (issue 6): 10k users × 300 subscriptions + 100 follows over 10k sources and 1M entries.
// Seeds the bench database when it is empty (seed.sql), starts the built API against it, drives
// timeline(first: 50) for random users at an even fixed rate (open loop), and in the same run times the
// raw SQL of the same pages. Then compares page 1 with page 500.
//   npm run timeline -w @tributary/bench   (BENCH_DATABASE_URL, BENCH_RATE, BENCH_SECONDS, BENCH_API_PROCESSES,
//   BENCH_API_NODE_OPTIONS, BENCH_WARMUP_SECONDS, BENCH_API_MAIN (another build's main.js, for side-by-side runs), BENCH_SKIP_MIGRATIONS, BENCH_PAGE_ROUNDS override; BENCH_TRACE=file.csv writes each request's due time and latency)
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Pool } from 'undici';
import pg from 'pg';
import { type Prisma, runPrepared } from '@tributary/db';
import { applyMigrations } from '../../packages/db/src/migrate.ts';
import { type PrismaService } from '../../apps/api/dist/common/prisma.service.js';
import { TimelineView } from '../../apps/api/dist/modules/timeline/dto/timeline-filter.input.js';
import { TimelineRepository } from '../../apps/api/dist/modules/timeline/timeline.repository.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/tributary_bench';
const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const PORT = Number(process.env.BENCH_API_PORT ?? 4123);
const API_PROCESSES = Number(process.env.BENCH_API_PROCESSES ?? 1);
/** When set, a CSV of every loaded request's due time and latency is written there (tails over time). */
const TRACE = process.env.BENCH_TRACE;
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
/** Rounds of the sequential page 1 / page 500 comparison (20 users each). */
const PAGE_ROUNDS = Number(process.env.BENCH_PAGE_ROUNDS ?? 10);
/** The API build to run: this checkout's by default, or a copy of another build's dist (side-by-side runs). */
const API_MAIN = path.resolve(process.env.BENCH_API_MAIN ?? path.join(root, 'apps/api/dist/main.js'));
const USERS = 10_000;
const QUERY = `query T($after: String) { timeline(first: 50, after: $after) { edges { cursor node { id title url summary publishedAt sortAt commentsCount sharesCount viewerHasRead viewerHasStarred media { url type } source { id title imageUrl } sharedBy { note sharedAt user { handle displayName } } } } pageInfo { hasNextPage endCursor } } }`;

// The raw SQL is the API's own: TimelineRepository.page (window plan, per-source fallback) from the
// built API, run on a pg pool of the bench's as the same named prepared statements, without GraphQL.
const sqlPool = new pg.Pool({ connectionString: DATABASE_URL, max: 1, idleTimeoutMillis: 0 });
const timeline = new TimelineRepository({ prepared: (query: Prisma.Sql) => runPrepared(sqlPool, query) } as unknown as PrismaService);
const START = ['infinity', 'ffffffff-ffff-ffff-ffff-ffffffffffff'];

/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return 0; // the process ended
  }
}

/** CPU seconds the whole machine has been busy and in all, over every CPU, from /proc/stat (Linux). */
function machineCpu(): { busy: number; total: number } {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const ticks = fields.slice(0, 8).map(Number); // user nice system idle iowait irq softirq steal
  const total = ticks.reduce((sum, value) => sum + value, 0);
  return { busy: (total - ticks[3]! - ticks[4]!) / 100, total: total / 100 };
}

/** Pids of the live children of `pid` (the API processes under API_PROCESSES > 1). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc').filter((name) => /^\d+$/.test(name)).filter((name) => {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
    } catch {
      return false;
    }
  }).map(Number);
}

/** CPU seconds used by the API process(es) and by every PostgreSQL backend serving the bench database. */
async function cpuSnapshot(db: pg.Client, apiPid: number) {
  const sampler = (await sqlPool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
  const { rows } = await db.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid NOT IN (pg_backend_pid(), $1)`, [sampler]);
  return { api: [apiPid, ...childrenOf(apiPid)].reduce((sum, pid) => sum + cpuSeconds(pid), 0), backends: new Map(rows.map((row) => [row.pid, cpuSeconds(row.pid)])) };
}

/** CPU milliseconds per response of the API and of PostgreSQL between two snapshots. */
function cpuPerResponse(before: Awaited<ReturnType<typeof cpuSnapshot>>, after: Awaited<ReturnType<typeof cpuSnapshot>>, responses: number) {
  let database = 0;
  for (const [pid, seconds] of after.backends) database += seconds - (before.backends.get(pid) ?? 0);
  return { api: ((after.api - before.api) * 1000) / responses, database: (database * 1000) / responses };
}

/**
 * Open-loop load at an even `rate`: request i is due at start + i / rate whether or not earlier ones
 * have answered (as users arrive), over a pool of keep-alive connections, and its latency is counted
 * from when it was due, so time spent waiting to be sent counts too (no coordinated omission).
 * (autocannon's rate mode lets each connection send its whole per-second quota back to back at the
 * top of every second: bursts of `rate` requests, not `rate` requests per second.)
 */
async function pacedLoad(pool: Pool, rate: number, seconds: number, latencies: number[], trace: string[] | null) {
  const total = Math.round(rate * seconds);
  const start = performance.now();
  const inFlight: Promise<void>[] = [];
  let errors = 0;
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(
      pool
        .request({
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-tributary-client': 'bench', cookie: cookie(randomUser()) },
          body: JSON.stringify({ query: QUERY }),
        })
        .then(async (response) => {
          const body = await response.body.text();
          if (response.statusCode !== 200 || body.includes('"errors"')) errors += 1;
          latencies.push(performance.now() - due);
          trace?.push(`${(due - start).toFixed(1)},${(performance.now() - due).toFixed(1)}`);
        })
        .catch(() => {
          errors += 1;
        }),
    );
  }
  await Promise.all(inFlight);
  return { requests: total, errors, seconds: (performance.now() - start) / 1000 };
}

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
  const seed = spawnSync('psql', ['-q', DATABASE_URL, '-f', path.join(here, 'seed.sql')], { stdio: 'inherit' });
  if (seed.status !== 0) throw new Error('seeding failed');
}

async function startApi() {
  const child = spawn(process.execPath, [API_MAIN], {
    env: {
      ...process.env, NODE_OPTIONS: process.env.BENCH_API_NODE_OPTIONS ?? '', DATABASE_URL, API_PORT: String(PORT), NODE_ENV: 'production', LOG_LEVEL: 'warn', DATABASE_POOL_SIZE: '20', API_PROCESSES: String(API_PROCESSES),
      QUEUE_PREFIX: 'bench', RATE_LIMIT_AUTHENTICATED: '10000000/60', RATE_LIMIT_ANONYMOUS: '10000000/60', PUBLIC_WEB_URL: 'http://localhost:3000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 600; i++) {
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

async function rawSql(userId: string, at: string, id: string) {
  const started = performance.now();
  await timeline.page({ viewerId: userId, view: TimelineView.ALL, unreadOnly: false, sourceId: null, folderId: null, limit: 51, after: at === 'infinity' ? null : { at: new Date(at), id } });
  return performance.now() - started;
}

// Creates the database on a fresh machine; BENCH_SKIP_MIGRATIONS=1 skips it for repeated side-by-side runs.
if (!process.env.BENCH_SKIP_MIGRATIONS) await applyMigrations(DATABASE_URL);
const db = new pg.Client({ connectionString: DATABASE_URL });
await db.connect();
await ensureSeeded(db);
const userIds = (await db.query(`SELECT id, handle FROM "User" WHERE handle LIKE 'bench%'`)).rows.reduce((map: Map<number, string>, row: { id: string; handle: string }) => map.set(Number(row.handle.slice(5)), row.id), new Map());
const api = await startApi();
try {
  for (let i = 0; i < 200; i++) await gql(randomUser(), null); // warm up
  // Warm-up at the asked rate, not measured: every API process compiles its hot code and opens its
  // database connections, and the load generator opens its keep-alive connections (which the cluster
  // spreads over the processes). Without it the first two seconds of a run measure a cold start.
  const connections = new Pool(`http://127.0.0.1:${PORT}`, { connections: 256, pipelining: 1 });
  await pacedLoad(connections, RATE, WARMUP_SECONDS, [], null);

  // 1. Load: RATE req/s of page 1 for random users; the raw SQL of random users' page 1 in the same run.
  const rawDuringLoad: number[] = [];
  let loadRunning = true;
  const rawLoop = (async () => {
    while (loadRunning) {
      // Ten samples a second: enough for its percentiles without taking much of the machine's CPU.
      rawDuringLoad.push(await rawSql(userIds.get(randomUser())!, START[0]!, START[1]!));
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const latencies: number[] = [];
  const cpuBefore = await cpuSnapshot(db, api.pid!);
  const machineBefore = machineCpu();
  const trace = TRACE ? ['dueMs,latencyMs'] : null;
  const result = await pacedLoad(connections, RATE, SECONDS, latencies, trace);
  await connections.close();
  if (TRACE && trace) writeFileSync(TRACE, `${trace.join('\n')}\n`);
  const cpu = cpuPerResponse(cpuBefore, await cpuSnapshot(db, api.pid!), latencies.length);
  const machine = machineCpu();
  const machineBusy = { perResponse: ((machine.busy - machineBefore.busy) * 1000) / latencies.length, share: (machine.busy - machineBefore.busy) / (machine.total - machineBefore.total) };
  loadRunning = false;
  await rawLoop;
  const errors = result.errors;

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
  for (let round = 0; round < PAGE_ROUNDS; round++) {
    for (const item of deep) {
      page.gql1.push(await gql(item.user, null));
      page.gql500.push(await gql(item.user, item.cursor));
      page.raw1.push(await rawSql(userIds.get(item.user)!, START[0]!, START[1]!));
      page.raw500.push(await rawSql(userIds.get(item.user)!, item.at, item.id));
    }
  }

  console.log(`\ntimeline(first: 50), random users, ${RATE} req/s for ${SECONDS}s, ${API_PROCESSES} API process(es): ${result.requests} requests sent evenly, all answered after ${result.seconds.toFixed(1)} s, ${errors} errors`);
  console.log(`CPU per response during the load: API ${fmt(cpu.api)} ms, PostgreSQL ${fmt(cpu.database)} ms (the API's connections; the raw-SQL sampler's excluded); whole machine ${fmt(machineBusy.perResponse)} ms (everything: load generator, sampler, Redis, kernel), ${(machineBusy.share * 100).toFixed(0)}% of its CPUs busy`);
  console.log('| measure | p50 ms | p95 ms | p99 ms |');
  console.log('|---|---|---|---|');
  console.log(`| GraphQL under load (${latencies.length} responses, from when each was due) | ${fmt(pct(latencies, 50))} | ${fmt(pct(latencies, 95))} | ${fmt(pct(latencies, 99))} |`);
  console.log(`| raw SQL during the load (${rawDuringLoad.length} samples) | ${fmt(pct(rawDuringLoad, 50))} | ${fmt(pct(rawDuringLoad, 95))} | ${fmt(pct(rawDuringLoad, 99))} |`);
  console.log(`| GraphQL page 1, idle (${page.gql1.length}) | ${fmt(pct(page.gql1, 50))} | ${fmt(pct(page.gql1, 95))} | ${fmt(pct(page.gql1, 99))} |`);
  console.log(`| GraphQL page 500, idle | ${fmt(pct(page.gql500, 50))} | ${fmt(pct(page.gql500, 95))} | ${fmt(pct(page.gql500, 99))} |`);
  console.log(`| raw SQL page 1, idle | ${fmt(pct(page.raw1, 50))} | ${fmt(pct(page.raw1, 95))} | ${fmt(pct(page.raw1, 99))} |`);
  console.log(`| raw SQL page 500, idle | ${fmt(pct(page.raw500, 50))} | ${fmt(pct(page.raw500, 95))} | ${fmt(pct(page.raw500, 99))} |`);
  console.log(`\nGraphQL / raw SQL (p50, idle page 1): ${(pct(page.gql1, 50) / pct(page.raw1, 50)).toFixed(2)}x; page 500 / page 1 (GraphQL p50): ${(pct(page.gql500, 50) / pct(page.gql1, 50)).toFixed(2)}x, (raw p50): ${(pct(page.raw500, 50) / pct(page.raw1, 50)).toFixed(2)}x`);
} finally {
  api.kill('SIGTERM');
  await db.end();
  await sqlPool.end();
}
