import { randomUUID } from 'node:crypto';
import { hashGuid, type PrismaClient } from '@tributary/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { type GraphQLResponse } from './support/api-harness.js';
import { signUpUser, type TestUser } from './support/factories.js';
import { countingSql } from './support/sql-count.js';

const PAGE = `query T($first: Int, $after: String) { timeline(first: $first, after: $after) {
  edges { cursor node { id title sortAt viewerHasRead viewerHasStarred viewerHasShared commentsCount sharesCount
    media { url type } source { id title isVerified claimedBy { handle } health { status } }
    sharedBy { id note sharedAt user { handle followersCount viewerIsFollowing } } } }
  pageInfo { hasNextPage endCursor } } }`;
type PageData = { timeline: { edges: { cursor: string; node: { id: string; sharedBy: { id: string } | null } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function makeSource(db: PrismaClient, name: string) {
  return db.source.create({ data: { kind: 'RSS', key: `https://paging.test/${name}-${randomUUID()}`, fetchUrl: `https://paging.test/${name}.xml`, title: name, status: 'OK' } });
}

async function addEntries(db: PrismaClient, sourceId: string, count: number, at: (i: number) => Date) {
  const rows = Array.from({ length: count }, (_, i) => {
    const guid = randomUUID();
    return { sourceId, guid, guidHash: hashGuid(guid), title: `entry ${i}`, sortAt: at(i), publishedAt: at(i) };
  });
  await db.entry.createMany({ data: rows });
}

describe('timeline paging and cost', () => {
  const world = useWorld(() => startApiWorld());
  let reader: TestUser;
  let sharer: TestUser;
  let sourceIds: string[];

  beforeAll(async () => {
    [reader, sharer] = await Promise.all([signUpUser(world.api, world.db), signUpUser(world.api, world.db)]);
    const sources = await Promise.all(Array.from({ length: 5 }, (_, i) => makeSource(world.db, `s${i}`)));
    sourceIds = sources.map((source) => source.id);
    await world.db.subscription.createMany({ data: sourceIds.map((sourceId) => ({ userId: reader.id, sourceId })) });
    const now = Date.now();
    // 1,000 older entries; many share a sortAt (the id breaks ties).
    for (const [index, sourceId] of sourceIds.entries()) {
      await addEntries(world.db, sourceId, 200, (i) => new Date(now - 86_400_000 - Math.floor((i * 5 + index) / 3) * 60_000));
    }
    // The sharer (followed by the reader) shares some of them: items of their own in the timeline.
    await world.db.follow.create({ data: { followerId: reader.id, followeeId: sharer.id } });
    const toShare = await world.db.entry.findMany({ where: { sourceId: sourceIds[0] }, take: 30, orderBy: { sortAt: 'desc' } });
    await world.db.share.createMany({ data: toShare.map((entry, i) => ({ userId: sharer.id, entryId: entry.id, note: `n${i}`, createdAt: new Date(now - 3_600_000 - i * 600_000) })) });
  });

  it('walks every older item exactly once while 500 new entries arrive', { timeout: 120_000 }, async () => {
    const oldEntries = await world.db.entry.findMany({ where: { sourceId: { in: sourceIds } }, select: { id: true } });
    const oldShares = await world.db.share.findMany({ where: { userId: sharer.id }, select: { id: true } });
    const oldItems = new Set([...oldEntries, ...oldShares].map((row) => row.id));
    expect(oldItems.size).toBe(1_030);
    let arrived = 0;
    const arrivals = (async () => {
      for (let batch = 0; batch < 50; batch += 1) {
        await addEntries(world.db, sourceIds[batch % sourceIds.length]!, 10, () => new Date());
        arrived += 10;
      }
    })();

    let after: string | null = null;
    let pages = 0;
    const seen: string[] = [];
    do {
      const response: GraphQLResponse<PageData> = await world.api.gql<PageData>(PAGE, { first: 20, after }, { cookie: reader.cookie });
      expect(response.errors).toBeUndefined();
      const { edges, pageInfo } = response.data!.timeline;
      // An item is an entry or a share of one: the share's id names share items.
      for (const edge of edges) seen.push(edge.node.sharedBy?.id ?? edge.node.id);
      after = pageInfo.hasNextPage ? pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    const arrivedDuringWalk = arrived;
    await arrivals;

    expect(arrivedDuringWalk).toBeGreaterThan(0);
    expect(new Set(seen).size).toBe(seen.length); // nothing twice
    const olderSeen = seen.filter((id) => oldItems.has(id));
    expect(olderSeen).toHaveLength(oldItems.size); // every older item, none missing
    expect(pages).toBeGreaterThanOrEqual(52);
  });

  it('costs the same number of SQL queries for a page of 10 and a page of 50', async () => {
    await countingSql(async (sql) => {
      const run = async (first: number) => {
        await world.api.gql(PAGE, { first }, { cookie: reader.cookie }); // warm (session touch etc. may differ once)
        sql.reset();
        const response = await world.api.gql<PageData>(PAGE, { first }, { cookie: reader.cookie });
        expect(response.errors).toBeUndefined();
        expect(response.data!.timeline.edges).toHaveLength(first);
        return sql.count;
      };
      const small = await run(10);
      const large = await run(50);
      expect(small).toBeGreaterThan(0);
      expect(large).toBe(small);
      expect(large).toBeLessThanOrEqual(12);
      console.info(`timeline page of 10 and of 50: ${small} SQL statements each`);
    });
  });

  it('refuses bad cursors and page sizes with BAD_USER_INPUT', async () => {
    const badCursor = await world.api.gql(PAGE, { first: 10, after: 'nonsense' }, { cookie: reader.cookie });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await world.api.gql(PAGE, { first: 1000 }, { cookie: reader.cookie });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
