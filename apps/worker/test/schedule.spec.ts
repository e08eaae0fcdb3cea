import { jobId, QUEUE } from '@tributary/jobs';
import { openQueue } from '@tributary/jobs/queues';
import { type TestDatabase } from '@tributary/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JobGateway } from '../src/queue/job-gateway.service.js';
import { ScheduleRepository } from '../src/schedule/schedule.repository.js';
import { ScheduleService } from '../src/schedule/schedule.service.js';
import { conditionalFeed, Origin, rssFeed } from '@tributary/test-support';
import { freePort, freshDatabase, waitFor } from './support/services.js';
import { startWorker, type WorkerHarness } from './support/worker-harness.js';

const feed = (title: string) =>
  conditionalFeed(
    () => rssFeed(title, [{ guid: `${title}-1`, title, date: new Date(Date.now() - 3600_000) }]),
    {
      etag: () => `"${title}"`,
    },
  );

describe('the schedule tick', () => {
  let database: TestDatabase;
  let origin: Origin;
  let worker: WorkerHarness;
  let schedule: ScheduleService;
  let metricsPort: number;

  beforeAll(async () => {
    // Its own database: a tick claims every due source it can see.
    database = await freshDatabase();
    origin = await new Origin().start();
    metricsPort = await freePort();
    worker = await startWorker({
      DATABASE_URL: database.url,
      FETCH_ALLOW_PRIVATE_HOSTS: origin.host,
      HOST_CONCURRENCY: '16',
      WORKER_METRICS_PORT: String(metricsPort),
    });
    schedule = worker.app.get(ScheduleService);
    // Let the scheduler's first (boot-time) tick pass — on a loaded machine it can start well after boot,
    // and would then claim the sources a test creates. Once it has run, the queue holds only the next
    // (delayed) tick, an hour away.
    const jobs = worker.app.get(JobGateway);
    await waitFor(
      async () => {
        const counts = await jobs.jobCounts(QUEUE.housekeeping, 'waiting', 'active', 'prioritized', 'delayed');
        return (
          (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0 &&
          (counts.delayed ?? 0) >= 1
        );
      },
      30_000,
      'the boot-time tick to finish',
    );
  });

  afterAll(async () => {
    await worker?.close();
    await origin?.close();
    await database?.drop();
  });

  async function createSource(key: string, path: string, nextFetchAt: Date) {
    const url = origin.url(path);
    return worker.prisma.source.create({
      // One subscriber: the tick polls only sources someone reads.
      data: { kind: 'RSS', key: `rss:${key}`, fetchUrl: url, nextFetchAt, subscribersCount: 1 },
    });
  }

  it('turns due sources into fetch jobs and leaves the others alone', async () => {
    const due: { id: string }[] = [];
    for (let index = 0; index < 5; index++) {
      origin.route(`/due-${index}.xml`, feed(`due-${index}`));
      due.push(await createSource(`due-${index}`, `/due-${index}.xml`, new Date(Date.now() - 60_000)));
    }
    origin.route('/later.xml', feed('later'));
    const later = await createSource('later', '/later.xml', new Date(Date.now() + 3600_000));

    await expect(schedule.tick()).resolves.toBe(5);
    await waitFor(
      async () =>
        (await worker.prisma.source.count({
          where: { id: { in: due.map((s) => s.id) }, lastSuccessAt: { not: null } },
        })) === 5,
      10_000,
      'the due sources fetched',
    );
    expect(origin.requestsTo('/later.xml')).toHaveLength(0);
    expect(
      (await worker.prisma.source.findUniqueOrThrow({ where: { id: later.id } })).lastFetchedAt,
    ).toBeNull();
    // Fetched sources are scheduled ahead: a second tick finds nothing.
    await expect(schedule.tick()).resolves.toBe(0);
    // Each fetch recorded how long it took (the next tick orders by it).
    const timed = await worker.prisma.source.findMany({ where: { id: { in: due.map((s) => s.id) } } });
    expect(timed.every((source) => source.lastFetchMs !== null && source.lastFetchMs >= 0)).toBe(true);
  });

  it('hands out the claimed sources slowest first, never-fetched ones last', async () => {
    const past = new Date(Date.now() - 60_000);
    const durations = [40, null, 1_200, 300];
    const created = await Promise.all(
      durations.map((lastFetchMs, index) =>
        worker.prisma.source.create({
          data: {
            kind: 'RSS',
            key: `rss:order-${index}`,
            fetchUrl: origin.url(`/order-${index}.xml`),
            nextFetchAt: past,
            lastFetchMs,
            subscribersCount: 1,
          },
        }),
      ),
    );
    // Claimed only (their lease keeps them away from the other tests), not enqueued.
    const claimed = await worker.app.get(ScheduleRepository).claimDueSources(10, 900);
    expect(claimed.map((source) => source.id)).toEqual([
      created[2]!.id,
      created[3]!.id,
      created[0]!.id,
      created[1]!.id,
    ]);
  });

  it('makes one job of a burst of 50 "refresh now" requests for one source', async () => {
    origin.route('/burst.xml', async (request, response) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return feed('burst')(request, response);
    });
    const source = await createSource('burst', '/burst.xml', new Date(Date.now() + 3600_000));
    const connection = new Redis(worker.config.REDIS_URL, { maxRetriesPerRequest: null });
    const queue = openQueue(QUEUE.fetchSource, { connection, prefix: worker.config.QUEUE_PREFIX });
    try {
      const jobs = await Promise.all(
        Array.from({ length: 50 }, () =>
          queue.add(
            QUEUE.fetchSource,
            { sourceId: source.id, reason: 'manual' },
            { jobId: jobId.fetchSource(source.id) },
          ),
        ),
      );
      expect(new Set(jobs.map((job) => job.id))).toEqual(new Set([source.id]));
      await waitFor(
        async () =>
          (await worker.prisma.source.findUniqueOrThrow({ where: { id: source.id } })).lastSuccessAt,
        10_000,
        'the refresh',
      );
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(origin.requestsTo('/burst.xml')).toHaveLength(1);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('never claims a source twice when two ticks run at once', async () => {
    origin.route('/many.xml', feed('many'));
    const past = new Date(Date.now() - 60_000);
    await worker.prisma.source.createMany({
      data: Array.from({ length: 300 }, (_, index) => ({
        kind: 'RSS' as const,
        key: `rss:many-${index}`,
        fetchUrl: origin.url('/many.xml'),
        nextFetchAt: past,
        subscribersCount: 1,
      })),
    });
    const counts = await Promise.all([schedule.tick(), schedule.tick(), schedule.tick()]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(300);
    await waitFor(() => origin.requestsTo('/many.xml').length >= 300, 20_000, '300 fetches');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(origin.requestsTo('/many.xml')).toHaveLength(300);
  });

  it('does not poll a source nobody subscribes to', async () => {
    origin.route('/unread.xml', feed('unread'));
    const past = new Date(Date.now() - 60_000);
    const unread = await worker.prisma.source.create({
      data: {
        kind: 'RSS',
        key: 'rss:unread',
        fetchUrl: origin.url('/unread.xml'),
        nextFetchAt: past,
        subscribersCount: 0,
      },
    });
    const claimed = await worker.app.get(ScheduleRepository).claimDueSources(1_000, 900);
    expect(claimed.map((source) => source.id)).not.toContain(unread.id);
    await expect(schedule.tick()).resolves.toBe(0);
    expect(origin.requestsTo('/unread.xml')).toHaveLength(0);
    // Subscribed again, it is due at once.
    await worker.prisma.source.update({ where: { id: unread.id }, data: { subscribersCount: 1 } });
    const next = await worker.app.get(ScheduleRepository).claimDueSources(1_000, 900);
    expect(next.map((source) => source.id)).toContain(unread.id);
  });

  it('exposes queue and fetch metrics in Prometheus format', async () => {
    const response = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    for (const state of ['waiting', 'active', 'failed', 'delayed']) {
      expect(text).toMatch(
        new RegExp(`^tributary_queue_jobs\\{queue="fetch-source",state="${state}"\\} \\d+$`, 'm'),
      );
    }
    expect(text).toMatch(/^tributary_fetch_latency_seconds\{quantile="0.5"\} \d/m);
    expect(text).toMatch(/^tributary_fetch_latency_seconds\{quantile="0.95"\} \d/m);
    const total = Number(/^tributary_fetches_total (\d+)$/m.exec(text)?.[1]);
    expect(total).toBeGreaterThanOrEqual(306);
    expect(text).toMatch(/^tributary_fetch_errors_total 0$/m);
    expect(text).toMatch(/^tributary_fetches_per_minute \d+$/m);
    expect((await fetch(`http://127.0.0.1:${metricsPort}/other`)).status).toBe(404);
  });
});
