import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { conditionalFeed, Origin, rssFeed } from '@tributary/test-support';
import { startWorker, type WorkerHarness } from './support/worker-harness.js';

const MIN_INTERVAL = 300;
const now = Date.now();
const hoursAgo = (hours: number) => new Date(now - hours * 3600_000);

describe('fetch pipeline against a local origin', () => {
  let origin: Origin;
  let worker: WorkerHarness;

  beforeAll(async () => {
    origin = await new Origin().start();
    worker = await startWorker({
      FETCH_ALLOW_PRIVATE_HOSTS: `127.0.0.1:${origin.port},localhost:${origin.port}`,
      FETCH_MIN_INTERVAL: String(MIN_INTERVAL),
      // A day: the <ttl> of ten hours below fits under it (the default ceiling is four hours).
      FETCH_MAX_INTERVAL: '86400',
    });
  });

  afterAll(async () => {
    await worker?.close();
    await origin?.close();
  });

  afterEach(() => {
    expect(origin.unexpected).toEqual([]);
  });

  async function subscribe(path: string, host?: string) {
    const result = (await worker.resolve({ input: origin.url(path, host) })) as { ok: boolean; sourceId: string };
    expect(result).toMatchObject({ ok: true });
    return result.sourceId;
  }

  const entries = (sourceId: string) =>
    worker.prisma.entry.findMany({ where: { sourceId }, orderBy: { guid: 'asc' } });
  const source = (sourceId: string) => worker.prisma.source.findUniqueOrThrow({ where: { id: sourceId } });

  it('stores a new source with its first posts, then a 304 writes nothing', async () => {
    const items = [
      { guid: 'a', title: 'First', date: hoursAgo(30) },
      { guid: 'b', title: 'Second', date: hoursAgo(2) },
    ];
    origin.route('/conditional.xml', conditionalFeed(() => rssFeed('Conditional', items), { etag: () => '"v1"' }));
    const sourceId = await subscribe('/conditional.xml');
    const first = await entries(sourceId);
    expect(first.map((entry) => entry.title)).toEqual(['First', 'Second']);
    expect(await source(sourceId)).toMatchObject({ status: 'OK', etag: '"v1"', title: 'Conditional' });

    await expect(worker.fetch(sourceId)).resolves.toEqual({ status: 'not-modified' });
    const conditional = origin.requestsTo('/conditional.xml').at(-1)!;
    expect(conditional.headers['if-none-match']).toBe('"v1"');
    const after = await entries(sourceId);
    expect(after.map((entry) => entry.updatedAt.getTime())).toEqual(first.map((entry) => entry.updatedAt.getTime()));
    expect((await source(sourceId)).lastHttpStatus).toBe(304);
  });

  it('is idempotent, and an edited post updates its entry instead of adding one', async () => {
    let body = 'original words';
    let version = 1;
    origin.route(
      '/edits.xml',
      conditionalFeed(() => rssFeed('Edits', [{ guid: 'post-1', title: 'Post', date: hoursAgo(1), body }]), {
        etag: () => `"e${version}"`,
      }),
    );
    const sourceId = await subscribe('/edits.xml');
    version = 2;
    await worker.fetch(sourceId);
    expect(await entries(sourceId)).toHaveLength(1);

    body = 'edited words';
    version = 3;
    await expect(worker.fetch(sourceId)).resolves.toMatchObject({ status: 'fetched', inserted: 0, updated: 1 });
    const [entry] = await entries(sourceId);
    expect(entry!.contentHtml).toContain('edited words');
    expect(entry!.editedAt).not.toBeNull();
  });

  it("obeys the server's hints: RSS <ttl> lengthens the interval", async () => {
    origin.route(
      '/ttl.xml',
      conditionalFeed(() => rssFeed('TTL', [{ guid: 't', title: 'T', date: hoursAgo(1) }], '<ttl>600</ttl>'), {
        etag: () => '"ttl"',
      }),
    );
    const sourceId = await subscribe('/ttl.xml');
    const { nextFetchAt, fetchIntervalSeconds } = await source(sourceId);
    expect(fetchIntervalSeconds).toBeGreaterThanOrEqual(600 * 60 * 0.9);
    expect(nextFetchAt.getTime()).toBeGreaterThan(Date.now() + 600 * 60 * 0.85 * 1000);
  });

  it('backs off exponentially while a source fails and recovers on the first success', async () => {
    let failing = false;
    const healthy = conditionalFeed(() => rssFeed('Flaky', [{ guid: 'f', title: 'F', date: hoursAgo(3) }]), {
      etag: () => '"f"',
    });
    origin.route('/flaky.xml', (request, response) => {
      if (failing) response.writeHead(503).end('down for maintenance');
      else return healthy(request, response);
    });
    const sourceId = await subscribe('/flaky.xml');
    failing = true;
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const before = Date.now();
      await expect(worker.fetch(sourceId)).resolves.toMatchObject({ status: 'failed' });
      const state = await source(sourceId);
      expect(state).toMatchObject({ status: 'FAILING', consecutiveFailures: attempt });
      expect(state.lastError).toMatch(/503/);
      delays.push((state.nextFetchAt.getTime() - before) / 1000);
    }
    expect(delays[0]).toBeGreaterThanOrEqual(MIN_INTERVAL * 0.9);
    expect(delays[1]).toBeGreaterThanOrEqual(delays[0]! * 1.6);
    expect(delays[2]).toBeGreaterThanOrEqual(delays[1]! * 1.6);
    const failingSince = (await source(sourceId)).failingSince;
    expect(failingSince).not.toBeNull();

    failing = false;
    await worker.fetch(sourceId);
    expect(await source(sourceId)).toMatchObject({ status: 'OK', consecutiveFailures: 0, failingSince: null, lastError: null });
  });

  it('a 429 slows that host only', async () => {
    origin.route('/limited.xml', (_request, response) => {
      response.writeHead(429, { 'retry-after': '120' }).end();
    });
    origin.route('/other-host.xml', conditionalFeed(() => rssFeed('Other', [{ guid: 'o', title: 'O', date: hoursAgo(1) }]), { etag: () => '"o"' }));
    // Same server, two hosts: 127.0.0.1 gets rate limited, localhost does not.
    origin.route('/limited-ok.xml', conditionalFeed(() => rssFeed('Limited', [{ guid: 'l', title: 'L', date: hoursAgo(1) }]), { etag: () => '"l"' }));
    const limitedId = await subscribe('/limited-ok.xml');
    origin.route('/limited-ok.xml', (_request, response) => {
      response.writeHead(429, { 'retry-after': '120' }).end();
    });
    await expect(worker.fetch(limitedId)).resolves.toMatchObject({ status: 'failed' });
    const limited = await source(limitedId);
    expect(limited.nextFetchAt.getTime()).toBeGreaterThanOrEqual(Date.now() + 100_000);

    const otherId = await subscribe('/other-host.xml', 'localhost');
    expect((await source(otherId)).status).toBe('OK');

    // Another source on the rate-limited host waits instead of hitting it again.
    const requestsBefore = origin.requestsTo('/limited.xml').length;
    const blocked = await worker.prisma.source.create({
      data: { kind: 'RSS', key: `rss:${origin.url('/limited.xml')}`, fetchUrl: origin.url('/limited.xml') },
    });
    await expect(worker.fetch(blocked.id)).resolves.toMatchObject({ status: 'deferred' });
    expect(origin.requestsTo('/limited.xml').length).toBe(requestsBefore);
  });
});
