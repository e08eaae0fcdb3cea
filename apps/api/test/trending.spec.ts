import { beforeAll, describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { makeSource, startDiscoveryWorld } from './support/discovery-world.js';

const TRENDING = `query T($window: TrendingWindow!) { trending(window: $window, first: 10) {
  window halfLifeHours
  entries { entry { id title } score peopleCount sharesCount commentsCount }
  sources { source { id title } score peopleCount newSubscribersCount } } }`;

interface TrendingData {
  trending: {
    halfLifeHours: number;
    entries: { entry: { id: string; title: string }; score: number; peopleCount: number; sharesCount: number; commentsCount: number }[];
    sources: { source: { id: string; title: string }; score: number; peopleCount: number; newSubscribersCount: number }[];
  };
}

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

describe('trending', () => {
  const world = useWorld(() => startDiscoveryWorld('tributary_test_trending'));
  let people: TestUser[];
  let viewer: TestUser;
  let old: string; // 4 shares 20 hours ago
  let fresh: string; // 2 shares 1 hour ago
  let spammed: string; // one person shares and comments over and over
  let sourceId: string;

  beforeAll(async () => {
    people = await Promise.all(Array.from({ length: 6 }, () => world.member()));
    viewer = people[5]!;
    const source = await makeSource(world.db, 'Trending source', [{ title: 'Old story' }, { title: 'Fresh story' }, { title: 'Spammed story' }]);
    sourceId = source.id;
    [old, fresh, spammed] = source.entryIds as [string, string, string];
    // Someone subscribes, so the source is public (search and trending show only public sources).
    await world.db.subscription.create({ data: { userId: viewer.id, sourceId, createdAt: hoursAgo(24 * 30) } });
    await world.db.share.createMany({
      data: [
        ...people.slice(0, 4).map((person) => ({ userId: person.id, entryId: old, createdAt: hoursAgo(20) })),
        ...people.slice(0, 2).map((person) => ({ userId: person.id, entryId: fresh, createdAt: hoursAgo(1) })),
      ],
    });
  });

  const trending = async (window: 'DAY' | 'WEEK') => (await world.as<TrendingData>(viewer, TRENDING, { window })).trending;

  it('ranks by decayed activity: the day favours fresh activity, the week the larger older one', async () => {
    const day = await trending('DAY');
    expect(day.halfLifeHours).toBe(6);
    expect(day.entries.map((item) => item.entry.title)).toEqual(['Fresh story', 'Old story']);
    // 2 shares 1 h old at half-life 6 h: 2 × 3 × 0.5^(1/6).
    expect(day.entries[0]!.score).toBeCloseTo(6 * 0.5 ** (1 / 6), 2);
    expect(day.entries[0]).toMatchObject({ peopleCount: 2, sharesCount: 2, commentsCount: 0 });

    const week = await trending('WEEK');
    expect(week.halfLifeHours).toBe(36);
    expect(week.entries.map((item) => item.entry.title)).toEqual(['Old story', 'Fresh story']);
  });

  it('changes as activity ages: scores halve every half-life and activity leaves the window', async () => {
    const before = await trending('DAY');
    // Everything happened 6 hours earlier than it did.
    await world.db.$executeRaw`UPDATE "Share" SET "createdAt" = "createdAt" - interval '6 hours'`;
    const after = await trending('DAY');
    const score = (list: typeof before, title: string) => list.entries.find((item) => item.entry.title === title)?.score;
    expect(score(after, 'Fresh story')).toBeCloseTo(score(before, 'Fresh story')! / 2, 2);
    // The old shares are now 26 hours old: outside the day, still in the week.
    expect(score(after, 'Old story')).toBeUndefined();
    expect((await trending('WEEK')).entries.map((item) => item.entry.title)).toContain('Old story');

    // New activity overtakes aged activity.
    await world.db.share.createMany({ data: people.slice(2, 4).map((person) => ({ userId: person.id, entryId: spammed, createdAt: hoursAgo(0.1) })) });
    expect((await trending('DAY')).entries[0]!.entry.title).toBe('Spammed story');
    await world.db.share.deleteMany({ where: { entryId: spammed } });
  });

  it('counts one person once per item however often they act', async () => {
    const spammer = people[4]!;
    await world.db.share.create({ data: { userId: spammer.id, entryId: spammed, createdAt: hoursAgo(0.5) } });
    const once = (await trending('DAY')).entries.find((item) => item.entry.id === spammed)!;
    expect(once).toMatchObject({ peopleCount: 1, sharesCount: 1, commentsCount: 0 });

    await world.db.comment.createMany({
      data: Array.from({ length: 20 }, (_, index) => ({ entryId: spammed, authorId: spammer.id, body: `first! ${index}`, createdAt: hoursAgo(0.4) })),
    });
    const after = (await trending('DAY')).entries.find((item) => item.entry.id === spammed)!;
    expect(after.score).toBeCloseTo(once.score, 4);
    expect(after).toMatchObject({ peopleCount: 1, sharesCount: 1, commentsCount: 1 });

    // Sources: one person subscribing, sharing and commenting is still one person.
    const sources = (await trending('DAY')).sources;
    const source = sources.find((item) => item.source.id === sourceId)!;
    // In the day: the two who shared 'Fresh story' and the spammer (twenty comments and a share).
    expect(source.peopleCount).toBe(3);
  });

  it('leaves out suspended members and people the viewer blocks', async () => {
    const spammer = people[4]!;
    await world.db.user.update({ where: { id: spammer.id }, data: { suspendedAt: new Date() } });
    expect((await trending('DAY')).entries.find((item) => item.entry.id === spammed)).toBeUndefined();
    await world.db.user.update({ where: { id: spammer.id }, data: { suspendedAt: null } });

    await world.db.block.create({ data: { blockerId: viewer.id, blockedId: spammer.id } });
    expect((await trending('DAY')).entries.find((item) => item.entry.id === spammed)).toBeUndefined();
    await world.db.block.deleteMany({ where: { blockerId: viewer.id } });
  });

  it('requires a member', async () => {
    const response = await world.raw(null, TRENDING, { window: 'DAY' });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
