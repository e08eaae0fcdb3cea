import { randomUUID } from 'node:crypto';
import { createPrismaClient, normalizeEmail, normalizeHandle, type PrismaClient, type User } from '@tributary/db';
import { createTestDatabase, type TestDatabase } from '@tributary/db/testing';
import { CHANNEL, notificationEvent } from '@tributary/jobs';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LivePublisher } from './live-publisher.js';
import { insertNotifications, NotificationWriter } from './notification-writer.js';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `domain-spec-${randomUUID().slice(0, 8)}`;

let database: TestDatabase;
let prisma: PrismaClient;
let publisher: Redis;
let subscriber: Redis;
let writer: NotificationWriter;
let warnings: string[];
/** Notification events received on the live channel, in order. */
let received: { userId: string; notificationId: string }[];

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: database.url, poolSize: 4 });
  publisher = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  subscriber = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 });
  await subscriber.subscribe(CHANNEL.notifications(prefix));
  subscriber.on('message', (_channel: string, message: string) => {
    received.push(notificationEvent.parse(JSON.parse(message)));
  });
  writer = new NotificationWriter(prisma, new LivePublisher(publisher, prefix, (message) => warnings.push(message)));
});

afterAll(async () => {
  subscriber?.disconnect();
  publisher?.disconnect();
  await prisma?.$disconnect();
  await database?.drop();
});

beforeEach(() => {
  received = [];
  warnings = [];
});

function createUser(): Promise<User> {
  const handle = `u_${randomUUID().slice(0, 8)}`;
  return prisma.user.create({
    data: {
      handle,
      handleLower: normalizeHandle(handle),
      email: normalizeEmail(`${handle}@example.test`),
      passwordHash: 'argon2id$test',
      displayName: handle,
    },
  });
}

/** Publishing is awaited, so a PING on the subscriber's connection returns after every message sent before it. */
async function settled(): Promise<void> {
  await subscriber.call('PING');
}

describe('NotificationWriter', () => {
  it('stores an event once per recipient and delivers only what it stored', async () => {
    const [recipient, actor] = [await createUser(), await createUser()];
    const item = { userId: recipient.id, type: 'NEW_FOLLOWER' as const, actorId: actor.id, dedupeKey: `follow:${actor.id}` };

    const first = await writer.notify([item]);
    const again = await writer.notify([item]);
    await settled();

    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(await prisma.notification.count({ where: { userId: recipient.id } })).toBe(1);
    expect(received).toEqual([{ userId: recipient.id, notificationId: first[0]!.id }]);
  });

  it('never notifies people of their own actions', async () => {
    const user = await createUser();
    const created = await writer.notify([
      { userId: user.id, type: 'REPLY', actorId: user.id, dedupeKey: `reply:${randomUUID()}` },
    ]);
    expect(created).toEqual([]);
    expect(await prisma.notification.count({ where: { userId: user.id } })).toBe(0);
  });

  it('skips recipients who block the actor, but still tells them about their own claims', async () => {
    const [blocker, other, actor] = [await createUser(), await createUser(), await createUser()];
    await prisma.block.create({ data: { blockerId: blocker.id, blockedId: actor.id } });

    const created = await writer.notify([
      { userId: blocker.id, type: 'MENTION', actorId: actor.id, dedupeKey: `mention:${randomUUID()}` },
      { userId: other.id, type: 'MENTION', actorId: actor.id, dedupeKey: `mention:${randomUUID()}` },
      { userId: blocker.id, type: 'CLAIM_LOST', actorId: actor.id, dedupeKey: `claim-lost:${randomUUID()}` },
    ]);

    expect(created.map((row) => [row.userId, row.type]).sort()).toEqual(
      [
        [blocker.id, 'CLAIM_LOST'],
        [other.id, 'MENTION'],
      ].sort(),
    );
  });

  it('writes inside a transaction: nothing is stored when it rolls back', async () => {
    const [recipient, actor] = [await createUser(), await createUser()];
    const rollback = new Error('roll back');
    await expect(
      prisma.$transaction(async (tx) => {
        const rows = await insertNotifications(tx, [
          { userId: recipient.id, type: 'INVITE_REDEEMED', actorId: actor.id, dedupeKey: `invite-redeemed:${actor.id}` },
        ]);
        expect(rows).toHaveLength(1);
        throw rollback;
      }),
    ).rejects.toBe(rollback);
    expect(await prisma.notification.count({ where: { userId: recipient.id } })).toBe(0);
  });

  it('announces rows written in a transaction once asked to', async () => {
    const [recipient, actor] = [await createUser(), await createUser()];
    const rows = await prisma.$transaction((tx) =>
      insertNotifications(tx, [
        { userId: recipient.id, type: 'INVITE_REDEEMED', actorId: actor.id, dedupeKey: `invite-redeemed:${actor.id}` },
      ]),
    );
    await writer.announce(rows);
    await settled();
    expect(received).toEqual([{ userId: recipient.id, notificationId: rows[0]!.id }]);
  });

  it('keeps the rows and reports, without throwing, when live delivery is unreachable', async () => {
    // A client that fails fast: nothing listens on port 1.
    const down = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, lazyConnect: true, maxRetriesPerRequest: 0 });
    down.on('error', () => undefined);
    const offline = new NotificationWriter(prisma, new LivePublisher(down, prefix, (message) => warnings.push(message)));
    const [recipient, actor] = [await createUser(), await createUser()];
    try {
      const created = await offline.notify([
        { userId: recipient.id, type: 'NEW_FOLLOWER', actorId: actor.id, dedupeKey: `follow:${actor.id}` },
      ]);
      expect(created).toHaveLength(1);
      expect(await prisma.notification.count({ where: { userId: recipient.id } })).toBe(1);
      expect(warnings).toEqual([expect.stringContaining(`could not publish notification ${created[0]!.id}`)]);
    } finally {
      down.disconnect();
    }
  });
});
