import { beforeAll, describe, expect, it } from 'vitest';
import { rssFeed } from '@tributary/test-support';
import { useWorld } from './support/api-world.js';
import { signUpUser, type TestUser } from './support/factories.js';
import { startSocialWorld, type SocialWorld } from './support/social-world.js';

/** Reads an SSE response, calling `onEvent` with each `data:` payload until it answers true. */
async function readEvents(response: Response, onEvent: (data: unknown) => boolean, signal: AbortSignal): Promise<void> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  signal.addEventListener('abort', () => void reader.cancel());
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let boundary: number;
    while ((boundary = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, boundary);
      buffer = buffer.slice(boundary + 2);
      const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
      if (data && onEvent(JSON.parse(data))) {
        await reader.cancel();
        return;
      }
    }
  }
}

function subscribe(world: SocialWorld, user: TestUser, query: string, signal: AbortSignal): Promise<Response> {
  return fetch(world.api.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-tributary-client': 'test', cookie: user.cookie },
    body: JSON.stringify({ query }),
    signal,
  });
}

describe('live updates over SSE', () => {
  const world = useWorld(() => startSocialWorld());
  let reader: TestUser;
  let other: TestUser;
  let posts: { guid: string; title: string; date: Date }[];

  beforeAll(async () => {
    posts = [{ guid: 'live-0', title: 'first post', date: new Date(Date.now() - 3_600_000) }];
    world.origin.feed('/live.xml', () => rssFeed('Live feed', posts));
    [reader, other] = await Promise.all([world.member(), world.member()]);
  });

  it('delivers an entry the worker ingests to a subscribed client within 2 seconds', async () => {
    const subscribed = await world.as<{ subscribe: { source: { id: string } } }>(
      reader,
      `mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }`,
      { input: { source: world.origin.url('/live.xml') } },
    );
    const sourceId = subscribed.subscribe.source.id;
    const controller = new AbortController();
    const response = await subscribe(world, reader, `subscription { timelineUpdates { entries { id title source { id } } } }`, controller.signal);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    await new Promise((resolve) => setTimeout(resolve, 300)); // the subscription is registered

    let receivedAt = 0;
    let received: { title: string; source: { id: string } }[] = [];
    const listening = readEvents(
      response,
      (data) => {
        const entries = (data as { data?: { timelineUpdates?: { entries: { title: string; source: { id: string } }[] } } }).data?.timelineUpdates?.entries;
        if (!entries) return false;
        received = entries;
        receivedAt = Date.now();
        return true;
      },
      controller.signal,
    );

    posts.unshift({ guid: 'live-1', title: 'breaking news', date: new Date() });
    const ingestStarted = Date.now();
    await world.as(reader, `mutation R($id: ID!) { refreshSource(sourceId: $id) { id } }`, { id: sourceId });
    const timer = setTimeout(() => controller.abort(), 10_000);
    await listening;
    clearTimeout(timer);
    controller.abort();

    expect(received.map((entry) => entry.title)).toEqual(['breaking news']);
    expect(received[0]!.source.id).toBe(sourceId);
    expect(receivedAt - ingestStarted).toBeLessThan(2_000);
  });

  it("delivers a followee's share, with who shared it and their note, within 2 seconds", async () => {
    const [sharer, follower, stranger] = await Promise.all([world.member(), world.member(), world.member()]);
    const subscribed = await world.as<{ subscribe: { source: { id: string } } }>(
      sharer,
      `mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }`,
      { input: { source: world.origin.url('/live.xml') } },
    );
    const page = await world.as<{ timeline: { edges: { node: { id: string } }[] } }>(sharer, `{ timeline(first: 1) { edges { node { id } } } }`);
    const entryId = page.timeline.edges[0]!.node.id;
    expect(subscribed.subscribe.source.id).toBeTruthy();
    await world.as(follower, `mutation { follow(handle: "${sharer.handle}") { id } }`);

    const query = `subscription { timelineUpdates { entries { id sharedBy { note user { handle } } } } }`;
    const controller = new AbortController();
    const [forFollower, forStranger] = await Promise.all([
      subscribe(world, follower, query, controller.signal),
      subscribe(world, stranger, query, controller.signal),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    type Update = { data?: { timelineUpdates?: { entries: { id: string; sharedBy: { note: string; user: { handle: string } } | null }[] } } };
    let received: Update['data'] | undefined;
    let receivedAt = 0;
    let strangerGot = false;
    const listening = readEvents(forFollower, (data) => ((received = (data as Update).data), (receivedAt = Date.now()), true), controller.signal);
    void readEvents(forStranger, () => (strangerGot = true), controller.signal).catch(() => undefined);

    const sharedAt = Date.now();
    await world.as(sharer, `mutation S($input: ShareInput!) { share(input: $input) { id } }`, { input: { entryId, note: 'worth your time' } });
    const timer = setTimeout(() => controller.abort(), 10_000);
    await listening;
    clearTimeout(timer);
    await new Promise((resolve) => setTimeout(resolve, 500));
    controller.abort();

    expect(received?.timelineUpdates?.entries).toEqual([{ id: entryId, sharedBy: { note: 'worth your time', user: { handle: sharer.handle } } }]);
    expect(receivedAt - sharedAt).toBeLessThan(2_000);
    expect(strangerGot).toBe(false);
  });

  it('pushes notifications to their recipient only', async () => {
    const controller = new AbortController();
    const response = await subscribe(world, reader, `subscription { notificationAdded { type actor { handle } } }`, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    let got: unknown = null;
    const listening = readEvents(response, (data) => ((got = (data as { data?: unknown }).data ?? null), got !== null), controller.signal);
    await world.as(other, `mutation { follow(handle: "${reader.handle}") { id } }`);
    const timer = setTimeout(() => controller.abort(), 5_000);
    await listening;
    clearTimeout(timer);
    controller.abort();
    expect(got).toEqual({ notificationAdded: { type: 'NEW_FOLLOWER', actor: { handle: other.handle } } });
  });

  it("pushes an inviter's INVITE_REDEEMED when someone signs up with their invite", async () => {
    const controller = new AbortController();
    const response = await subscribe(world, reader, `subscription { notificationAdded { type actor { handle } } }`, controller.signal);
    await new Promise((resolve) => setTimeout(resolve, 300));
    let got: unknown = null;
    const listening = readEvents(response, (data) => ((got = (data as { data?: unknown }).data ?? null), got !== null), controller.signal);
    const invited = await signUpUser(world.api, world.db, { invitedById: reader.id });
    const timer = setTimeout(() => controller.abort(), 5_000);
    await listening;
    clearTimeout(timer);
    controller.abort();
    expect(got).toEqual({ notificationAdded: { type: 'INVITE_REDEEMED', actor: { handle: invited.handle } } });
  });

  it('refuses anonymous subscribers', async () => {
    const response = await fetch(world.api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', 'x-tributary-client': 'test' },
      body: JSON.stringify({ query: 'subscription { timelineUpdates { entries { id } } }' }),
    });
    const text = await response.text();
    expect(text).toMatch(/UNAUTHENTICATED/);
  });
});
