import { monitorEventLoopDelay } from 'node:perf_hooks';
import { bridgeFor, type SourceRef } from '@tributary/bridges';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BridgeRuntime } from '../src/ingest/fetch/bridge-runtime.service.js';
import { FetchPool } from '../src/ingest/threads/fetch-pool.service.js';
import { HostBusyError } from '../src/ingest/politeness/host-limiter.js';
import { largePodcastFeed, Origin } from '@tributary/test-support';
import { startWorker, type WorkerHarness } from './support/worker-harness.js';

/** A large legitimate podcast feed (about 1.3 MB, built by test-support). */
const GIANT = largePodcastFeed();

/** Largest event-loop delay (ms) seen while `work` runs. */
async function maxLoopDelay(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  try {
    await work();
  } finally {
    histogram.disable();
  }
  return histogram.max / 1e6;
}

describe('parsing off the event loop', () => {
  let origin: Origin;
  let worker: WorkerHarness;
  let pool: FetchPool;
  let ref: SourceRef;

  beforeAll(async () => {
    origin = await new Origin().start();
    origin.route('/giant.rss', (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(GIANT);
    });
    origin.route('/gone.rss', (_request, response) => {
      response.writeHead(410).end();
    });
    worker = await startWorker({
      FETCH_ALLOW_PRIVATE_HOSTS: origin.host,
      PARSE_THREADS: '2',
      HOST_CONCURRENCY: '8',
    });
    pool = worker.app.get(FetchPool);
    const url = origin.url('/giant.rss');
    ref = { kind: 'RSS', key: `rss:${url}`, fetchUrl: url, siteUrl: null };
  });

  afterAll(async () => {
    await worker?.close();
    await origin?.close();
  });

  it('parses the 1.3 MB feed in threads while the main loop stays responsive', async () => {
    expect(pool.isThreaded).toBe(true);
    const results = await pool.fetch(ref, null);
    expect(results.items.length).toBeGreaterThan(100);

    const inline = await maxLoopDelay(async () => {
      const context = worker.app.get(BridgeRuntime).context();
      for (let round = 0; round < 3; round++) await bridgeFor('RSS').fetch(ref, null, context);
    });
    const threaded = await maxLoopDelay(async () => {
      for (let round = 0; round < 3; round++)
        await Promise.all([pool.fetch(ref, null), pool.fetch(ref, null)]);
    });
    // Inline, one parse holds the loop for its whole duration (90–200 ms seen, by machine and load; the
    // floor only makes sure the comparison means something); in threads only the hand-over of the body
    // and the result touches it.
    expect(inline).toBeGreaterThan(50);
    expect(threaded).toBeLessThan(inline / 2);
  });

  it('keeps errors typed across the thread boundary', async () => {
    const url = origin.url('/gone.rss');
    await expect(
      pool.fetch({ kind: 'RSS', key: `rss:${url}`, fetchUrl: url, siteUrl: null }, null),
    ).rejects.toMatchObject({
      name: 'PermanentError',
      kind: 'permanent',
      status: 410,
    });
    const blocked = 'http://169.254.169.254/latest/meta-data';
    await expect(
      pool.fetch({ kind: 'RSS', key: 'rss:meta', fetchUrl: blocked, siteUrl: null }, null),
    ).rejects.toMatchObject({
      kind: 'unreachable',
    });
  });

  it('hands a busy host back as HostBusyError', async () => {
    const limited = origin.url('/giant.rss', 'localhost');
    await worker.app.get(BridgeRuntime)['limiter'].penalize(limited, new Date(Date.now() + 120_000));
    const error = await pool
      .fetch({ kind: 'RSS', key: `rss:${limited}`, fetchUrl: limited, siteUrl: null }, null)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostBusyError);
  });
});
