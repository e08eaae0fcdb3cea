import { beforeAll, describe, expect, it } from 'vitest';
import { useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { makeSource, startDiscoveryWorld } from './support/discovery-world.js';

const DISCOVER = `query D($first: Int) { discover(first: $first) {
  sources { source { id title } reasonKind reason followedByCount sampleFollowers { id handle } }
  people { user { id handle } reasonKind reason followedByCount sampleFollowers { id } }
  creators { user { id handle } reasonKind reason sourcesYouRead { id title } } } }`;

interface DiscoverData {
  discover: {
    sources: { source: { id: string; title: string }; reasonKind: string; reason: string; followedByCount: number; sampleFollowers: { id: string }[] }[];
    people: { user: { id: string; handle: string }; reasonKind: string; reason: string; followedByCount: number; sampleFollowers: { id: string }[] }[];
    creators: { user: { id: string }; reasonKind: string; reason: string; sourcesYouRead: { id: string; title: string }[] }[];
  };
}

const DISMISS = `mutation X($sourceId: ID, $userId: ID) { dismissSuggestion(sourceId: $sourceId, userId: $userId) }`;

describe('discover', () => {
  const world = useWorld(() => startDiscoveryWorld('tributary_test_discover'));

  describe('from the viewer’s graph', () => {
    let alice: TestUser, bob: TestUser, carol: TestUser, dave: TestUser, erin: TestUser;
    let shared: string, bobOnly: string, alicesOwn: string, erinsBlog: string;

    beforeAll(async () => {
      [alice, bob, carol, dave, erin] = await Promise.all([world.member(), world.member(), world.member(), world.member(), world.member()]);
      shared = (await makeSource(world.db, 'Read by Bob and Carol')).id;
      bobOnly = (await makeSource(world.db, 'Read by Bob')).id;
      alicesOwn = (await makeSource(world.db, 'Alice reads it')).id;
      erinsBlog = (await makeSource(world.db, 'Erin’s blog')).id;
      await world.db.follow.createMany({
        data: [
          { followerId: alice.id, followeeId: bob.id },
          { followerId: alice.id, followeeId: carol.id },
          { followerId: bob.id, followeeId: dave.id },
          { followerId: carol.id, followeeId: dave.id },
          { followerId: bob.id, followeeId: alice.id },
        ],
      });
      await world.db.subscription.createMany({
        data: [
          { userId: bob.id, sourceId: shared },
          { userId: carol.id, sourceId: shared },
          { userId: bob.id, sourceId: bobOnly },
          { userId: bob.id, sourceId: alicesOwn },
          { userId: alice.id, sourceId: alicesOwn },
          { userId: alice.id, sourceId: erinsBlog },
        ],
      });
      await world.db.claim.create({
        data: { userId: erin.id, sourceId: erinsBlog, code: `tributary-verify=${erin.id}`, status: 'VERIFIED', method: 'DESCRIPTION', verifiedAt: new Date(), expiresAt: new Date(Date.now() + 86_400_000) },
      });
    });

    it('suggests sources and people followed by people you follow, with the reason and who', async () => {
      const { discover } = await world.as<DiscoverData>(alice, DISCOVER, { first: 10 });
      const graphSources = discover.sources.filter((item) => item.reasonKind === 'FOLLOWED_BY_PEOPLE_YOU_FOLLOW');
      expect(graphSources.map((item) => item.source.title)).toEqual(['Read by Bob and Carol', 'Read by Bob']);
      expect(graphSources[0]).toMatchObject({ reason: 'Followed by 2 people you follow', followedByCount: 2 });
      expect(graphSources[0]!.sampleFollowers.map((user) => user.id).sort()).toEqual([bob.id, carol.id].sort());
      expect(graphSources[1]).toMatchObject({ reason: 'Followed by 1 person you follow', followedByCount: 1 });

      expect(discover.people.map((item) => item.user.id)).toEqual([dave.id]);
      expect(discover.people[0]).toMatchObject({ reason: 'Followed by 2 people you follow', followedByCount: 2 });

      expect(discover.creators).toEqual([
        { user: { id: erin.id, handle: erin.handle }, reasonKind: 'CREATOR_OF_SOURCES_YOU_READ', reason: 'You read one of their sources', sourcesYouRead: [{ id: erinsBlog, title: 'Erin’s blog' }] },
      ]);
    });

    it('never suggests what the viewer already subscribes to or follows, nor themself', async () => {
      const { discover } = await world.as<DiscoverData>(alice, DISCOVER, { first: 50 });
      const sourceIds = discover.sources.map((item) => item.source.id);
      expect(sourceIds).not.toContain(alicesOwn);
      expect(sourceIds).not.toContain(erinsBlog);
      const userIds = [...discover.people, ...discover.creators].map((item) => item.user.id);
      expect(userIds).not.toContain(alice.id);
      expect(userIds).not.toContain(bob.id);
      expect(userIds).not.toContain(carol.id);
    });

    it('hides a dismissed source or person, and brings it back on request', async () => {
      expect((await world.as<{ dismissSuggestion: boolean }>(alice, DISMISS, { sourceId: shared })).dismissSuggestion).toBe(true);
      expect((await world.as<{ dismissSuggestion: boolean }>(alice, DISMISS, { sourceId: shared })).dismissSuggestion).toBe(true);
      await world.as(alice, DISMISS, { userId: dave.id });
      await world.as(alice, DISMISS, { userId: erin.id });
      const { discover } = await world.as<DiscoverData>(alice, DISCOVER, { first: 50 });
      expect(discover.sources.map((item) => item.source.id)).not.toContain(shared);
      expect(discover.people).toEqual([]);
      expect(discover.creators).toEqual([]);

      await world.as(alice, `mutation { undismissSuggestion(sourceId: "${shared}") }`);
      const again = await world.as<DiscoverData>(alice, DISCOVER, { first: 10 });
      expect(again.discover.sources[0]!.source.id).toBe(shared);
    });

    it('refuses unclear dismissals and unknown targets', async () => {
      const both = await world.raw(alice, DISMISS, { sourceId: shared, userId: dave.id });
      expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const neither = await world.raw(alice, DISMISS, {});
      expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const unknown = await world.raw(alice, DISMISS, { sourceId: '0190d2a4-0000-7000-8000-000000000000' });
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      const anonymous = await world.raw(null, DISCOVER, {});
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('leaves out people blocked either way', async () => {
      await world.db.suggestionDismissal.deleteMany({ where: { userId: alice.id } });
      await world.db.block.create({ data: { blockerId: dave.id, blockedId: alice.id } });
      const { discover } = await world.as<DiscoverData>(alice, DISCOVER, { first: 10 });
      expect(discover.people.map((item) => item.user.id)).not.toContain(dave.id);
      await world.db.block.deleteMany({ where: { blockerId: dave.id } });
    });
  });

  describe('on a seeded graph of 5,000 people in 50 communities', () => {
    const COMMUNITIES = 50;
    const USERS = 5_000;
    const SOURCES_PER_COMMUNITY = 20;
    const MAINSTREAM = 20;
    const VIEWERS = 20;
    let viewers: { user: TestUser; community: number }[];

    beforeAll(async () => {
      const started = Date.now();
      // People g_<i> belong to community i % 50. Each reads 6 of their community's 20 sources, 3 of
      // 20 mainstream sources everyone reads, and 1 source of another community; each follows 12
      // people of their community and 3 anyone. hashtext() makes it random-looking but repeatable.
      await world.db.$executeRawUnsafe(`
        INSERT INTO "User" (id, handle, "handleLower", email, "passwordHash", "displayName", "updatedAt")
        SELECT md5('user' || i)::uuid, 'g_' || i, 'g_' || i, 'g_' || i || '@seed.test', 'x', 'Seed ' || i, now()
        FROM generate_series(0, ${USERS - 1}) i`);
      await world.db.$executeRawUnsafe(`
        INSERT INTO "Source" (id, kind, key, "fetchUrl", title, status, "updatedAt")
        SELECT md5('source' || c || '-' || k)::uuid, 'RSS'::"SourceKind", 'seed:c' || c || ':' || k, 'https://seed.test/c' || c || '/' || k, 'c' || c || ' source ' || k, 'OK'::"SourceStatus", now()
        FROM generate_series(0, ${COMMUNITIES - 1}) c, generate_series(0, ${SOURCES_PER_COMMUNITY - 1}) k
        UNION ALL
        SELECT md5('mainstream' || k)::uuid, 'RSS'::"SourceKind", 'seed:main:' || k, 'https://seed.test/main/' || k, 'mainstream ' || k, 'OK'::"SourceStatus", now()
        FROM generate_series(0, ${MAINSTREAM - 1}) k`);
      await world.db.$executeRawUnsafe(`
        INSERT INTO "Subscription" (id, "userId", "sourceId")
        SELECT gen_random_uuid(), md5('user' || i)::uuid, md5('source' || (i % ${COMMUNITIES}) || '-' || (abs(hashtext(i || ':own:' || j)) % ${SOURCES_PER_COMMUNITY}))::uuid
        FROM generate_series(0, ${USERS - 1}) i, generate_series(1, 6) j
        UNION ALL
        SELECT gen_random_uuid(), md5('user' || i)::uuid, md5('mainstream' || (abs(hashtext(i || ':main:' || j)) % ${MAINSTREAM}))::uuid
        FROM generate_series(0, ${USERS - 1}) i, generate_series(1, 3) j
        UNION ALL
        SELECT gen_random_uuid(), md5('user' || i)::uuid,
          md5('source' || ((i + 1 + abs(hashtext(i || ':other')) % ${COMMUNITIES - 1}) % ${COMMUNITIES}) || '-' || (abs(hashtext(i || ':otherk')) % ${SOURCES_PER_COMMUNITY}))::uuid
        FROM generate_series(0, ${USERS - 1}) i
        ON CONFLICT DO NOTHING`);
      await world.db.$executeRawUnsafe(`
        UPDATE "Source" s SET "subscribersCount" = n FROM (SELECT "sourceId", count(*)::int AS n FROM "Subscription" GROUP BY 1) c WHERE c."sourceId" = s.id`);
      await world.db.$executeRawUnsafe(`
        INSERT INTO "Follow" ("followerId", "followeeId")
        SELECT * FROM (
        SELECT md5('user' || i)::uuid AS "followerId", md5('user' || ((i % ${COMMUNITIES}) + ${COMMUNITIES} * (abs(hashtext(i || ':f:' || j)) % ${USERS / COMMUNITIES})))::uuid AS "followeeId"
        FROM generate_series(0, ${USERS - 1}) i, generate_series(1, 12) j
        UNION ALL
        SELECT md5('user' || i)::uuid, md5('user' || (abs(hashtext(i || ':any:' || j)) % ${USERS}))::uuid
        FROM generate_series(0, ${USERS - 1}) i, generate_series(1, 3) j
        ) pairs WHERE "followerId" <> "followeeId"
        ON CONFLICT DO NOTHING`);

      // Members who signed up for real, one in each of 20 communities, placed in it the same way.
      viewers = [];
      for (let index = 0; index < VIEWERS; index += 1) {
        const user = await world.member();
        const community = (index * 7) % COMMUNITIES;
        viewers.push({ user, community });
        await world.db.$executeRawUnsafe(`
          INSERT INTO "Follow" ("followerId", "followeeId")
          SELECT '${user.id}'::uuid, md5('user' || (${community} + ${COMMUNITIES} * (abs(hashtext('${user.id}' || j)) % ${USERS / COMMUNITIES})))::uuid
          FROM generate_series(1, 12) j
          UNION ALL SELECT '${user.id}'::uuid, md5('user' || (abs(hashtext('${user.id}:any:' || j)) % ${USERS}))::uuid FROM generate_series(1, 3) j
          ON CONFLICT DO NOTHING`);
        await world.db.$executeRawUnsafe(`
          INSERT INTO "Subscription" (id, "userId", "sourceId")
          SELECT gen_random_uuid(), '${user.id}'::uuid, md5('source' || ${community} || '-' || k)::uuid FROM generate_series(0, 2) k
          UNION ALL SELECT gen_random_uuid(), '${user.id}'::uuid, md5('mainstream0')::uuid`);
      }
      await world.db.$executeRawUnsafe(`ANALYZE`);
      console.log(`seeded ${USERS} people, ${COMMUNITIES * SOURCES_PER_COMMUNITY + MAINSTREAM} sources in ${Date.now() - started} ms`);
    }, 120_000);

    it('ranks sources of the viewer’s own community first: precision@10 ≥ 0.8, nothing already followed', async () => {
      const titles = await world.db.source.findMany({ select: { id: true, title: true } });
      const titleOf = new Map(titles.map((row) => [row.id, row.title]));
      const precisions: number[] = [];
      const peoplePrecisions: number[] = [];
      const timings: number[] = [];
      for (const { user, community } of viewers) {
        const started = performance.now();
        const { discover } = await world.as<DiscoverData>(user, DISCOVER, { first: 10 });
        timings.push(performance.now() - started);
        expect(discover.sources).toHaveLength(10);
        const own = discover.sources.filter((item) => titleOf.get(item.source.id)?.startsWith(`c${community} `));
        precisions.push(own.length / 10);

        const subscribed = new Set((await world.db.subscription.findMany({ where: { userId: user.id } })).map((row) => row.sourceId));
        const followed = new Set((await world.db.follow.findMany({ where: { followerId: user.id } })).map((row) => row.followeeId));
        for (const item of discover.sources) expect(subscribed.has(item.source.id)).toBe(false);
        for (const item of discover.people) {
          expect(followed.has(item.user.id)).toBe(false);
          expect(item.user.id).not.toBe(user.id);
        }
        for (const item of discover.sources) expect(item.reason).toMatch(/^Followed by \d+ (person|people) you follow$/);
        // People of the seed are g_<i>, community i % 50.
        const seeded = discover.people.filter((item) => item.user.handle.startsWith('g_'));
        peoplePrecisions.push(seeded.filter((item) => Number(item.user.handle.slice(2)) % COMMUNITIES === community).length / Math.max(1, seeded.length));
      }
      const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
      timings.sort((a, b) => a - b);
      console.log(
        `discover on 5,000 people: source precision@10 mean ${mean(precisions).toFixed(3)} (min ${Math.min(...precisions)}), ` +
          `people precision@10 mean ${mean(peoplePrecisions).toFixed(3)}, latency p50 ${timings[Math.floor(timings.length / 2)]!.toFixed(1)} ms, max ${timings.at(-1)!.toFixed(1)} ms`,
      );
      expect(mean(precisions)).toBeGreaterThanOrEqual(0.8);
      expect(Math.min(...precisions)).toBeGreaterThanOrEqual(0.8);
    }, 60_000);
  });
});
