// The WebSub subscriber end to end: the real API (callback) and the real worker (hub requests, pushes)
// against a local hub written to the W3C recommendation (@tributary/test-support WebSubHub).
import { QUEUE, queuePrefix } from '@tributary/jobs';
import { openQueue, type TypedQueue } from '@tributary/jobs/queues';
import { WebSubHub } from '@tributary/test-support';
import { QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { startSocialWorld, type SocialWorld } from './support/social-world.js';

interface Post {
  guid: string;
  title: string;
  date?: Date;
}

/** An Atom feed naming its hub and itself, as WebSub publishers do. */
function atomFeed(title: string, hubUrl: string, selfUrl: string, posts: Post[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title><id>urn:test:${encodeURIComponent(title)}</id>
<updated>${new Date().toISOString()}</updated><link rel="hub" href="${hubUrl}"/><link rel="self" href="${selfUrl}"/>
${posts
  .map(
    (post) =>
      `<entry><id>${post.guid}</id><title>${post.title}</title><link href="https://example.org/${post.guid}"/><updated>${(post.date ?? new Date()).toISOString()}</updated><content type="html">&lt;p&gt;${post.title}&lt;/p&gt;</content></entry>`,
  )
  .join('\n')}
</feed>`;
}

async function waitFor<T>(
  probe: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  what: string,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const MAX_BODY = 64 * 1024;
const FETCH_MAX_INTERVAL = 7_200;

describe('WebSub subscriber', () => {
  const hub = new WebSubHub();
  /** A hub granting 4-second leases, for renewal. */
  const shortHub = new WebSubHub({ maxLeaseSeconds: 4 });
  /** A hub that answers every request with 500. */
  const brokenHub = new WebSubHub({ refuseWith: 500 });
  const world = useWorld(async () => {
    await Promise.all([hub.start(), shortHub.start(), brokenHub.start()]);
    return startSocialWorld({ GRAPHQL_MAX_BODY_BYTES: String(MAX_BODY) }, (origin, apiOrigin) => ({
      FETCH_ALLOW_PRIVATE_HOSTS: [origin.host, hub.host, shortHub.host, brokenHub.host].join(','),
      // The callback is <PUBLIC_WEB_URL>/websub/<token>; no web app here, the API answers it directly.
      PUBLIC_WEB_URL: apiOrigin,
      FETCH_MAX_INTERVAL: String(FETCH_MAX_INTERVAL),
      WEBSUB_LEASE_SECONDS: '86400',
      WEBSUB_ENABLED: 'true',
    }));
  });
  let reader: TestUser;
  let websubQueue: TypedQueue<typeof QUEUE.websub>;
  let websubEvents: QueueEvents;
  let redis: Redis;
  const feeds = new Map<string, Post[]>();

  beforeAll(async () => {
    reader = await world.member();
    redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
    websubQueue = openQueue(QUEUE.websub, { connection: redis, prefix: world.api.config.QUEUE_PREFIX });
    websubEvents = new QueueEvents(QUEUE.websub, {
      connection: redis.duplicate(),
      prefix: queuePrefix(world.api.config.QUEUE_PREFIX),
    });
    await websubEvents.waitUntilReady();
  });

  afterAll(async () => {
    await websubEvents?.close();
    await websubQueue?.close();
    redis?.disconnect();
    await Promise.all([hub.close(), shortHub.close(), brokenHub.close()]);
  });

  /** Serves an Atom feed at `path` advertising `viaHub`, and subscribes the reader; answers the source and topic. */
  async function subscribeTo(path: string, viaHub: WebSubHub, posts: Post[], who: TestUser = reader) {
    const topic = world.origin.url(path);
    feeds.set(path, posts);
    world.origin.route(path, (_request, response) => {
      response
        .writeHead(200, { 'content-type': 'application/atom+xml; charset=utf-8' })
        .end(atomFeed(path, viaHub.url, topic, feeds.get(path)!));
    });
    const data = await world.as<{ subscribe: { source: { id: string } } }>(
      who,
      'mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }',
      { input: { source: topic } },
    );
    return { sourceId: data.subscribe.source.id, topic };
  }

  function subscriptionOf(sourceId: string) {
    return world.db.webSubSubscription.findUnique({ where: { sourceId } });
  }

  async function activeSubscription(sourceId: string, viaHub: WebSubHub, topic: string) {
    await waitFor(() => viaHub.subscribersOf(topic).length === 1, 'the hub to verify the subscription');
    return waitFor(async () => {
      const row = await subscriptionOf(sourceId);
      return row?.state === 'ACTIVE' ? row : null;
    }, 'the subscription to be ACTIVE');
  }

  /** Runs the maintenance pass now (the worker's scheduler runs it every minute) and waits for it. */
  async function runMaintenance(): Promise<{ renew: number; retry: number; unsubscribe: number }> {
    const job = await websubQueue.add(QUEUE.websub, { task: 'maintain' });
    return (await job.waitUntilFinished(websubEvents, 15_000)) as never;
  }

  function entriesOf(sourceId: string) {
    return world.db.entry.findMany({
      where: { sourceId },
      select: { guid: true, title: true },
      orderBy: { guid: 'asc' },
    });
  }

  it('subscribes to the hub a feed advertises and confirms the hub verification of intent', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/verify.atom', hub, [
      { guid: 'verify-1', title: 'First' },
    ]);
    const row = await activeSubscription(sourceId, hub, topic);

    const [request] = hub.requestsFor(topic, 'subscribe');
    expect(request).toMatchObject({ topic, leaseSeconds: 86_400, verified: true });
    // Callback under PUBLIC_WEB_URL with the subscription's unguessable token; the secret is ours alone.
    expect(request!.callback).toBe(`${new URL(world.api.url).origin}/websub/${row.callbackToken}`);
    expect(row.callbackToken).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(request!.secret).toBe(row.secret);
    expect(row.secret).toMatch(/^[0-9a-f]{64}$/);
    expect(row.leaseSeconds).toBe(86_400);
    expect(row.leaseExpiresAt!.getTime()).toBeGreaterThan(Date.now() + 86_000_000);

    // The callback confirms only what was asked: its topic, in its state.
    const callback = request!.callback;
    const ask = (params: Record<string, string>, url = callback) =>
      fetch(`${url}?${new URLSearchParams(params).toString()}`);
    const wrongTopic = await ask({
      'hub.mode': 'subscribe',
      'hub.topic': `${topic}?other`,
      'hub.challenge': 'c1',
      'hub.lease_seconds': '60',
    });
    expect(wrongTopic.status).toBe(404);
    const notAsked = await ask({ 'hub.mode': 'unsubscribe', 'hub.topic': topic, 'hub.challenge': 'c2' });
    expect(notAsked.status).toBe(404);
    const unknown = await ask(
      { 'hub.mode': 'subscribe', 'hub.topic': topic, 'hub.challenge': 'c3', 'hub.lease_seconds': '60' },
      `${callback.slice(0, -4)}AAAA`,
    );
    expect(unknown.status).toBe(404);
    expect((await subscriptionOf(sourceId))!.state).toBe('ACTIVE');

    // A pushed source is still polled, as a safety net, every FETCH_MAX_INTERVAL.
    const before = (await world.db.source.findUniqueOrThrow({ where: { id: sourceId } })).lastFetchedAt;
    await world.as(reader, 'mutation R($id: ID!) { refreshSource(sourceId: $id) { id } }', { id: sourceId });
    const fetched = await waitFor(async () => {
      const source = await world.db.source.findUniqueOrThrow({ where: { id: sourceId } });
      return source.lastFetchedAt && source.lastFetchedAt.getTime() !== before?.getTime() ? source : null;
    }, 'the refresh');
    expect(fetched.fetchIntervalSeconds).toBe(FETCH_MAX_INTERVAL);
  });

  it('stores a signed push through the worker, without fetching the feed, and shows it in the timeline', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/push.atom', hub, [
      { guid: 'push-1', title: 'Old post', date: new Date(Date.now() - 3_600_000) },
    ]);
    await activeSubscription(sourceId, hub, topic);
    const fetchesBefore = world.origin.requestsTo('/websub/push.atom').length;

    const deliveries = await hub.publish(
      topic,
      atomFeed('push', hub.url, topic, [{ guid: 'push-2', title: 'Pushed post' }]),
    );
    expect(deliveries.map((delivery) => delivery.status)).toEqual([202]);
    await waitFor(
      async () => (await entriesOf(sourceId)).some((entry) => entry.guid === 'push-2'),
      'the pushed entry',
    );

    const timeline = await world.as<{
      timeline: { edges: { node: { title: string; source: { id: string } } }[] };
    }>(reader, 'query { timeline(first: 20) { edges { node { title source { id } } } } }');
    expect(timeline.timeline.edges.map((edge) => edge.node)).toContainEqual({
      title: 'Pushed post',
      source: { id: sourceId },
    });
    expect(world.origin.requestsTo('/websub/push.atom')).toHaveLength(fetchesBefore);
    expect((await subscriptionOf(sourceId))!.lastPushAt).not.toBeNull();

    // SHA-1 signatures are accepted too.
    await hub.publish(
      topic,
      atomFeed('push', hub.url, topic, [{ guid: 'push-3', title: 'Signed with SHA-1' }]),
      { signature: 'sha1' },
    );
    await waitFor(
      async () => (await entriesOf(sourceId)).some((entry) => entry.guid === 'push-3'),
      'the SHA-1 signed entry',
    );
  });

  it('drops unsigned and badly signed pushes', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/signed.atom', hub, [
      { guid: 'signed-1', title: 'Old' },
    ]);
    await activeSubscription(sourceId, hub, topic);

    const unsigned = await hub.publish(
      topic,
      atomFeed('x', hub.url, topic, [{ guid: 'forged-1', title: 'Unsigned' }]),
      { signature: 'none' },
    );
    const forged = await hub.publish(
      topic,
      atomFeed('x', hub.url, topic, [{ guid: 'forged-2', title: 'Wrong key' }]),
      { signature: 'wrong-secret' },
    );
    // Acknowledged (no signature oracle), but counted and not enqueued.
    expect([...unsigned, ...forged].map((delivery) => delivery.status)).toEqual([202, 202]);
    expect((await subscriptionOf(sourceId))!.rejectedPushes).toBe(2);

    await hub.publish(topic, atomFeed('x', hub.url, topic, [{ guid: 'signed-2', title: 'Genuine' }]));
    await waitFor(
      async () => (await entriesOf(sourceId)).some((entry) => entry.guid === 'signed-2'),
      'the genuine push',
    );
    const guids = (await entriesOf(sourceId)).map((entry) => entry.guid);
    expect(guids).not.toContain('forged-1');
    expect(guids).not.toContain('forged-2');
  });

  it('never lets a push write into another source', async () => {
    const a = await subscribeTo('/websub/a.atom', hub, [{ guid: 'shared-guid', title: 'A original' }]);
    const b = await subscribeTo('/websub/b.atom', hub, [{ guid: 'shared-guid', title: 'B original' }]);
    await activeSubscription(a.sourceId, hub, a.topic);
    await activeSubscription(b.sourceId, hub, b.topic);
    const aCallback = hub.subscribersOf(a.topic)[0]!.callback;

    // Pushed to A's callback, a document claiming to be B (B's self link, B's guid, a new guid).
    const claimingB = atomFeed('b', hub.url, b.topic, [
      { guid: 'shared-guid', title: 'Rewritten by a push' },
      { guid: 'b-intruder', title: 'Intruder' },
    ]);
    const [delivery] = await hub.publish(a.topic, claimingB, { callback: aCallback });
    expect(delivery!.status).toBe(202);
    await waitFor(
      async () => (await entriesOf(a.sourceId)).some((entry) => entry.guid === 'b-intruder'),
      'the push stored into A',
    );
    expect(await entriesOf(b.sourceId)).toEqual([{ guid: 'shared-guid', title: 'B original' }]);

    // B's content signed with B's secret but sent to A's callback is refused: the key is per callback.
    const bSecret = (await subscriptionOf(b.sourceId))!.secret;
    const body = atomFeed('b', hub.url, b.topic, [{ guid: 'b-cross', title: 'Cross' }]);
    const { createHmac } = await import('node:crypto');
    const cross = await fetch(aCallback, {
      method: 'POST',
      headers: {
        'content-type': 'application/atom+xml',
        'x-hub-signature': `sha256=${createHmac('sha256', bSecret).update(body).digest('hex')}`,
      },
      body,
    });
    expect(cross.status).toBe(202);
    expect((await subscriptionOf(a.sourceId))!.rejectedPushes).toBe(1);
  });

  it('records a hub that refuses the request', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/broken.atom', brokenHub, [
      { guid: 'broken-1', title: 'Polled' },
    ]);
    const failed = await waitFor(async () => {
      const row = await subscriptionOf(sourceId);
      return row?.state === 'FAILED' ? row : null;
    }, 'the refused subscription');
    expect(brokenHub.requestsFor(topic, 'subscribe')).toHaveLength(1);
    expect(failed.lastError).toMatch(/HTTP 500/);
    expect(failed.leaseExpiresAt).toBeNull();
  });

  it('drops a signed push that does not parse, leaving the source healthy', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/garbage.atom', hub, [
      { guid: 'garbage-1', title: 'Fine' },
    ]);
    await activeSubscription(sourceId, hub, topic);
    expect(
      (await hub.publish(topic, 'this is not a feed', { contentType: 'text/plain' })).map((d) => d.status),
    ).toEqual([202]);
    await hub.publish(
      topic,
      atomFeed('g', hub.url, topic, [{ guid: 'garbage-2', title: 'After the garbage' }]),
    );
    await waitFor(
      async () => (await entriesOf(sourceId)).some((entry) => entry.guid === 'garbage-2'),
      'the next good push',
    );
    const source = await world.db.source.findUniqueOrThrow({ where: { id: sourceId } });
    expect({ status: source.status, lastError: source.lastError }).toEqual({ status: 'OK', lastError: null });
  });

  it('refuses pushed bodies over the request size limit', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/big.atom', hub, [
      { guid: 'big-1', title: 'Small' },
    ]);
    await activeSubscription(sourceId, hub, topic);
    const huge = atomFeed('big', hub.url, topic, [{ guid: 'big-2', title: 'x'.repeat(MAX_BODY + 1) }]);
    expect((await hub.publish(topic, huge)).map((delivery) => delivery.status)).toEqual([413]);
  });

  it('renews a lease before it ends, keeping its callback and secret', async () => {
    const { sourceId, topic } = await subscribeTo('/websub/lease.atom', shortHub, [
      { guid: 'lease-1', title: 'Leased' },
    ]);
    const first = await activeSubscription(sourceId, shortHub, topic);
    expect(first.leaseSeconds).toBe(4);

    // Renewal is due once half of the lease (2 s) is left.
    await waitFor(() => first.leaseExpiresAt!.getTime() - Date.now() < 1_900, 'half of the lease to pass');
    await runMaintenance();
    await waitFor(
      () => shortHub.requestsFor(topic, 'subscribe').filter((request) => request.verified).length === 2,
      'the renewal to be verified',
    );
    const renewed = await waitFor(async () => {
      const row = await subscriptionOf(sourceId);
      return row && row.leaseExpiresAt!.getTime() > first.leaseExpiresAt!.getTime() ? row : null;
    }, 'the lease to be extended');
    expect(renewed).toMatchObject({
      state: 'ACTIVE',
      callbackToken: first.callbackToken,
      secret: first.secret,
    });
    const [, second] = shortHub.requestsFor(topic, 'subscribe');
    expect(second!.callback).toBe(shortHub.requestsFor(topic, 'subscribe')[0]!.callback);
  });

  it('unsubscribes from the hub when the last subscriber leaves', async () => {
    const other = await world.member();
    const { sourceId, topic } = await subscribeTo('/websub/leave.atom', hub, [
      { guid: 'leave-1', title: 'Leaving' },
    ]);
    await world.as(
      other,
      'mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }',
      { input: { source: topic } },
    );
    const row = await activeSubscription(sourceId, hub, topic);
    const callback = hub.subscribersOf(topic)[0]!.callback;

    // One subscriber left: the hub subscription stays.
    await world.as(reader, 'mutation U($id: ID!) { unsubscribe(sourceId: $id) }', { id: sourceId });
    expect((await runMaintenance()).unsubscribe).toBe(0);
    // The last one leaves: the maintenance pass unsubscribes, and the hub verifies it with us.
    await world.as(other, 'mutation U($id: ID!) { unsubscribe(sourceId: $id) }', { id: sourceId });
    expect((await runMaintenance()).unsubscribe).toBe(1);
    await waitFor(
      () => hub.requestsFor(topic, 'unsubscribe').some((request) => request.verified),
      'the verified unsubscription',
    );
    expect(hub.requestsFor(topic, 'unsubscribe')).toHaveLength(1);
    expect(hub.subscribersOf(topic)).toEqual([]);
    const ended = await waitFor(async () => {
      const current = await subscriptionOf(sourceId);
      return current?.state === 'UNSUBSCRIBED' ? current : null;
    }, 'the subscription to end');
    expect(ended.callbackToken).toBe(row.callbackToken);

    // The old callback now answers 410 Gone (which tells any hub to stop).
    const late = await fetch(callback, {
      method: 'POST',
      headers: { 'content-type': 'application/atom+xml' },
      body: '<feed/>',
    });
    expect(late.status).toBe(410);
  });
});

export type { SocialWorld };
