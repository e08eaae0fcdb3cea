/**
 * bench/ingest — the real fetch pipeline (worker processes + BullMQ + PostgreSQL) against a local feed
 * farm of 1,000 feeds, beside a bare concurrent HTTP loop over the same URLs and newsboat, in one run.
 *
 *   npm run ingest -w @tributary/bench
 *   BENCH_WORKERS=2 BENCH_CONCURRENCY=64 npm run ingest -w @tributary/bench
 *
 * Each client does two rounds over every feed: the first fills its conditional-GET state (ETags), the
 * second is the one compared (changed feeds answer with a new item, unchanged ones 304, slow ones after
 * a second, failing ones 503). Needs PostgreSQL (DATABASE_URL) and Redis (REDIS_URL); uses its own
 * database and queue prefix and removes both at the end.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPrismaClient } from '@tributary/db';
import { createTestDatabase } from '@tributary/db/testing';
import { Redis } from 'ioredis';
import { hostOf, kindOf } from './farm.ts';

const FEEDS = Number(process.env.FEEDS ?? 1000);
const HOSTS = Number(process.env.HOSTS ?? 50);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 1);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 64);
const PARSE_THREADS = process.env.BENCH_PARSE_THREADS ?? '1';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const here = path.dirname(fileURLToPath(import.meta.url));
const WORKER_MAIN = path.resolve(here, '../../apps/worker/dist/main.js');

function log(message: string): void {
  process.stderr.write(`${message}\n`);
}

/** utime + stime of a process and its threads, seconds (0 once it is gone). */
function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

async function startFarm(): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(here, 'farm.ts')], {
    env: { ...process.env, FEEDS: String(FEEDS), HOSTS: String(HOSTS) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout!, 'data')) as [Buffer];
  return { port: (JSON.parse(line.toString()) as { port: number }).port, child };
}

async function main(): Promise<void> {
  const farm = await startFarm();
  const urls = Array.from({ length: FEEDS }, (_, index) => `http://${hostOf(index)}:${farm.port}/feed/${index}.xml`);
  const allow = Array.from({ length: HOSTS }, (_, index) => `127.0.0.${2 + index}:${farm.port}`).join(',');
  const results: Record<string, { round1: number; round2: number }> = {};
  log(`farm: ${FEEDS} feeds on ${HOSTS} hosts, port ${farm.port}`);

  // ── bare loop: fetch every URL with CONCURRENCY in flight, conditional GET from round 1's ETags ──
  const etags = new Map<string, string>();
  const bareRound = async (): Promise<number> => {
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < urls.length) {
          const url = urls[next++]!;
          const etag = etags.get(url);
          const response = await fetch(url, { headers: etag ? { 'if-none-match': etag } : {} });
          await response.arrayBuffer();
          const received = response.headers.get('etag');
          if (received) etags.set(url, received);
        }
      }),
    );
    return (performance.now() - started) / 1000;
  };
  results.bare = { round1: await bareRound(), round2: await bareRound() };
  log(`bare loop: ${JSON.stringify(results.bare)}`);

  // ── the pipeline: worker processes, queues, PostgreSQL ──
  const database = await createTestDatabase({ prefix: 'tributary_bench_ingest' });
  const prisma = createPrismaClient({ databaseUrl: database.url, poolSize: 2 });
  const prefix = `bench-${process.pid}`;
  const workers: ChildProcess[] = [];
  try {
    await prisma.source.createMany({
      // One subscriber each: the schedule polls only sources someone reads (docs/schedule.md).
      data: urls.map((url) => ({
        kind: 'RSS' as const,
        key: `rss:${url}`,
        fetchUrl: url,
        nextFetchAt: new Date(Date.now() + 86_400_000),
        subscribersCount: 1,
      })),
    });
    for (let index = 0; index < WORKERS; index++) {
      const child = spawn(process.execPath, [WORKER_MAIN], {
        cwd: os.tmpdir(),
        env: {
          PATH: process.env.PATH ?? '',
          // e.g. BENCH_WORKER_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the worker.
          NODE_OPTIONS: process.env.BENCH_WORKER_NODE_OPTIONS ?? '',
          NODE_ENV: 'production',
          LOG_LEVEL: 'warn',
          DATABASE_URL: database.url,
          DATABASE_POOL_SIZE: process.env.BENCH_DB_POOL ?? '16',
          REDIS_URL,
          QUEUE_PREFIX: prefix,
          FETCH_ALLOW_PRIVATE_HOSTS: allow,
          FETCH_CONCURRENCY: String(Math.ceil(CONCURRENCY / WORKERS)),
          PARSE_THREADS,
          SCHEDULER_TICK_MS: '100',
          FETCH_MIN_INTERVAL: '3600',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      workers.push(child);
    }
    // Ready when a due source gets fetched.
    const probe = await prisma.source.findFirstOrThrow({ where: { key: `rss:${urls[0]}` } });
    await prisma.source.update({ where: { id: probe.id }, data: { nextFetchAt: new Date() } });
    const bootDeadline = Date.now() + 60_000;
    while (!(await prisma.source.findUniqueOrThrow({ where: { id: probe.id } })).lastFetchedAt) {
      if (Date.now() > bootDeadline) throw new Error('the worker did not start');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    let lastRoundStart = new Date();
    // CPU of our own processes in a round: the workers (threads included) and the bench database's backends.
    const backendPids = async () =>
      (await prisma.$queryRaw<{ pid: number }[]>`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`).map((row) => row.pid);
    const cpu: { worker: number; postgres: number }[] = [];
    const pipelineRound = async (): Promise<number> => {
      const started = new Date();
      lastRoundStart = started;
      const workerBefore = workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid!), 0);
      const backends = new Map<number, number>();
      const sampleBackends = async () => {
        for (const pid of await backendPids()) if (!backends.has(pid)) backends.set(pid, cpuSeconds(pid));
      };
      await sampleBackends();
      const t0 = performance.now();
      await prisma.source.updateMany({ data: { nextFetchAt: new Date() } });
      for (let polls = 0; ; polls++) {
        const done = await prisma.source.count({ where: { lastFetchedAt: { gte: started } } });
        if (done >= FEEDS) break;
        if (polls % 40 === 0) await sampleBackends();
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      const seconds = (performance.now() - t0) / 1000;
      cpu.push({
        worker: workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid!), 0) - workerBefore,
        postgres: [...backends].reduce((sum, [pid, before]) => sum + Math.max(0, cpuSeconds(pid) - before), 0),
      });
      return seconds;
    };
    results.pipeline = { round1: await pipelineRound(), round2: await pipelineRound() };
    log(`pipeline: ${JSON.stringify(results.pipeline)}`);
    log(`pipeline CPU seconds (worker incl. parse thread / PostgreSQL backends of the bench database): round 1 ${cpu[0]!.worker.toFixed(2)} / ${cpu[0]!.postgres.toFixed(2)}, round 2 ${cpu[1]!.worker.toFixed(2)} / ${cpu[1]!.postgres.toFixed(2)}`);
    // When each kind of feed finished in round 2 (seconds after the round started: p50 / p90 / max).
    const finished = await prisma.source.findMany({ select: { fetchUrl: true, lastFetchedAt: true } });
    const byKind = new Map<string, number[]>();
    for (const { fetchUrl, lastFetchedAt } of finished) {
      const kind = kindOf(Number(/\/feed\/(\d+)\.xml$/.exec(fetchUrl)![1]));
      const list = byKind.get(kind) ?? [];
      list.push((lastFetchedAt!.getTime() - lastRoundStart.getTime()) / 1000);
      byKind.set(kind, list);
    }
    const at = (list: number[], q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))]!.toFixed(2);
    log(
      `round 2 finish times by kind (p50/p90/max s): ${[...byKind]
        .map(([kind, list]) => (list.sort((a, b) => a - b), `${kind} ${at(list, 0.5)}/${at(list, 0.9)}/${at(list, 1)}`))
        .join(', ')}`,
    );
    const states = await prisma.source.groupBy({ by: ['lastHttpStatus'], _count: true });
    log(`pipeline last statuses: ${JSON.stringify(states.map((s) => [s.lastHttpStatus, s._count]))}`);
    const entries = await prisma.entry.count();
    log(`entries stored: ${entries}`);
  } finally {
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((worker) => (worker.exitCode === null ? once(worker, 'exit') : undefined)));
    await prisma.$disconnect();
    await database.drop();
    const redis = new Redis(REDIS_URL);
    const keys = await redis.keys(`*${prefix}*`);
    for (let index = 0; index < keys.length; index += 500) await redis.del(...keys.slice(index, index + 500));
    redis.disconnect();
  }

  // ── newsboat -x reload on the same farm ──
  let newsboat: string | null = null;
  try {
    newsboat = execFileSync('which', ['newsboat']).toString().trim();
  } catch {
    log('newsboat not installed (apt-get install -y newsboat): skipped');
  }
  if (newsboat && !process.env.BENCH_SKIP_NEWSBOAT) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bench-newsboat-'));
    try {
      writeFileSync(path.join(dir, 'urls'), `${urls.join('\n')}\n`);
      writeFileSync(path.join(dir, 'config'), `reload-threads ${CONCURRENCY}\ndownload-timeout 30\n`);
      const round = () => {
        const started = performance.now();
        execFileSync(newsboat!, ['-x', 'reload', '-u', path.join(dir, 'urls'), '-c', path.join(dir, 'cache.db'), '-C', path.join(dir, 'config')], {
          env: { ...process.env, HOME: dir },
          stdio: 'ignore',
        });
        return (performance.now() - started) / 1000;
      };
      results.newsboat = { round1: round(), round2: round() };
      log(`newsboat: ${JSON.stringify(results.newsboat)}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  farm.child.kill('SIGTERM');

  const mix = { changed: 0, unchanged: 0, slow: 0, failing: 0 };
  for (let index = 0; index < FEEDS; index++) mix[kindOf(index)] += 1;
  const bare = results.bare.round2;
  const lines = [
    `load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}; feeds ${FEEDS} on ${HOSTS} hosts (${JSON.stringify(mix)}), concurrency ${CONCURRENCY}, workers ${WORKERS}, parse threads ${PARSE_THREADS}, ${os.cpus().length} CPUs, node ${process.version}`,
    '| client | round 1 (cold) s | round 1 vs bare | round 2 s | round 2 fetches/s | round 2 vs bare |',
    '|---|---|---|---|---|---|',
    ...Object.entries(results).map(
      ([name, { round1, round2 }]) =>
        `| ${name} | ${round1.toFixed(2)} | ${(round1 / results.bare!.round1).toFixed(2)}× | ${round2.toFixed(2)} | ${(FEEDS / round2).toFixed(0)} | ${(round2 / bare).toFixed(2)}× |`,
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

await main();
