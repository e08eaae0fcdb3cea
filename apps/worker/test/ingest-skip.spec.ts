import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchPool } from '../src/ingest/threads/fetch-pool.service.js';
import { SourcesRepository } from '../src/ingest/store/sources.repository.js';
import { conditionalFeed, Origin, rssFeed } from '@tributary/test-support';
import { startWorker, type WorkerHarness } from './support/worker-harness.js';

const now = Date.now();
const hoursAgo = (hours: number) => new Date(now - hours * 3600_000);

/**
 * Items already stored unchanged are recognised by the fingerprint of the raw item (Entry.contentHash)
 * and neither sanitized nor written again; changed items are re-sanitized and updated, new ones inserted.
 */
describe('skipping unchanged items', () => {
  let origin: Origin;
  let worker: WorkerHarness;

  beforeAll(async () => {
    origin = await new Origin().start();
    worker = await startWorker({ FETCH_ALLOW_PRIVATE_HOSTS: `127.0.0.1:${origin.port}` });
  });

  afterAll(async () => {
    await worker?.close();
    await origin?.close();
  });

  it('leaves unchanged items alone, re-sanitizes and updates a changed one, inserts a new one', async () => {
    const items = [
      { guid: 'b', title: 'Second', date: hoursAgo(2), body: '&lt;p&gt;B&lt;/p&gt;' },
      { guid: 'a', title: 'First', date: hoursAgo(5), body: '&lt;p&gt;A&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;' },
    ];
    let version = 0;
    origin.route('/skip.xml', conditionalFeed(() => rssFeed('Skip', items), { etag: () => `"s${version}"` }));
    const resolved = (await worker.resolve({ input: origin.url('/skip.xml') })) as { sourceId: string };
    const sourceId = resolved.sourceId;
    const entries = () => worker.prisma.entry.findMany({ where: { sourceId }, orderBy: { guid: 'asc' } });

    const first = await entries();
    expect(first.map((entry) => entry.guid)).toEqual(['a', 'b']);
    expect(first[0]!.contentHtml).toContain('A');
    expect(first[0]!.contentHtml).not.toContain('script');
    expect(first.every((entry) => entry.contentHash)).toBe(true);

    // The fetch loads those fingerprints with the source, and the bridge skips both items.
    const source = (await worker.app.get(SourcesRepository).loadForFetch(sourceId))!;
    expect([...source.knownItems].sort()).toEqual(first.map((entry) => entry.contentHash).sort());
    const ref = { kind: source.kind, key: source.key, fetchUrl: source.fetchUrl, siteUrl: source.siteUrl };
    const direct = await worker.app.get(FetchPool).fetch(ref, null, undefined, source.knownItems);
    expect(direct.items).toEqual([]);
    expect(direct.unchanged?.map((item) => item.guid)).toEqual(['b', 'a']);
    expect(direct.unchanged?.[0]?.publishedAt?.getTime()).toBe(Math.floor(items[0]!.date.getTime() / 1000) * 1000);

    // A full fetch of the same items (new ETag) writes no entry but still records the fetch.
    version = 1;
    await expect(worker.fetch(sourceId)).resolves.toEqual({ status: 'fetched', inserted: 0, updated: 0 });
    const unchanged = await entries();
    expect(unchanged.map((entry) => entry.updatedAt.getTime())).toEqual(first.map((entry) => entry.updatedAt.getTime()));
    const afterUnchanged = await worker.prisma.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect(afterUnchanged).toMatchObject({ status: 'OK', etag: '"s1"', lastHttpStatus: 200 });
    expect(afterUnchanged.postsPerDay).not.toBeNull();

    // b edited with hostile markup, c new, a untouched.
    items[0] = { ...items[0]!, body: '&lt;p&gt;B edited&lt;/p&gt;&lt;img src="x" onerror="alert(1)"&gt;' };
    items.unshift({ guid: 'c', title: 'Third', date: hoursAgo(1), body: '&lt;p&gt;C&lt;/p&gt;&lt;iframe src="https://evil.example/"&gt;&lt;/iframe&gt;' });
    version = 2;
    await expect(worker.fetch(sourceId)).resolves.toEqual({ status: 'fetched', inserted: 1, updated: 1 });
    const [a, b, c] = await entries();
    expect(a!.updatedAt.getTime()).toBe(first[0]!.updatedAt.getTime());
    expect(a!.contentHash).toBe(first[0]!.contentHash);
    expect(b!.contentHtml).toContain('B edited');
    expect(b!.contentHtml).not.toMatch(/onerror/i);
    expect(b!.contentHash).not.toBe(first[1]!.contentHash);
    expect(b!.editedAt).not.toBeNull();
    expect(c!.contentHtml).toContain('C');
    expect(c!.contentHtml).not.toContain('evil.example');

    // Idempotent: the same page again stores nothing, and each item exists once.
    version = 3;
    await expect(worker.fetch(sourceId)).resolves.toEqual({ status: 'fetched', inserted: 0, updated: 0 });
    expect(await worker.prisma.entry.count({ where: { sourceId } })).toBe(3);
    expect(origin.unexpected).toEqual([]);
  });
});
