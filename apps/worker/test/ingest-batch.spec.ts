import { randomUUID } from 'node:crypto';
import { type NormalizedItem } from '@tributary/bridges';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EntriesRepository } from '../src/ingest/store/entries.repository.js';
import { type SuccessUpdate, SourcesRepository } from '../src/ingest/store/sources.repository.js';
import { startWorker, type WorkerHarness } from './support/worker-harness.js';

function item(guid: string, overrides: Partial<NormalizedItem> = {}): NormalizedItem {
  return {
    guid,
    url: `https://example.org/${guid}`,
    title: `Post ${guid}`,
    contentHtml: `<p>${guid}</p>`,
    summary: guid,
    author: null,
    publishedAt: new Date(Date.now() - 3600_000),
    media: [],
    kind: 'article',
    fingerprint: `fp-${guid}`,
    ...overrides,
  };
}

function success(etag: string): SuccessUpdate {
  return {
    meta: { title: 'Batched', description: null, siteUrl: null, imageUrl: null },
    state: { etag, lastModified: null, cursor: null },
    nextFetchAt: new Date(Date.now() + 3600_000),
    intervalSeconds: 3600,
    postsPerDay: 1,
    lastEntryAt: null,
    httpStatus: 200,
    fetchMs: 120,
  };
}

/**
 * Fetches finishing together share one write statement (EntriesRepository) and jobs starting together
 * one read (SourcesRepository). Each caller is answered only once its rows are committed, a failure
 * stays with the fetches that cause it, and no entry is ever stored twice.
 */
describe('batched reads and writes of the fetch path', () => {
  let worker: WorkerHarness;
  let entries: EntriesRepository;
  let sources: SourcesRepository;

  beforeAll(async () => {
    worker = await startWorker();
    entries = worker.app.get(EntriesRepository);
    sources = worker.app.get(SourcesRepository);
  });

  afterAll(async () => {
    await worker?.close();
  });

  const createSources = (count: number) =>
    Promise.all(
      Array.from({ length: count }, (_, index) =>
        worker.prisma.source.create({
          data: { kind: 'RSS', key: `rss:batch-${randomUUID()}-${index}`, fetchUrl: `https://example.org/${index}.xml` },
        }),
      ),
    );

  it('stores the pages of many sources together; each caller sees its rows committed when answered', async () => {
    const created = await createSources(12);
    const seenAtAnswer = await Promise.all(
      created.map(async (source, index) => {
        const outcome = await entries.storeFetch(source.id, [item(`${index}-a`), item(`${index}-b`)], success(`"e${index}"`));
        // Read through another connection the moment the caller is answered.
        const stored = await worker.prisma.entry.count({ where: { sourceId: source.id } });
        const row = await worker.prisma.source.findUniqueOrThrow({ where: { id: source.id } });
        return { outcome, stored, etag: row.etag };
      }),
    );
    seenAtAnswer.forEach(({ outcome, stored, etag }, index) => {
      expect(outcome.inserted).toHaveLength(2);
      expect(outcome.updated).toHaveLength(0);
      expect(stored).toBe(2);
      expect(etag).toBe(`"e${index}"`);
    });
  });

  it('fails only the write that cannot be stored; the others in its batch are committed', async () => {
    const [good1, good2] = await createSources(2);
    const missing = randomUUID(); // no such source: its entries violate the foreign key
    const results = await Promise.allSettled([
      entries.storeFetch(good1!.id, [item('g1')], success('"g1"')),
      entries.storeFetch(missing, [item('m1')], success('"m1"')),
      entries.storeFetch(good2!.id, [item('g2')], success('"g2"')),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await worker.prisma.entry.count({ where: { sourceId: { in: [good1!.id, good2!.id] } } })).toBe(2);
    expect(await worker.prisma.entry.count({ where: { sourceId: missing } })).toBe(0);
  });

  it('never stores an item twice, even when one source is written twice at once', async () => {
    const [source] = await createSources(1);
    const page = [item('x1'), item('x2'), item('x1')];
    const [first, second] = await Promise.all([
      entries.storeFetch(source!.id, page, success('"x"')),
      entries.storeFetch(source!.id, page, success('"x"')),
    ]);
    expect(first.inserted).toHaveLength(2);
    expect(second).toEqual({ inserted: [], updated: [] });
    expect(await worker.prisma.entry.count({ where: { sourceId: source!.id } })).toBe(2);
  });

  it('records a 304 without touching validators or metadata, batched with stores', async () => {
    const [stored, unchanged] = await createSources(2);
    await entries.storeFetch(unchanged!.id, [item('u1')], success('"u-before"'));
    const nextFetchAt = new Date(Date.now() + 7200_000);
    await Promise.all([
      entries.storeFetch(stored!.id, [item('s1')], success('"s"')),
      entries.recordNotModified(unchanged!.id, nextFetchAt, 7200, 80),
    ]);
    const row = await worker.prisma.source.findUniqueOrThrow({ where: { id: unchanged!.id } });
    expect(row).toMatchObject({
      etag: '"u-before"',
      title: 'Batched',
      lastHttpStatus: 304,
      status: 'OK',
      fetchIntervalSeconds: 7200,
      lastFetchMs: 80,
    });
    expect(row.nextFetchAt.getTime()).toBe(nextFetchAt.getTime());
    expect(await worker.prisma.entry.count({ where: { sourceId: unchanged!.id } })).toBe(1);
  });

  it('loads the sources of jobs starting together with one query, each with its own fingerprints', async () => {
    const created = await createSources(5);
    await Promise.all(created.map((source, index) => entries.storeFetch(source.id, [item(`k${index}`)], success('"k"'))));
    const loaded = await Promise.all([...created.map((source) => sources.loadForFetch(source.id)), sources.loadForFetch(randomUUID())]);
    created.forEach((source, index) => {
      expect(loaded[index]).toMatchObject({ id: source.id, etag: '"k"', knownItems: [`fp-k${index}`] });
    });
    expect(loaded.at(-1)).toBeNull();
  });
});
