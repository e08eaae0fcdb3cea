// The timeline has two query plans (docs/timeline.md): the recent-window plan, used when it finds a
// full page, and the per-source plan, exact for any timeline. This walks whole timelines with both,
// page by page, and asserts that whenever the window plan says it is complete it returned exactly what
// the per-source plan returns — for every view it serves, unread-only, followed creators' sources,
// shares (minus a blocked person's) and ties on the sort time — and that it steps aside when the
// viewer's entries are too sparse among everyone's.
import { randomUUID } from 'node:crypto';
import { hashGuid, type PrismaClient } from '@tributary/db';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { type ApiConfig } from '../src/common/config.js';
import { PrismaService } from '../src/common/prisma.service.js';
import { TimelineView } from '../src/modules/timeline/dto/timeline-filter.input.js';
import { type TimelineQuery, TimelineRepository, type TimelineRow } from '../src/modules/timeline/timeline.repository.js';
import { testDb, uniqueSuffix } from './support/factories.js';

const PAGE = 10;
const DAY = 86_400_000;

/** A deterministic stream of numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function makeUser(db: PrismaClient) {
  const handle = `plan_${uniqueSuffix()}`;
  return db.user.create({ data: { handle, handleLower: handle, email: `${handle}@example.test`, passwordHash: 'x', displayName: handle } });
}

async function makeSources(db: PrismaClient, count: number) {
  return Promise.all(
    Array.from({ length: count }, () =>
      db.source.create({ data: { kind: 'RSS', key: `https://plans.test/${randomUUID()}`, fetchUrl: 'https://plans.test/feed.xml', title: 'plan source', status: 'OK' } }),
    ),
  );
}

/** `perSource` entries in each source, at minute-rounded times in [from, from + span) so many tie. */
async function addEntries(db: PrismaClient, sourceIds: string[], perSource: number, from: number, span: number, next: () => number) {
  const rows = sourceIds.flatMap((sourceId) =>
    Array.from({ length: perSource }, () => {
      const guid = randomUUID();
      const at = new Date(from + Math.floor((next() * span) / 60_000) * 60_000);
      return { sourceId, guid, guidHash: hashGuid(guid), title: 't', kind: next() < 0.6 ? ('ARTICLE' as const) : ('POST' as const), sortAt: at, publishedAt: at };
    }),
  );
  await db.entry.createMany({ data: rows });
}

const key = (row: TimelineRow) => `${row.itemId}/${row.shareId ?? '-'}/${row.itemAt.toISOString()}`;

describe('timeline query plans', () => {
  let db: PrismaClient;
  let prisma: PrismaService;
  let timeline: TimelineRepository;

  /** Walks the whole timeline from `start`; answers how many pages the window plan served. */
  async function walk(base: Omit<TimelineQuery, 'after' | 'limit'>, start: Date): Promise<{ pages: number; windowPages: number; items: number }> {
    let after: TimelineQuery['after'] = { at: start, id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' };
    let pages = 0;
    let windowPages = 0;
    let items = 0;
    for (;;) {
      const query: TimelineQuery = { ...base, after, limit: PAGE + 1 };
      const [window, perSource] = await Promise.all([timeline.windowPage(query), timeline.perSourcePage(query)]);
      pages += 1;
      if (window[0]?.complete) {
        windowPages += 1;
        expect(window.map(key), `page ${pages}`).toEqual(perSource.map(key));
      }
      expect((await timeline.page(query)).map(key)).toEqual(perSource.map(key));
      items += Math.min(PAGE, perSource.length);
      if (perSource.length <= PAGE) return { pages, windowPages, items };
      const last = perSource[PAGE - 1]!;
      after = { at: last.itemAt, id: last.itemId };
    }
  }

  beforeAll(() => {
    db = testDb();
    prisma = new PrismaService({ DATABASE_URL: inject('databaseUrl'), DATABASE_POOL_SIZE: 4 } as ApiConfig);
    timeline = new TimelineRepository(prisma);
  });

  afterAll(async () => {
    await prisma?.onApplicationShutdown();
    await db?.$disconnect();
  });

  describe('a timeline of many sources (entries of 1990, where no other test writes)', () => {
    const start = new Date('1991-01-01T00:00:00Z');
    let viewerId: string;

    beforeAll(async () => {
      const next = random(42);
      const from = Date.parse('1990-01-01T00:00:00Z');
      const [viewer, creator, friend, other, blocked] = await Promise.all([makeUser(db), makeUser(db), makeUser(db), makeUser(db), makeUser(db)]);
      viewerId = viewer.id;
      const [subscribed, creators, noise] = await Promise.all([makeSources(db, 30), makeSources(db, 2), makeSources(db, 10)]);
      await addEntries(db, subscribed.map((source) => source.id), 30, from, 60 * DAY, next);
      await addEntries(db, creators.map((source) => source.id), 30, from, 60 * DAY, next);
      await addEntries(db, noise.map((source) => source.id), 30, from, 60 * DAY, next);
      await db.subscription.createMany({ data: subscribed.map((source) => ({ userId: viewer.id, sourceId: source.id })) });
      await db.claim.createMany({
        data: creators.map((source, i) => ({ userId: creator.id, sourceId: source.id, code: `plans-${uniqueSuffix()}-${i}`, method: 'DESCRIPTION' as const, status: 'VERIFIED' as const, verifiedAt: new Date(), expiresAt: new Date(Date.now() + DAY) })),
      });
      await db.follow.createMany({ data: [creator, friend, other, blocked].map((followee) => ({ followerId: viewer.id, followeeId: followee.id })) });
      await db.block.create({ data: { blockerId: viewer.id, blockedId: blocked.id } });
      // Shares of noise entries (not otherwise visible) by three followees, one of them blocked.
      const shared = await db.entry.findMany({ where: { sourceId: { in: noise.map((source) => source.id) } }, select: { id: true }, take: 90 });
      await db.share.createMany({
        data: shared.map((entry, i) => ({
          userId: [friend, other, blocked][i % 3]!.id,
          entryId: entry.id,
          note: `note ${i}`,
          createdAt: new Date(from + Math.floor((next() * 60 * DAY) / 60_000) * 60_000),
        })),
      });
      // Every third subscribed entry read, for unread-only.
      const read = await db.entry.findMany({ where: { sourceId: { in: subscribed.map((source) => source.id) } }, select: { id: true }, orderBy: { id: 'asc' } });
      await db.entryState.createMany({ data: read.filter((_, i) => i % 3 === 0).map((entry) => ({ userId: viewer.id, entryId: entry.id, readAt: new Date() })) });
    });

    it('serves the whole timeline from the window plan, item for item what the per-source plan gives', { timeout: 120_000 }, async () => {
      const result = await walk({ viewerId, view: TimelineView.ALL, unreadOnly: false, sourceId: null, folderId: null }, start);
      // 900 subscribed + 60 creators' entries + 60 shares by the two followees not blocked.
      expect(result.items).toBe(1020);
      expect(result.windowPages).toBeGreaterThan(result.pages * 0.9);
    });

    it('agrees with the per-source plan for articles, social posts and unread only', { timeout: 120_000 }, async () => {
      for (const view of [TimelineView.ARTICLES, TimelineView.SOCIAL]) {
        for (const unreadOnly of [false, true]) {
          const result = await walk({ viewerId, view, unreadOnly, sourceId: null, folderId: null }, start);
          expect(result.windowPages, `${view} unread=${unreadOnly}`).toBeGreaterThan(result.pages / 2);
        }
      }
    });
  });

  describe('a timeline whose entries are rare among everyone’s (1980)', () => {
    it('steps aside for the per-source plan, which finds every entry', { timeout: 120_000 }, async () => {
      const next = random(7);
      const viewer = await makeUser(db);
      const [mine, busy] = await Promise.all([makeSources(db, 2), makeSources(db, 1)]);
      await addEntries(db, mine.map((source) => source.id), 20, Date.parse('1980-01-01T00:00:00Z'), 30 * DAY, next);
      // 4,100 newer entries of a source the viewer does not follow fill the whole window.
      await addEntries(db, busy.map((source) => source.id), 4_100, Date.parse('1980-03-01T00:00:00Z'), 30 * DAY, next);
      await db.subscription.createMany({ data: mine.map((source) => ({ userId: viewer.id, sourceId: source.id })) });
      const base = { viewerId: viewer.id, view: TimelineView.ALL, unreadOnly: false, sourceId: null, folderId: null };
      const start = new Date('1981-01-01T00:00:00Z');
      const first = await timeline.windowPage({ ...base, after: { at: start, id: 'ffffffff-ffff-ffff-ffff-ffffffffffff' }, limit: PAGE + 1 });
      expect(first[0]?.complete ?? false).toBe(false);
      // Past the busy month the viewer's own entries are dense again and the window serves them.
      const result = await walk(base, start);
      expect(result.items).toBe(40);
      expect(result.windowPages).toBeLessThan(result.pages);
    });
  });
});
