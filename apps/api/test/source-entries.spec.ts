import { randomUUID } from 'node:crypto';
import { hashGuid } from '@tributary/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { type GraphQLResponse } from './support/api-harness.js';
import { signUpUser, type TestUser } from './support/factories.js';
import { countingSql } from './support/sql-count.js';

const PAGE = `query P($id: ID!, $first: Int!, $after: String) { source(id: $id) { id title viewerIsSubscribed
  entries(first: $first, after: $after) { edges { cursor node { id title sortAt viewerHasRead commentsCount source { id } } }
    pageInfo { hasNextPage endCursor } } } }`;
type PageData = {
  source: {
    viewerIsSubscribed: boolean;
    entries: {
      edges: { node: { id: string; sortAt: string; viewerHasRead: boolean; source: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
};

describe('a source’s entries (its page)', () => {
  const world = useWorld(() => startApiWorld());
  let reader: TestUser;
  let sourceId: string;
  let entryIds: string[];

  beforeAll(async () => {
    reader = await signUpUser(world.api, world.db);
    const key = `https://source-page.test/${randomUUID()}`;
    sourceId = (
      await world.db.source.create({
        data: { kind: 'RSS', key, fetchUrl: key, title: 'Page source', status: 'OK' },
      })
    ).id;
    const now = Date.now();
    // 25 entries, pairs sharing a sort time: the id breaks ties.
    const rows = Array.from({ length: 25 }, (_, i) => {
      const guid = randomUUID();
      return {
        sourceId,
        guid,
        guidHash: hashGuid(guid),
        title: `post ${i}`,
        sortAt: new Date(now - Math.floor(i / 2) * 60_000),
      };
    });
    await world.db.entry.createMany({ data: rows });
    entryIds = (
      await world.db.entry.findMany({
        where: { sourceId },
        orderBy: [{ sortAt: 'desc' }, { id: 'desc' }],
        select: { id: true },
      })
    ).map((row) => row.id);
  });

  it('pages newest first, every entry once, for a member who does not subscribe', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: GraphQLResponse<PageData> = await world.api.gql<PageData>(
        PAGE,
        { id: sourceId, first: 10, after },
        { cookie: reader.cookie },
      );
      expect(response.errors).toBeUndefined();
      const { source } = response.data!;
      expect(source.viewerIsSubscribed).toBe(false);
      for (const edge of source.entries.edges) {
        expect(edge.node.source.id).toBe(sourceId);
        seen.push(edge.node.id);
      }
      after = source.entries.pageInfo.hasNextPage ? source.entries.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(seen).toEqual(entryIds);
  });

  it('costs the same number of queries for 5 entries as for 20', async () => {
    await countingSql(async (sql) => {
      const cost = async (first: number) => {
        await world.api.gql(PAGE, { id: sourceId, first }, { cookie: reader.cookie });
        sql.reset();
        const response = await world.api.gql<PageData>(
          PAGE,
          { id: sourceId, first },
          { cookie: reader.cookie },
        );
        expect(response.data!.source.entries.edges).toHaveLength(first);
        return sql.count;
      };
      expect(await cost(20)).toBe(await cost(5));
    });
  });

  it('refuses anonymous callers, bad page sizes and bad cursors', async () => {
    const anonymous = await world.api.gql(PAGE, { id: sourceId, first: 5 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tooMany = await world.api.gql(PAGE, { id: sourceId, first: 51 }, { cookie: reader.cookie });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await world.api.gql(
      PAGE,
      { id: sourceId, first: 5, after: 'garbage' },
      { cookie: reader.cookie },
    );
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
