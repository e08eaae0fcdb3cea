import { randomUUID } from 'node:crypto';
import { hashGuid } from '@tributary/db';
import { describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { signUpUser, type TestUser } from './support/factories.js';
import { countingSql } from './support/sql-count.js';

const SUBSCRIPTIONS = '{ subscriptions { title unreadCount source { id } } }';
type SubscriptionsData = { subscriptions: { title: string; unreadCount: number; source: { id: string } }[] };

describe('unread counts per subscription', () => {
  const world = useWorld(() => startApiWorld());

  /** A source with `count` entries, subscribed by `reader`; answers the source and its entry ids. */
  async function subscribedSource(reader: TestUser, title: string, count: number) {
    const key = `https://unread.test/${randomUUID()}`;
    const source = await world.db.source.create({
      data: { kind: 'RSS', key, fetchUrl: key, title, status: 'OK' },
    });
    const entries = Array.from({ length: count }, (_, i) => {
      const guid = randomUUID();
      return {
        sourceId: source.id,
        guid,
        guidHash: hashGuid(guid),
        title: `${title} ${i}`,
        sortAt: new Date(Date.now() - i * 60_000),
      };
    });
    await world.db.entry.createMany({ data: entries });
    await world.db.subscription.create({ data: { userId: reader.id, sourceId: source.id } });
    const ids = (await world.db.entry.findMany({ where: { sourceId: source.id }, select: { id: true } })).map(
      (row) => row.id,
    );
    return { source, entryIds: ids };
  }

  async function countsOf(reader: TestUser): Promise<Map<string, number>> {
    const response = await world.api.gql<SubscriptionsData>(SUBSCRIPTIONS, {}, { cookie: reader.cookie });
    expect(response.errors).toBeUndefined();
    return new Map(response.data!.subscriptions.map((item) => [item.source.id, item.unreadCount]));
  }

  it('counts what the viewer has not read, per source, and follows markRead and markUnread', async () => {
    const [reader, other] = await Promise.all([
      signUpUser(world.api, world.db),
      signUpUser(world.api, world.db),
    ]);
    const tides = await subscribedSource(reader, 'Tides', 5);
    const maps = await subscribedSource(reader, 'Maps', 3);
    const empty = await subscribedSource(reader, 'Quiet', 0);
    expect(await countsOf(reader)).toEqual(
      new Map([
        [tides.source.id, 5],
        [maps.source.id, 3],
        [empty.source.id, 0],
      ]),
    );

    const read = tides.entryIds.slice(0, 2);
    const marked = await world.api.gql(
      'mutation($ids: [ID!]!) { markRead(entryIds: $ids) { id } }',
      { ids: read },
      { cookie: reader.cookie },
    );
    expect(marked.errors).toBeUndefined();
    // Someone else reading changes nothing for the reader.
    await world.db.subscription.create({ data: { userId: other.id, sourceId: maps.source.id } });
    await world.api.gql(
      'mutation($ids: [ID!]!) { markRead(entryIds: $ids) { id } }',
      { ids: maps.entryIds },
      { cookie: other.cookie },
    );
    expect(await countsOf(reader)).toEqual(
      new Map([
        [tides.source.id, 3],
        [maps.source.id, 3],
        [empty.source.id, 0],
      ]),
    );
    expect((await countsOf(other)).get(maps.source.id)).toBe(0);

    await world.api.gql(
      'mutation($ids: [ID!]!) { markUnread(entryIds: $ids) { id } }',
      { ids: [read[0]] },
      { cookie: reader.cookie },
    );
    expect((await countsOf(reader)).get(tides.source.id)).toBe(4);
  });

  it('stops counting at 1000 and costs one query for any number of subscriptions', async () => {
    const reader = await signUpUser(world.api, world.db);
    const busy = await subscribedSource(reader, 'Busy', 1_005);
    expect((await countsOf(reader)).get(busy.source.id)).toBe(1_000);

    await countingSql(async (sql) => {
      const cost = async () => {
        await world.api.gql(SUBSCRIPTIONS, {}, { cookie: reader.cookie });
        sql.reset();
        const response = await world.api.gql<SubscriptionsData>(SUBSCRIPTIONS, {}, { cookie: reader.cookie });
        expect(response.errors).toBeUndefined();
        return { statements: sql.count, subscriptions: response.data!.subscriptions.length };
      };
      const one = await cost();
      for (let i = 0; i < 5; i += 1) await subscribedSource(reader, `More ${i}`, 2);
      const six = await cost();
      expect(one.subscriptions).toBe(1);
      expect(six.subscriptions).toBe(6);
      expect(six.statements).toBe(one.statements);
    });
  });
});
