/**
 * bench/scale — the schedule with 1,000 and then 100,000 sources, in one run, on the bench/ingest farm.
 *
 *   npm run scale -w @tributary/bench        (builds the worker, then runs this file)
 *   BENCH_SMALL=1000 BENCH_LARGE=100000 BENCH_ROUND_CAP_S=150 node scale/run.ts   (from bench/)
 *
 * The farm (FARM_MIX=quiet) answers 99 of every 100 feeds `304 Not Modified` (their ETag is stored with
 * the source, as after any earlier fetch) and gives the hundredth a new item on every GET. Beside the
 * subscribed sources there are 10 % as many that nobody subscribes to any more (left by OPML imports or
 * previews): never polled, their `nextFetchAt` stays where it was, weeks ago.
 *
 * For each size, with the real worker process (apps/worker/dist/main.js, FETCH_CONCURRENCY 64,
 * PARSE_THREADS 1, SCHEDULER_TICK_MS 100):
 * - claim: the tick's statement (ScheduleRepository.claimDueSources, LIMIT 500) run by this script in a
 *   transaction that is rolled back, 15 times (median; plus EXPLAIN ANALYZE's buffers), once with 1 % of
 *   the sources due (a normal tick) and once with all of them due (a round);
 * - a round: every source due at once; fetches/s until every source has been fetched (for the large size
 *   capped at BENCH_ROUND_CAP_S: fetches/s over what was done by then), the worker's RSS (max, sampled
 *   every 500 ms from /proc) and its CPU time.
 * pg_stat_statements is not loaded on these machines (shared_preload_libraries is empty), so PostgreSQL's
 * time per claimed batch is the statement's own time measured around it, and its plan.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@tributary/db/testing';
import { Redis } from 'ioredis';
import pg from 'pg';

const SMALL = Number(process.env.BENCH_SMALL ?? 1000);
const LARGE = Number(process.env.BENCH_LARGE ?? 100_000);
const ROUND_CAP_S = Number(process.env.BENCH_ROUND_CAP_S ?? 150);
const HOSTS = 50;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const here = path.dirname(fileURLToPath(import.meta.url));
const WORKER_MAIN = path.resolve(here, '../../apps/worker/dist/main.js');
const TICK_BATCH = 500;
const LEASE_SECONDS = 900;

function log(message: string): void {
  process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Blocks of 10 consecutive feeds per host, cycling over the 50 hosts: every host serves the mix. */
const hostOf = (index: number) => `127.0.0.${2 + (Math.floor(index / 10) % HOSTS)}`;

// The tick's statement, as in apps/worker/src/schedule/schedule.repository.ts.
const CLAIM = `
  WITH due AS (
    SELECT id FROM "Source"
    WHERE "nextFetchAt" <= now() AND status <> 'GONE' AND "subscribersCount" > 0
    ORDER BY "nextFetchAt"
    LIMIT $1
    FOR UPDATE SKIP LOCKED
  )
  UPDATE "Source" AS s
  SET "nextFetchAt" = now() + make_interval(secs => $2)
  FROM due WHERE s.id = due.id
  RETURNING s.id, s."lastFetchMs"`;

async function timeClaim(db: pg.Client): Promise<{ medianMs: number; claimed: number; plan: string }> {
  const times: number[] = [];
  let claimed = 0;
  for (let run = 0; run < 15; run++) {
    await db.query('BEGIN');
    const started = performance.now();
    const result = await db.query(CLAIM, [TICK_BATCH, LEASE_SECONDS]);
    times.push(performance.now() - started);
    claimed = result.rowCount ?? 0;
    await db.query('ROLLBACK');
  }
  await db.query('BEGIN');
  const explained = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${CLAIM.replace('$1', String(TICK_BATCH)).replace('$2', String(LEASE_SECONDS))}`);
  await db.query('ROLLBACK');
  const plan = (explained.rows as { 'QUERY PLAN': string }[]).map((row) => row['QUERY PLAN']);
  const scan = plan.filter((line) => /Scan using|Scan on|Rows Removed|Execution Time/.test(line)).map((line) => line.trim());
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)]!, claimed, plan: scan.slice(0, 6).join(' · ') };
}

function rssOf(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : 0;
}
/** utime + stime of a process, seconds. */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function main(): Promise<void> {
  const farmChild = spawn(process.execPath, [path.resolve(here, '../ingest/farm.ts')], {
    env: { ...process.env, FEEDS: String(LARGE), HOSTS: String(HOSTS), FARM_MIX: 'quiet' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(farmChild.stdout!, 'data')) as [Buffer];
  const port = (JSON.parse(line.toString()) as { port: number }).port;
  const allow = Array.from({ length: HOSTS }, (_, index) => `127.0.0.${2 + index}:${port}`).join(',');
  const database = await createTestDatabase({ prefix: 'tributary_bench_scale' });
  const db = new pg.Client({ connectionString: database.url });
  await db.connect();
  const prefix = `bench-scale-${process.pid}`;
  let worker: ChildProcess | undefined;
  const lines: string[] = [];
  try {
    /** Adds sources [from, to) (subscribed, not due, ETag stored) and 10 % as many orphans (due weeks ago). */
    const addSources = async (from: number, to: number) => {
      await db.query(
        `INSERT INTO "Source" (id, kind, key, "fetchUrl", "nextFetchAt", "subscribersCount", etag, status, "updatedAt")
         SELECT gen_random_uuid(), 'RSS', 'rss:' || u, u, now() + interval '1 day', 1,
           CASE WHEN i % 100 = 0 THEN NULL ELSE '"stable"' END, 'OK', now()
         FROM (SELECT i, 'http://127.0.0.' || (2 + (i / 10) % ${HOSTS}) || ':${port}/feed/' || i || '.xml' AS u
               FROM generate_series($1::int, $2::int - 1) AS i) AS feeds`,
        [from, to],
      );
      await db.query(
        `INSERT INTO "Source" (id, kind, key, "fetchUrl", "nextFetchAt", "subscribersCount", status, "updatedAt")
         SELECT gen_random_uuid(), 'RSS', 'rss:orphan-' || i, 'http://127.0.0.1:9/orphan/' || i,
           now() - interval '30 days' + i * interval '1 second', 0, 'OK', now()
         FROM generate_series($1::int, $2::int - 1) AS i`,
        [Math.floor(from / 10), Math.floor(to / 10)],
      );
      await db.query('ANALYZE "Source"');
    };
    const polledCount = async () => Number((await db.query(`SELECT count(*)::int AS n FROM "Source" WHERE "subscribersCount" > 0`)).rows[0].n);
    const claimStates = async (size: number) => {
      // A normal tick: 1 % of the sources due.
      await db.query(`UPDATE "Source" SET "nextFetchAt" = now() + interval '1 day' WHERE "subscribersCount" > 0`);
      await db.query(`UPDATE "Source" SET "nextFetchAt" = now() - interval '1 second' WHERE id IN (SELECT id FROM "Source" WHERE "subscribersCount" > 0 ORDER BY random() LIMIT $1)`, [Math.max(1, size / 100)]);
      const tick = await timeClaim(db);
      await db.query(`UPDATE "Source" SET "nextFetchAt" = now() - interval '1 second' WHERE "subscribersCount" > 0`);
      const round = await timeClaim(db);
      await db.query(`UPDATE "Source" SET "nextFetchAt" = now() + interval '1 day' WHERE "subscribersCount" > 0`);
      return { tick, round };
    };
    const startWorker = () => {
      worker = spawn(process.execPath, [WORKER_MAIN], {
        cwd: os.tmpdir(),
        env: {
          PATH: process.env.PATH ?? '',
          NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS ?? '',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.url,
          REDIS_URL,
          QUEUE_PREFIX: prefix,
          PUBLIC_WEB_URL: 'http://127.0.0.1:9',
          FETCH_ALLOW_PRIVATE_HOSTS: allow,
          FETCH_CONCURRENCY: '64',
          PARSE_THREADS: '1',
          SCHEDULER_TICK_MS: '100',
          FETCH_MIN_INTERVAL: '3600',
          WEBSUB_ENABLED: 'false',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
    };
    /**
     * Every polled source due, then fetched. With `restart`, the sources are made due while the worker is
     * stopped and the worker started after (for 100,000 rows that UPDATE takes seconds and its row locks
     * would hold up the worker's writes: a cost of the bench, not of the schedule).
     */
    const round = async (size: number, capSeconds: number, restart = false) => {
      const started = new Date();
      if (restart) {
        await stopWorker();
        await db.query(`UPDATE "Source" SET "nextFetchAt" = now() WHERE "subscribersCount" > 0`);
        startWorker();
      }
      const pid = worker!.pid!;
      const cpuBefore = cpuOf(pid);
      let maxRss = rssOf(pid);
      const sampler = setInterval(() => (maxRss = Math.max(maxRss, rssOf(pid))), 500);
      const t0 = performance.now();
      if (!restart) await db.query(`UPDATE "Source" SET "nextFetchAt" = now() WHERE "subscribersCount" > 0`);
      let done = 0;
      for (;;) {
        done = Number((await db.query(`SELECT count(*)::int AS n FROM "Source" WHERE "lastFetchedAt" >= $1`, [started])).rows[0].n);
        if (done >= size || performance.now() - t0 > capSeconds * 1000) break;
        await sleep(1_000);
      }
      const seconds = (performance.now() - t0) / 1000;
      clearInterval(sampler);
      const cpu = cpuOf(pid) - cpuBefore;
      // Fetches per second while fetching: from the round's first fetch to its last (worker boot and the
      // tick's first claims not counted), the same measure for both sizes.
      const span = (await db.query(`SELECT count(*)::int AS n, extract(epoch FROM max("lastFetchedAt") - min("lastFetchedAt"))::float8 AS s FROM "Source" WHERE "lastFetchedAt" >= $1`, [started])).rows[0] as { n: number; s: number };
      return { done, seconds, perSecond: (span.n - 1) / span.s, rssMb: maxRss, cpuMsPerFetch: (cpu * 1000) / done };
    };
    const stopWorker = async () => {
      // A process ended by a signal has signalCode set and exitCode null.
      if (!worker || worker.exitCode !== null || worker.signalCode !== null) return;
      worker.kill('SIGTERM');
      await once(worker, 'exit');
    };
    const waitIdle = async () => {
      // The queue is drained when no source was fetched in the last second.
      for (;;) {
        const busy = Number((await db.query(`SELECT count(*)::int AS n FROM "Source" WHERE "lastFetchedAt" > now() - interval '1 second'`)).rows[0].n);
        if (busy === 0) return;
        await sleep(500);
      }
    };
    const report = (size: number, claims: Awaited<ReturnType<typeof claimStates>>, measured: Awaited<ReturnType<typeof round>>, idleRss: number) => {
      lines.push(
        `| ${size.toLocaleString('en')} (+${(size / 10).toLocaleString('en')} orphans) | ${claims.tick.medianMs.toFixed(2)} ms (${claims.tick.claimed}) | ${claims.round.medianMs.toFixed(2)} ms (${claims.round.claimed}) = ${((claims.round.medianMs / claims.round.claimed) * 1000).toFixed(1)} µs/source | ${measured.done.toLocaleString('en')} in ${measured.seconds.toFixed(1)} s = **${measured.perSecond.toFixed(0)}/s** | ${measured.cpuMsPerFetch.toFixed(2)} | ${idleRss.toFixed(0)} → ${measured.rssMb.toFixed(0)} MB |`,
      );
      log(`  claim plan (all due): ${claims.round.plan}`);
      log(`  claim plan (1 % due): ${claims.tick.plan}`);
    };

    // ── small ──
    await addSources(0, SMALL);
    const smallClaims = await claimStates(SMALL);
    startWorker();
    await sleep(3_000);
    let idleRss = rssOf(worker!.pid!);
    const smallIdleRss = idleRss;
    const warm = await round(SMALL, 120);
    log(`${SMALL}: warm-up round ${warm.done} in ${warm.seconds.toFixed(1)} s`);
    await waitIdle();
    const small = await round(SMALL, 120);
    log(`${SMALL}: ${JSON.stringify(small)}`);
    report(SMALL, smallClaims, small, idleRss);

    // ── large: the same sources plus the rest; claims timed with no worker running, as for the small size ──
    await waitIdle();
    await stopWorker();
    await addSources(SMALL, LARGE);
    log(`sources polled: ${await polledCount()}`);
    const largeClaims = await claimStates(LARGE);
    idleRss = smallIdleRss;
    const large = await round(LARGE, ROUND_CAP_S, true);
    log(`${LARGE}: ${JSON.stringify(large)}`);
    report(LARGE, largeClaims, large, idleRss);
    const statuses = await db.query(`SELECT "lastHttpStatus" AS status, count(*)::int AS n FROM "Source" WHERE "lastFetchedAt" IS NOT NULL GROUP BY 1 ORDER BY 1`);
    log(`statuses: ${JSON.stringify(statuses.rows)}`);
  } finally {
    if (worker && worker.exitCode === null && worker.signalCode === null) {
      worker.kill('SIGTERM');
      await once(worker, 'exit');
    }
    await db.end();
    await database.drop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`*${prefix}*`);
    for (let index = 0; index < keys.length; index += 500) await redis.del(...keys.slice(index, index + 500));
    redis.disconnect();
    farmChild.kill('SIGTERM');
  }
  process.stdout.write(
    [
      `fetches/s: from the round's first fetch to its last; RSS: the worker 3 s after start → the round's max. ${os.cpus().length} CPUs, node ${process.version}, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}; 1 worker, FETCH_CONCURRENCY 64, PARSE_THREADS 1, tick 100 ms, 99 % of feeds answer 304`,
      '| polled sources | claim of 500, 1 % due (claimed) | claim of 500, all due (claimed) | round: fetched, fetches/s | worker CPU ms/fetch | worker RSS start → max |',
      '|---|---|---|---|---|---|',
      ...lines,
    ].join('\n') + '\n',
  );
}

await main();
