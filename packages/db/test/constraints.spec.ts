import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createPrismaClient,
  hashGuid,
  isCheckViolation,
  isUniqueViolation,
  normalizeEmail,
  normalizeHandle,
  type PrismaClient,
  type Source,
  type User,
} from '../src/index.js';
import { createTestDatabase, type TestDatabase } from '../src/testing.js';

let db: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  db = await createTestDatabase();
  prisma = createPrismaClient({ databaseUrl: db.url, poolSize: 5 });
});

afterAll(async () => {
  await prisma?.$disconnect();
  await db?.drop();
});

function createUser(overrides: { handle?: string; email?: string } = {}): Promise<User> {
  const handle = overrides.handle ?? `u_${randomUUID().slice(0, 8)}`;
  return prisma.user.create({
    data: {
      handle,
      handleLower: normalizeHandle(handle),
      email: normalizeEmail(overrides.email ?? `${handle}@example.test`),
      passwordHash: 'argon2id$test',
      displayName: handle,
    },
  });
}

function createSource(): Promise<Source> {
  const key = `https://example.test/${randomUUID()}/feed.xml`;
  return prisma.source.create({ data: { kind: 'RSS', key, fetchUrl: key } });
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the write to be rejected');
}

describe('database constraints', () => {
  it('rejects a second entry with the same (sourceId, guidHash)', async () => {
    const source = await createSource();
    const data = { sourceId: source.id, guid: 'post-1', guidHash: hashGuid('post-1'), sortAt: new Date() };
    await prisma.entry.create({ data });
    expect(isUniqueViolation(await rejection(prisma.entry.create({ data })))).toBe(true);
    // … but the same guid in another source is fine.
    const other = await createSource();
    await prisma.entry.create({ data: { ...data, sourceId: other.id } });
  });

  it('makes the entry upsert idempotent', async () => {
    const source = await createSource();
    const guidHash = hashGuid('same');
    const upsert = (title: string) =>
      prisma.entry.upsert({
        where: { sourceId_guidHash: { sourceId: source.id, guidHash } },
        create: { sourceId: source.id, guid: 'same', guidHash, title, sortAt: new Date() },
        update: { title },
      });
    await Promise.all([upsert('a'), upsert('b')].map((p) => p.catch(() => upsert('c'))));
    await upsert('edited');
    const entries = await prisma.entry.findMany({ where: { sourceId: source.id } });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.title).toBe('edited');
  });

  it('never lets usesCount exceed maxUses', async () => {
    const invite = await prisma.invite.create({ data: { code: `code-${randomUUID()}` } });
    await prisma.invite.update({ where: { id: invite.id }, data: { usesCount: 1 } });
    const error = await rejection(prisma.invite.update({ where: { id: invite.id }, data: { usesCount: 2 } }));
    expect(isCheckViolation(error, 'Invite_usesCount_check')).toBe(true);
  });

  it('admits one person when a single-use code is redeemed concurrently', async () => {
    const invite = await prisma.invite.create({ data: { code: `race-${randomUUID()}` } });
    const redeem = () =>
      prisma.invite.updateMany({
        where: { id: invite.id, revokedAt: null, usesCount: { lt: 1 } },
        data: { usesCount: { increment: 1 } },
      });
    const results = await Promise.all(Array.from({ length: 8 }, redeem));
    expect(results.reduce((sum, r) => sum + r.count, 0)).toBe(1);
    expect((await prisma.invite.findUniqueOrThrow({ where: { id: invite.id } })).usesCount).toBe(1);
  });

  it('rejects following or blocking oneself', async () => {
    const user = await createUser();
    const follow = await rejection(prisma.follow.create({ data: { followerId: user.id, followeeId: user.id } }));
    expect(isCheckViolation(follow, 'Follow_not_self_check')).toBe(true);
    const block = await rejection(prisma.block.create({ data: { blockerId: user.id, blockedId: user.id } }));
    expect(isCheckViolation(block, 'Block_not_self_check')).toBe(true);
  });

  it('allows at most one VERIFIED claim per source', async () => {
    const [alice, bob, source] = await Promise.all([createUser(), createUser(), createSource()]);
    const expiresAt = new Date(Date.now() + 86_400_000);
    const verified = { status: 'VERIFIED' as const, method: 'DESCRIPTION' as const, verifiedAt: new Date() };
    await prisma.claim.create({
      data: { userId: alice.id, sourceId: source.id, code: `c-${randomUUID()}`, expiresAt, ...verified },
    });
    // Others may try (PENDING, FAILED) as often as they like …
    const bobs = await prisma.claim.create({
      data: { userId: bob.id, sourceId: source.id, code: `c-${randomUUID()}`, expiresAt },
    });
    // … but a second VERIFIED claim is refused until the first one is revoked.
    const error = await rejection(prisma.claim.update({ where: { id: bobs.id }, data: verified }));
    expect(isUniqueViolation(error)).toBe(true);

    await prisma.$transaction([
      prisma.claim.updateMany({
        where: { sourceId: source.id, status: 'VERIFIED' },
        data: { status: 'REVOKED', revokedAt: new Date() },
      }),
      prisma.claim.update({ where: { id: bobs.id }, data: verified }),
    ]);
  });

  it('allows one PENDING claim per user and source', async () => {
    const [user, source] = await Promise.all([createUser(), createSource()]);
    const pending = () =>
      prisma.claim.create({
        data: { userId: user.id, sourceId: source.id, code: `c-${randomUUID()}`, expiresAt: new Date(Date.now() + 1000) },
      });
    await pending();
    expect(isUniqueViolation(await rejection(pending()))).toBe(true);
  });

  it('keeps handles unique regardless of case, and handleLower honest', async () => {
    await createUser({ handle: 'MixedCase', email: 'first@example.test' });
    const clash = await rejection(createUser({ handle: 'mixedcase', email: 'second@example.test' }));
    expect(isUniqueViolation(clash)).toBe(true);

    const lying = await rejection(
      prisma.user.create({
        data: {
          handle: 'Someone',
          handleLower: 'someone_else',
          email: 'someone@example.test',
          passwordHash: 'x',
          displayName: 'x',
        },
      }),
    );
    expect(isCheckViolation(lying, 'User_handleLower_check')).toBe(true);

    const badHandle = await rejection(createUser({ handle: 'no spaces!' }));
    expect(isCheckViolation(badHandle, 'User_handle_format_check')).toBe(true);
  });

  it('keeps emails unique regardless of case', async () => {
    await createUser({ email: 'Person@Example.test' });
    expect(isUniqueViolation(await rejection(createUser({ email: 'person@example.TEST' })))).toBe(true);
    const raw = await rejection(
      prisma.user.create({
        data: { handle: 'raw_email', handleLower: 'raw_email', email: 'Raw@Example.test', passwordHash: 'x', displayName: 'x' },
      }),
    );
    expect(isCheckViolation(raw, 'User_email_check')).toBe(true);
  });

  it('turns a deleted author into a tombstone and keeps the thread', async () => {
    const [author, replier, source] = await Promise.all([createUser(), createUser(), createSource()]);
    const entry = await prisma.entry.create({
      data: { sourceId: source.id, guid: 'g', guidHash: hashGuid('g'), sortAt: new Date() },
    });
    const root = await prisma.comment.create({ data: { entryId: entry.id, authorId: author.id, body: 'hello' } });
    await prisma.comment.create({
      data: { entryId: entry.id, authorId: replier.id, parentId: root.id, body: 'hi back' },
    });
    await prisma.user.delete({ where: { id: author.id } });
    const thread = await prisma.comment.findMany({ where: { entryId: entry.id }, orderBy: { createdAt: 'asc' } });
    expect(thread).toHaveLength(2);
    expect(thread[0]?.authorId).toBeNull();
  });
});
