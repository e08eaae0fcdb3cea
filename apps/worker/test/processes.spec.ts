// Crash and scale tests with real processes: the built worker (`node dist/main.js`) is spawned as
// production runs it, killed with SIGKILL, and its Redis and PostgreSQL are taken away mid-run.
import { randomBytes } from 'node:crypto';
import { createPrismaClient, type PrismaClient } from '@tributary/db';
import { type TestDatabase } from '@tributary/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDatabase, PrivateRedis, spawnWorker, waitFor, type WorkerProcess } from './support/services.js';
import { createTcpProxy, Origin, rssFeed, type TcpProxy } from '@tributary/test-support';

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3600_000);

interface FeedState {
  /** Items in the feed: 3 at first, one more per version. */
  version: number;
  /** Milliseconds before answering. */
  delayMs: number;
}

/** A local origin serving `count` feeds at /p/<i>.xml whose content and speed the test controls. */
function feedOrigin(origin: Origin, count: number, delayMs: number): FeedState[] {
  const feeds = Array.from({ length: count }, () => ({ version: 0, delayMs }));
  feeds.forEach((feed, index) => {
    origin.route(`/p/${index}.xml`, async (_request, response) => {
      await new Promise((resolve) => setTimeout(resolve, feed.delayMs));
      const items = Array.from({ length: 3 + feed.version }, (_, n) => ({
        guid: `feed-${index}-item-${n}`,
        title: `Item ${n}`,
        date: hoursAgo(n + 1),
      }));
      response
        .writeHead(200, { 'content-type': 'application/rss+xml', etag: `"v${feed.version}"` })
        .end(rssFeed(`Feed ${index}`, items));
    });
  });
  return feeds;
}

describe('worker processes', () => {
  let database: TestDatabase;
  let prisma: PrismaClient;
  let origin: Origin;
  const workers: WorkerProcess[] = [];
  let prefix: string;

  beforeEach(async () => {
    database = await freshDatabase();
    prisma = createPrismaClient({ databaseUrl: database.url, poolSize: 2 });
    origin = await new Origin().start();
    prefix = `test-${randomBytes(4).toString('hex')}`;
  });

  afterEach(async () => {
    await Promise.all(workers.splice(0).map((worker) => worker.stop('SIGKILL')));
    await origin.close();
    await prisma.$disconnect();
    await database.drop();
  });

  function env(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      DATABASE_URL: database.url,
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: prefix,
      FETCH_ALLOW_PRIVATE_HOSTS: origin.host,
      SCHEDULER_TICK_MS: '200',
      SCHEDULE_LEASE_SECONDS: '3',
      JOB_LOCK_MS: '2000',
      FETCH_TIMEOUT_MS: '8000',
      PARSE_THREADS: '1',
      ...overrides,
    };
  }

  async function start(overrides: Record<string, string> = {}): Promise<WorkerProcess> {
    const worker = await spawnWorker(env(overrides));
    workers.push(worker);
    return worker;
  }

  async function seedSources(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let index = 0; index < count; index++) {
      const url = origin.url(`/p/${index}.xml`);
      const source = await prisma.source.create({
        // One subscriber: the schedule polls only sources someone reads.
        data: { kind: 'RSS', key: `rss:${url}`, fetchUrl: url, nextFetchAt: new Date(), subscribersCount: 1 },
      });
      ids.push(source.id);
    }
    return ids;
  }

  /** Every item of every feed is stored, each exactly once. */
  async function expectEntriesExactlyOnce(feeds: FeedState[]): Promise<void> {
    const expected = feeds.reduce((sum, feed) => sum + 3 + feed.version, 0);
    await waitFor(async () => (await prisma.entry.count()) >= expected, 30_000, `${expected} entries`);
    const groups = await prisma.$queryRaw<{ guid: string; n: bigint }[]>`
      SELECT guid, count(*) AS n FROM "Entry" GROUP BY "sourceId", guid`;
    expect(groups).toHaveLength(expected);
    expect(groups.filter((group) => group.n !== 1n)).toEqual([]);
  }

  /** The schedule goes on: every feed gains an item and is made due; the workers store the new items. */
  async function expectScheduleContinues(feeds: FeedState[]): Promise<void> {
    for (const feed of feeds) {
      feed.version += 1;
      feed.delayMs = 0;
    }
    await prisma.source.updateMany({ data: { nextFetchAt: new Date() } });
    await expectEntriesExactlyOnce(feeds);
  }

  const fetchedCount = () => prisma.source.count({ where: { lastSuccessAt: { not: null } } });

  it('keeps per-host concurrency within its bound across two worker processes', async () => {
    const feeds = feedOrigin(origin, 40, 150);
    await seedSources(feeds.length);
    await Promise.all([
      start({ HOST_CONCURRENCY: '3', FETCH_CONCURRENCY: '8' }),
      start({ HOST_CONCURRENCY: '3', FETCH_CONCURRENCY: '8' }),
    ]);
    await waitFor(async () => (await fetchedCount()) === feeds.length, 30_000, 'every source fetched');
    expect(origin.maxInFlight).toBe(3);
    await expectEntriesExactlyOnce(feeds);
    expect(origin.unexpected).toEqual([]);
  });

  it('a worker killed with SIGKILL mid-fetch loses nothing: its jobs are taken over after the lock lapses', async () => {
    const feeds = feedOrigin(origin, 12, 4_000);
    await seedSources(feeds.length);
    // Slots the killed process held stay taken until their lease lapses; leave room beside them.
    const first = await start({ HOST_CONCURRENCY: '20' });
    await waitFor(() => origin.inFlight >= 6, 15_000, 'fetches in flight');
    await first.stop('SIGKILL');
    expect(await fetchedCount()).toBe(0);
    for (const feed of feeds) feed.delayMs = 300;

    await start({ HOST_CONCURRENCY: '20' });
    await waitFor(
      async () => (await fetchedCount()) === feeds.length,
      30_000,
      'every source fetched after the restart',
    );
    await expectEntriesExactlyOnce(feeds);
    await expectScheduleContinues(feeds);
  });

  it('survives Redis restarting empty during a run', async () => {
    const redis = await PrivateRedis.start();
    try {
      const feeds = feedOrigin(origin, 12, 400);
      await seedSources(feeds.length);
      await start({ REDIS_URL: redis.url, FETCH_CONCURRENCY: '4' });
      await waitFor(
        async () => (await fetchedCount()) >= 2 && origin.inFlight > 0,
        15_000,
        'a run under way',
      );
      await redis.kill();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await redis.start();

      await waitFor(
        async () => (await fetchedCount()) === feeds.length,
        30_000,
        'every source fetched after Redis came back',
      );
      await expectEntriesExactlyOnce(feeds);
      await expectScheduleContinues(feeds);
    } finally {
      await redis.kill();
    }
  });

  it('survives PostgreSQL going away during a run', async () => {
    const url = new URL(database.url);
    let proxy: TcpProxy | undefined;
    try {
      proxy = await createTcpProxy({ host: url.hostname, port: Number(url.port || 5432) });
      const proxied = new URL(database.url);
      proxied.port = String(proxy.port);
      const feeds = feedOrigin(origin, 12, 400);
      await seedSources(feeds.length);
      await start({ DATABASE_URL: proxied.toString(), FETCH_CONCURRENCY: '4' });
      await waitFor(
        async () => (await fetchedCount()) >= 2 && origin.inFlight > 0,
        15_000,
        'a run under way',
      );
      await proxy.stop();
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      await proxy.start();

      await waitFor(
        async () => (await fetchedCount()) === feeds.length,
        40_000,
        'every source fetched after PostgreSQL came back',
      );
      await expectEntriesExactlyOnce(feeds);
      await expectScheduleContinues(feeds);
    } finally {
      await proxy?.close();
    }
  });
});
