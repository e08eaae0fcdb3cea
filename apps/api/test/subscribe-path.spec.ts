import { hashGuid } from '@tributary/db';
import { QUEUE } from '@tributary/jobs';
import { openQueue } from '@tributary/jobs/queues';
import { rssFeed } from '@tributary/test-support';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { startSocialWorld } from './support/social-world.js';

const PREVIEW = `mutation P($input: String!) { previewSource(input: $input) { sourceId title recentItems { title } source { id } } }`;
const SUBSCRIBE = `mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }`;
const TIMELINE = `query { timeline(first: 20) { edges { node { id title } } } }`;
const HEALTH = `query H($id: ID!) { source(id: $id) {
  health { lastFetchedAt lastFetchResult lastFetchNewEntries }
  schedule { isPolled nextFetchAt reason explanation }
} }`;

const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);

async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs: number,
  what: string,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the subscribe path: one resolve per add, fresh on arrival', () => {
  const world = useWorld(() => startSocialWorld({ RATE_LIMIT_REFRESH_SOURCE: '1/60' }));
  let reader: TestUser;
  let redis: Redis;
  let resolveQueue: ReturnType<typeof openQueue<typeof QUEUE.resolveSource>>;

  beforeAll(async () => {
    reader = await world.member();
    redis = new Redis(world.api.config.REDIS_URL, { maxRetriesPerRequest: null });
    resolveQueue = openQueue(QUEUE.resolveSource, {
      connection: redis,
      prefix: world.api.config.QUEUE_PREFIX,
    });
  });

  afterAll(async () => {
    await resolveQueue?.close();
    redis?.disconnect();
  });

  async function resolveJobs(): Promise<number> {
    const counts = await resolveQueue.getJobCounts('completed', 'failed', 'active', 'waiting', 'delayed');
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  }

  it('previews a new RSS source with exactly one GET and stores it with the posts it showed', async () => {
    world.origin.feed('/one-get.xml', () =>
      rssFeed('One GET', [
        { guid: 'og-2', title: 'second', date: hoursAgo(1) },
        { guid: 'og-1', title: 'first', date: hoursAgo(2) },
      ]),
    );
    const before = world.origin.requests.length;
    const { previewSource } = await world.as<{
      previewSource: {
        sourceId: string;
        title: string;
        recentItems: { title: string }[];
        source: { id: string };
      };
    }>(reader, PREVIEW, { input: world.origin.url('/one-get.xml') });
    expect(world.origin.requestsTo('/one-get.xml')).toHaveLength(1);
    expect(world.origin.requests.length - before).toBe(1);
    expect(previewSource.recentItems.map((item) => item.title)).toEqual(['second', 'first']);
    // New to Tributary: `source` stays null as before; sourceId names the stored row.
    expect(previewSource.source).toBeNull();
    expect(await world.db.source.count({ where: { id: previewSource.sourceId, status: 'OK' } })).toBe(1);
    const stored = await world.db.entry.findMany({
      where: { sourceId: previewSource.sourceId },
      select: { title: true },
    });
    expect(stored.map((entry) => entry.title).sort()).toEqual(['first', 'second']);
    // Previewed again, Tributary knows it.
    const again = await world.as<{ previewSource: { sourceId: string; source: { id: string } | null } }>(
      reader,
      PREVIEW,
      {
        input: world.origin.url('/one-get.xml'),
      },
    );
    expect(again.previewSource).toMatchObject({
      sourceId: previewSource.sourceId,
      source: { id: previewSource.sourceId },
    });
  });

  it('subscribes by id without resolving again: no resolve job, no GET, the posts in the timeline', async () => {
    world.origin.feed('/by-id.xml', () =>
      rssFeed('By id', [{ guid: 'bi-1', title: 'by id post', date: hoursAgo(1) }]),
    );
    const { previewSource } = await world.as<{ previewSource: { sourceId: string } }>(reader, PREVIEW, {
      input: world.origin.url('/by-id.xml'),
    });
    const jobs = await resolveJobs();
    const gets = world.origin.requests.length;
    await world.as(reader, SUBSCRIBE, { input: { sourceId: previewSource.sourceId } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await resolveJobs()).toBe(jobs);
    expect(world.origin.requests.length).toBe(gets);
    const { timeline } = await world.as<{ timeline: { edges: { node: { title: string } }[] } }>(
      reader,
      TIMELINE,
    );
    expect(timeline.edges.map((edge) => edge.node.title)).toContain('by id post');
  });

  it('refuses a subscribe input naming two things or none', async () => {
    const both = await world.raw(reader, SUBSCRIBE, {
      input: { sourceId: '00000000-0000-7000-8000-000000000000', url: 'https://example.org' },
    });
    expect(errorCode(both)).toBe('BAD_USER_INPUT');
    const none = await world.raw(reader, SUBSCRIBE, { input: {} });
    expect(errorCode(none)).toBe('BAD_USER_INPUT');
  });

  it('fetches a known, stale source at once: its newest posts reach a new subscriber within 5 s', async () => {
    const posts = [{ guid: 'st-1', title: 'old post', date: hoursAgo(30) }];
    world.origin.feed('/stale.xml', () => rssFeed('Stale', posts));
    const { previewSource } = await world.as<{ previewSource: { sourceId: string } }>(reader, PREVIEW, {
      input: world.origin.url('/stale.xml'),
    });
    // Someone added it long ago; the feed has posted since.
    await world.db.source.update({
      where: { id: previewSource.sourceId },
      data: { lastSuccessAt: hoursAgo(24) },
    });
    posts.unshift({ guid: 'st-2', title: 'brand new post', date: hoursAgo(0.1) });
    const newcomer = await world.member();
    const started = Date.now();
    await world.as(newcomer, SUBSCRIBE, { input: { sourceId: previewSource.sourceId } });
    await waitFor(
      async () => {
        const { timeline } = await world.as<{ timeline: { edges: { node: { title: string } }[] } }>(
          newcomer,
          TIMELINE,
        );
        return timeline.edges.some((edge) => edge.node.title === 'brand new post');
      },
      5_000,
      'the newest post in the timeline',
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('keeps the deprecated `source` string and the `url` field working (one resolve each)', async () => {
    world.origin.feed('/legacy.xml', () =>
      rssFeed('Legacy', [{ guid: 'lg-1', title: 'legacy', date: hoursAgo(1) }]),
    );
    world.origin.feed('/by-url.xml', () =>
      rssFeed('By URL', [{ guid: 'bu-1', title: 'by url', date: hoursAgo(1) }]),
    );
    const legacy = await world.as<{ subscribe: { source: { id: string } } }>(reader, SUBSCRIBE, {
      input: { source: world.origin.url('/legacy.xml') },
    });
    const byUrl = await world.as<{ subscribe: { source: { id: string } } }>(reader, SUBSCRIBE, {
      input: { url: world.origin.url('/by-url.xml') },
    });
    expect(legacy.subscribe.source.id).toBeTruthy();
    expect(byUrl.subscribe.source.id).toBeTruthy();
    expect(world.origin.requestsTo('/legacy.xml')).toHaveLength(1);
    expect(world.origin.requestsTo('/by-url.xml')).toHaveLength(1);
    // The legacy field still takes a known source's id.
    const again = await world.as<{ subscribe: { source: { id: string } } }>(reader, SUBSCRIBE, {
      input: { source: legacy.subscribe.source.id },
    });
    expect(again.subscribe.source.id).toBe(legacy.subscribe.source.id);
    expect(world.origin.requestsTo('/legacy.xml')).toHaveLength(1);
  });

  it('refreshes on request, shows the result, and limits refreshes per source', async () => {
    world.origin.feed('/refresh.xml', () =>
      rssFeed('Refresh', [{ guid: 'rf-1', title: 'refresh me', date: hoursAgo(1) }]),
    );
    const { subscribe } = await world.as<{ subscribe: { source: { id: string } } }>(reader, SUBSCRIBE, {
      input: { url: world.origin.url('/refresh.xml') },
    });
    const id = subscribe.source.id;
    type Health = {
      source: { health: { lastFetchedAt: string; lastFetchResult: string; lastFetchNewEntries: number } };
    };
    const before = (await world.as<Health>(reader, HEALTH, { id })).source.health;
    expect(before).toMatchObject({ lastFetchResult: 'NEW_ENTRIES', lastFetchNewEntries: 1 });
    await world.as(reader, `mutation R($id: ID!) { refreshSource(sourceId: $id) { id } }`, { id });
    const after = await waitFor(
      async () => {
        const { health } = (await world.as<Health>(reader, HEALTH, { id })).source;
        return health.lastFetchedAt !== before.lastFetchedAt && health;
      },
      5_000,
      'the refresh',
    );
    expect(after.lastFetchResult).toBe('NO_NEW_ENTRIES');
    expect(after.lastFetchNewEntries).toBe(0);
    const again = await world.raw(reader, `mutation R($id: ID!) { refreshSource(sourceId: $id) { id } }`, {
      id,
    });
    expect(errorCode(again)).toBe('RATE_LIMITED');
  });

  it('shows the schedule and why, never beyond FETCH_MAX_INTERVAL, and stops polling without subscribers', async () => {
    // A ten-day <ttl>: the ceiling (FETCH_MAX_INTERVAL, 4 h by default) wins.
    world.origin.feed('/slow.xml', () =>
      rssFeed('Slow', [{ guid: 'sl-1', title: 'slow', date: hoursAgo(1) }], '<ttl>14400</ttl>'),
    );
    const { subscribe } = await world.as<{ subscribe: { source: { id: string } } }>(reader, SUBSCRIBE, {
      input: { url: world.origin.url('/slow.xml') },
    });
    type Schedule = {
      source: {
        schedule: { isPolled: boolean; nextFetchAt: string | null; reason: string; explanation: string };
      };
    };
    const { schedule } = (await world.as<Schedule>(reader, HEALTH, { id: subscribe.source.id })).source;
    expect(schedule).toMatchObject({ isPolled: true, reason: 'MAX_INTERVAL' });
    expect(new Date(schedule.nextFetchAt!).getTime()).toBeLessThanOrEqual(Date.now() + 14_400_000);
    expect(schedule.explanation).toMatch(
      /^Next fetch in about \d+ hours: .*checked at least every 4 hours\.$/,
    );
    await world.as(reader, `mutation U($id: ID!) { unsubscribe(sourceId: $id) }`, {
      id: subscribe.source.id,
    });
    const unsubscribed = (await world.as<Schedule>(reader, HEALTH, { id: subscribe.source.id })).source
      .schedule;
    expect(unsubscribed).toMatchObject({ isPolled: false, nextFetchAt: null });
    expect(unsubscribed.explanation).toBe('Not fetched on a schedule: nobody subscribes to it.');
  });

  it('exposes where a forwarded post came from, with http(s) links only', async () => {
    const source = await world.db.source.create({
      data: { kind: 'TELEGRAM', key: `telegram:fwd${Date.now()}`, fetchUrl: 'https://t.me/s/fwd' },
    });
    const [forwarded, unsafe, plain] = await Promise.all(
      [
        { forwardedFrom: { name: 'Origin Channel', url: 'https://t.me/origin/42' } },
        { forwardedFrom: { name: 'Sneaky', url: 'javascript:alert(1)' } },
        null,
      ].map((extra, index) =>
        world.db.entry.create({
          data: {
            sourceId: source.id,
            guid: `fwd-${index}`,
            guidHash: hashGuid(`fwd-${index}`),
            sortAt: new Date(),
            kind: 'POST',
            ...(extra && { extra }),
          },
        }),
      ),
    );
    const query = `query E($id: ID!) { entry(id: $id) { forwardedFrom { name url } } }`;
    type Answer = { entry: { forwardedFrom: { name: string; url: string | null } | null } };
    expect((await world.as<Answer>(reader, query, { id: forwarded!.id })).entry.forwardedFrom).toEqual({
      name: 'Origin Channel',
      url: 'https://t.me/origin/42',
    });
    expect((await world.as<Answer>(reader, query, { id: unsafe!.id })).entry.forwardedFrom).toEqual({
      name: 'Sneaky',
      url: null,
    });
    expect((await world.as<Answer>(reader, query, { id: plain!.id })).entry.forwardedFrom).toBeNull();
  });
});
