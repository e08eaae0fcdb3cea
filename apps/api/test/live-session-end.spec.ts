import { randomBytes, randomUUID } from 'node:crypto';
import { hashGuid } from '@tributary/db';
import { CHANNEL } from '@tributary/jobs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LiveHub } from '../src/modules/live/live-hub.service.js';
import { startApi, type ApiHarness } from './support/api-harness.js';
import { startApiWorld, useWorld } from './support/api-world.js';
import { DEFAULT_PASSWORD, LOG_IN, sessionCookieFrom, type TestUser } from './support/factories.js';
import { openSseStream, type OpenSseStream, postSubscription } from './support/sse-stream.js';

const TIMELINE = 'subscription { timelineUpdates { entries { id } } }';
const NOTIFICATIONS = 'subscription { notificationAdded { type actor { handle } } }';
/** How soon a stream on the other API process must end after the mutation that ends its session. */
const ENDS_WITHIN_MS = 2_000;

/**
 * Live streams end with their session (issue 15, item 2). Two API processes share one database and one
 * Redis, as replicas behind a load balancer do: every session is ended through process A while its
 * streams are open on process B (and A), and those streams complete at once; streams of sessions that
 * did not end keep delivering.
 */
describe('live streams end when their session ends', () => {
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const world = useWorld(() => startApiWorld({ QUEUE_PREFIX: prefix }));
  let other: ApiHarness;
  let redis: Redis;
  let sourceId: string;

  beforeAll(async () => {
    other = await startApi({ QUEUE_PREFIX: prefix });
    redis = new Redis(other.config.REDIS_URL, { lazyConnect: true });
    await redis.connect();
    const key = `https://live-session-end.test/${randomUUID()}`;
    sourceId = (
      await world.db.source.create({ data: { kind: 'RSS', key, fetchUrl: key, title: 'Live', status: 'OK' } })
    ).id;
  });

  afterAll(async () => {
    redis?.disconnect();
    await other?.close();
  });

  /** A member subscribed to the test source (so their timeline streams get its new entries). */
  async function reader(): Promise<TestUser> {
    const user = await world.member();
    await world.db.subscription.create({ data: { userId: user.id, sourceId } });
    return user;
  }

  /** Another session of `user`: a sign-in from a second browser. */
  async function secondSession(user: TestUser): Promise<string> {
    const response = await world.api.gql(LOG_IN, { input: { login: user.handle, password: user.password } });
    expect(response.errors).toBeUndefined();
    return sessionCookieFrom(response)!;
  }

  interface Streams {
    timeline: OpenSseStream;
    notifications: OpenSseStream;
  }

  const opened: OpenSseStream[] = [];
  afterAll(() => opened.forEach((stream) => stream.close()));

  async function openStreams(api: ApiHarness, cookie: string): Promise<Streams> {
    const [timeline, notifications] = await Promise.all([
      openSseStream(api.url, cookie, TIMELINE),
      openSseStream(api.url, cookie, NOTIFICATIONS),
    ]);
    opened.push(timeline, notifications);
    return { timeline, notifications };
  }

  /** Gives freshly opened streams time to register with the hub. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  async function expectEnded(streams: Streams, since: number): Promise<void> {
    for (const stream of [streams.timeline, streams.notifications]) {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('the stream is still open')), ENDS_WITHIN_MS + 1_000).unref(),
      );
      const { at, sawComplete } = await Promise.race([stream.completed, timeout]);
      expect(sawComplete).toBe(true);
      expect(at - since).toBeLessThan(ENDS_WITHIN_MS);
    }
  }

  /** A new entry of the test source (as the worker announces it) and a new follower of `followed`. */
  async function deliverTo(followed: TestUser): Promise<{ entryId: string; follower: string }> {
    const guid = randomUUID();
    const entry = await world.db.entry.create({
      data: { sourceId, guid, guidHash: hashGuid(guid), title: 'still live', sortAt: new Date() },
    });
    await redis.publish(CHANNEL.sourceEntries(prefix), JSON.stringify({ sourceId, entryIds: [entry.id] }));
    const follower = await world.member();
    await world.as(follower, `mutation { follow(handle: "${followed.handle}") { id } }`);
    return { entryId: entry.id, follower: follower.handle };
  }

  async function expectDelivering(
    streams: Streams,
    delivered: { entryId: string; follower: string },
  ): Promise<void> {
    await streams.timeline.next((data) => JSON.stringify(data).includes(delivered.entryId));
    await streams.notifications.next((data) => JSON.stringify(data).includes(delivered.follower));
    expect(streams.timeline.isCompleted()).toBe(false);
    expect(streams.notifications.isCompleted()).toBe(false);
  }

  async function expectRefused(cookie: string): Promise<void> {
    const response = await postSubscription(other.url, cookie, TIMELINE);
    expect(await response.text()).toMatch(/UNAUTHENTICATED/);
  }

  it('revokeSession ends the revoked session’s streams on every process; the others keep delivering', async () => {
    const user = await reader();
    const revoked = await secondSession(user);
    const [kept, endedHere, endedThere] = [
      await openStreams(other, user.cookie),
      await openStreams(world.api, revoked),
      await openStreams(other, revoked),
    ];
    await settle();
    const sessions = await world.as<{ sessions: { id: string; isCurrent: boolean }[] }>(
      user,
      '{ sessions { id isCurrent } }',
    );
    const target = sessions.sessions.find((session) => !session.isCurrent)!;

    const since = Date.now();
    await world.as(user, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: target.id });
    await expectEnded(endedThere, since);
    await expectEnded(endedHere, since);
    await expectDelivering(kept, await deliverTo(user));
    await expectRefused(revoked);
  });

  it('logOut ends that session’s streams on the other process', async () => {
    const user = await reader();
    const leaving = await secondSession(user);
    const kept = await openStreams(other, user.cookie);
    const ended = await openStreams(other, leaving);
    await settle();

    const since = Date.now();
    const response = await world.api.gql('mutation { logOut }', {}, { cookie: leaving });
    expect(response.errors).toBeUndefined();
    await expectEnded(ended, since);
    await expectDelivering(kept, await deliverTo(user));
    await expectRefused(leaving);
  });

  it('logOutOtherSessions ends every other session’s streams and keeps this one’s', async () => {
    const user = await reader();
    const [second, third] = [await secondSession(user), await secondSession(user)];
    const kept = await openStreams(other, user.cookie);
    const ended = [await openStreams(other, second), await openStreams(other, third)];
    await settle();

    const since = Date.now();
    const result = await world.as<{ logOutOtherSessions: number }>(user, 'mutation { logOutOtherSessions }');
    expect(result.logOutOtherSessions).toBe(2);
    for (const streams of ended) await expectEnded(streams, since);
    await expectDelivering(kept, await deliverTo(user));
  });

  it('a password change ends the streams of every earlier session, this browser’s included', async () => {
    const [user, bystander] = [await reader(), await reader()];
    const second = await secondSession(user);
    const ended = [await openStreams(other, user.cookie), await openStreams(other, second)];
    const kept = await openStreams(other, bystander.cookie);
    await settle();

    const since = Date.now();
    const response = await world.api.gql(
      'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }',
      { input: { currentPassword: DEFAULT_PASSWORD, newPassword: 'a completely different passphrase' } },
      { cookie: user.cookie },
    );
    expect(response.errors).toBeUndefined();
    for (const streams of ended) await expectEnded(streams, since);
    await expectDelivering(kept, await deliverTo(bystander));
    await expectRefused(second);

    // The browser that changed it reconnects with its new cookie and is live again.
    const renewed = await openStreams(other, sessionCookieFrom(response)!);
    await settle();
    await expectDelivering(renewed, await deliverTo(user));
  });

  it('suspension ends every stream of the suspended member, on every process', async () => {
    const [admin, user, bystander] = [await world.member('ADMIN'), await reader(), await reader()];
    const second = await secondSession(user);
    const ended = [await openStreams(other, user.cookie), await openStreams(world.api, second)];
    const kept = await openStreams(other, bystander.cookie);
    await settle();

    const since = Date.now();
    await world.as(admin, 'mutation($id: ID!) { suspendUser(id: $id) { id } }', { id: user.id });
    for (const streams of ended) await expectEnded(streams, since);
    await expectDelivering(kept, await deliverTo(bystander));
    await expectRefused(user.cookie);
  });

  it('account deletion ends the deleted member’s streams', async () => {
    const user = await reader();
    const ended = await openStreams(other, user.cookie);
    await settle();

    const since = Date.now();
    await world.as(user, 'mutation($password: String!) { deleteAccount(password: $password) }', {
      password: user.password,
    });
    await expectEnded(ended, since);
  });

  it('the periodic re-check ends streams whose session ended without an announcement (expired, or deleted while Redis was missed)', async () => {
    const [expiring, deleted, bystander] = [await reader(), await reader(), await reader()];
    const ended = [await openStreams(other, expiring.cookie), await openStreams(other, deleted.cookie)];
    const kept = await openStreams(other, bystander.cookie);
    await settle();
    const hub = other.app.get(LiveHub);
    const before = hub.openStreamCount();

    // No announcement reaches any process: the rows change behind the API's back.
    const past = Date.now() - 60_000;
    await world.db.session.updateMany({
      where: { userId: expiring.id },
      data: {
        createdAt: new Date(past - 1_000),
        lastSeenAt: new Date(past - 1_000),
        expiresAt: new Date(past),
      },
    });
    await world.db.session.deleteMany({ where: { userId: deleted.id } });
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const streams of ended) expect(streams.timeline.isCompleted()).toBe(false);

    const since = Date.now();
    await hub.recheckSessions(); // what runs every SESSION_RECHECK_MS
    for (const streams of ended) await expectEnded(streams, since);
    expect(hub.openStreamCount()).toBe(before - 4);
    await expectDelivering(kept, await deliverTo(bystander));
  });

  it('a stream closed by its client leaves the hub', async () => {
    const user = await reader();
    const hub = other.app.get(LiveHub);
    const before = hub.openStreamCount();
    const streams = await openStreams(other, user.cookie);
    await settle();
    expect(hub.openStreamCount()).toBe(before + 2);
    streams.timeline.close();
    streams.notifications.close();
    await expect.poll(() => hub.openStreamCount(), { timeout: 2_000 }).toBe(before);
  });
});
