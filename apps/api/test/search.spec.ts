import { beforeAll, describe, expect, it } from 'vitest';
import { input, rssFeed } from '@tributary/test-support';
import { useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { errorCode, startSocialWorld } from './support/social-world.js';

const SUBSCRIBE = `mutation S($input: SubscribeInput!) { subscribe(input: $input) { source { id } } }`;
const SEARCH = `query Q($query: String!, $first: Int, $after: String, $filter: SearchFilter) {
  search(query: $query, first: $first, after: $after, filter: $filter) {
    edges { cursor score node { id title author source { id } } highlight { title snippet } }
    pageInfo { hasNextPage endCursor } } }`;

interface SearchData {
  search: {
    edges: { cursor: string; score: number; node: { id: string; title: string; author: string | null; source: { id: string } }; highlight: { title: string; snippet: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const day = (n: number) => new Date(Date.UTC(2026, 0, n));

describe('search', () => {
  const world = useWorld(() => startSocialWorld());
  let alice: TestUser;
  let bob: TestUser;
  let englishId: string;

  beforeAll(async () => {
    world.origin
      .route('/zh.rss', (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(input('rss/gb2312.xml')))
      .route('/pt.rss', (_request, response) => response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(input('rss/iso-8859-1.xml')))
      .feed('/en.xml', () =>
        rssFeed('Wildlife notes', [
          { guid: 'body', title: 'River news', date: day(5), body: 'Upstream, a family of quokkaphants was seen building a dam near the mill.' },
          { guid: 'title', title: 'Quokkaphants build dams', date: day(2), body: 'They are busy animals.' },
          { guid: 'none', title: 'Dams everywhere', date: day(6), body: 'Beavers, not the other animal.' },
          { guid: 'xss', title: 'Fish &amp;amp; chips &amp;gt; quokkaphants', date: day(1), body: 'x' },
          // One per search window (search.repository.ts, searchWindows): this week, weeks ago, last year.
          ...[1, 24 * 7 * 3, 24 * 7 * 40].map((hours) => ({ guid: `age-${hours}`, title: `Aged ${hours} h`, date: new Date(Date.now() - hours * 3_600_000), body: 'a wombatross' })),
          ...Array.from({ length: 7 }, (_, index) => ({ guid: `page-${index}`, title: `Paging note ${index}`, date: day(10 + index), body: `zebracorn sighting number ${index}` })),
        ]),
      )
      .feed('/secret.xml', () => rssFeed('Nobody reads this', [{ guid: 'secret', title: 'Secret quokkaphants', date: day(3), body: 'zebracorn' }]));
    [alice, bob] = await Promise.all([world.member(), world.member()]);
    const subscribe = async (user: TestUser, path: string) =>
      (await world.as<{ subscribe: { source: { id: string } } }>(user, SUBSCRIBE, { input: { source: world.origin.url(path) } })).subscribe.source.id;
    englishId = await subscribe(alice, '/en.xml');
    await subscribe(alice, '/zh.rss');
    await subscribe(alice, '/pt.rss');
    // A source nobody subscribes to any more: its entries stay stored, but no member may search them.
    const secretId = await subscribe(bob, '/secret.xml');
    await world.as(bob, `mutation U($id: ID!) { unsubscribe(sourceId: $id) }`, { id: secretId });
  });

  const search = (user: TestUser, query: string, variables: Record<string, unknown> = {}) =>
    world.as<SearchData>(user, SEARCH, { query, first: 20, ...variables }).then((data) => data.search);

  it('finds words in titles and bodies, title matches first, with marked highlights', async () => {
    const result = await search(bob, 'quokkaphants');
    const titles = result.edges.map((edge) => edge.node.title);
    // Both title matches rank above the body match; the never-subscribed source is not there.
    expect(titles.slice(0, 2).sort()).toEqual(['Fish & chips > quokkaphants', 'Quokkaphants build dams'].sort());
    expect(titles[2]).toBe('River news');
    expect(titles).toHaveLength(3);
    expect(result.edges[0]!.score).toBeGreaterThan(1);
    expect(result.edges[2]!.score).toBeLessThan(1);

    const byTitle = result.edges.find((edge) => edge.node.title === 'Quokkaphants build dams')!;
    expect(byTitle.highlight.title).toBe('<mark>Quokkaphants</mark> build dams');
    const byBody = result.edges.find((edge) => edge.node.title === 'River news')!;
    expect(byBody.highlight.snippet).toContain('family of <mark>quokkaphants</mark> was seen');
    // Only <mark> survives; everything else is escaped text.
    // A title that reads as markup once entities are decoded comes back as escaped text.
    const tricky = result.edges.find((edge) => edge.node.title.startsWith('Fish'))!;
    expect(tricky.highlight.title).toBe('Fish &amp; chips &gt; <mark>quokkaphants</mark>');
    for (const edge of result.edges) {
      expect(`${edge.highlight.title} ${edge.highlight.snippet}`.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
    }
  });

  it('finds matches of every age, whichever week window they fall in', async () => {
    const result = await search(bob, 'wombatross');
    expect(result.edges.map((edge) => edge.node.title)).toEqual(['Aged 1 h', 'Aged 504 h', 'Aged 6720 h']);
    expect((await search(bob, '"a wombatross"')).edges).toHaveLength(3);
  });

  it('stems words and reads phrases and exclusions', async () => {
    expect((await search(bob, 'building dam')).edges.map((edge) => edge.node.title)).toContain('River news');
    expect((await search(bob, '"building a dam"')).edges.map((edge) => edge.node.title)).toEqual(['River news']);
    expect((await search(bob, 'quokkaphants -dams')).edges.map((edge) => edge.node.title)).not.toContain('Quokkaphants build dams');
  });

  it('finds Chinese (GB2312) entries by any run of characters, in title or body', async () => {
    const title = await search(bob, '纪念');
    expect(title.edges.length).toBeGreaterThan(0);
    expect(title.edges[0]!.node.title).toContain('纪念');
    expect(title.edges[0]!.highlight.title).toContain('<mark>纪念</mark>');
    const body = await search(bob, '货真价实');
    expect(body.edges.length).toBeGreaterThan(0);
    expect(body.edges[0]!.highlight.snippet).toContain('<mark>货真价实</mark>');
    // Characters present but not adjacent do not match.
    expect((await search(bob, '纪鸥')).edges).toEqual([]);
  });

  it('finds Portuguese (ISO-8859-1) entries with or without accents, and stems them', async () => {
    const accented = await search(bob, 'Marítima');
    expect(accented.edges.map((edge) => edge.node.title)).toContain('Mãe de pescador é a nova presidente da Associação Marítima');
    const plain = await search(bob, 'maritima');
    expect(plain.edges.map((edge) => edge.node.id)).toEqual(accented.edges.map((edge) => edge.node.id));
    const inBody = await search(bob, 'profissional');
    expect(inBody.edges.length).toBeGreaterThan(0);
    expect(inBody.edges[0]!.highlight.snippet).toContain('<mark>profissional</mark>');
  });

  it('never returns entries of sources no member subscribes to', async () => {
    for (const user of [alice, bob]) {
      const result = await search(user, 'zebracorn', { first: 50 });
      expect(result.edges.map((edge) => edge.node.title)).not.toContain('Secret quokkaphants');
      expect(result.edges).toHaveLength(7);
    }
    const stored = await world.db.entry.count({ where: { title: 'Secret quokkaphants' } });
    expect(stored).toBe(1);
  });

  it('pages with a keyset cursor: same order as one page, no duplicates', async () => {
    const whole = (await search(alice, 'zebracorn', { first: 50 })).edges.map((edge) => edge.node.id);
    const paged: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: SearchData['search'] = await search(alice, 'zebracorn', { first: 3, after });
      paged.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(paged).toEqual(whole);
    expect(errorCode(await world.raw(alice, SEARCH, { query: 'zebracorn', after: 'nonsense' }))).toBe('BAD_USER_INPUT');
  });

  it('filters by source, date and author', async () => {
    const inSource = await search(alice, 'quokkaphants', { filter: { sourceId: englishId } });
    expect(inSource.edges).toHaveLength(3);
    const other = await search(alice, 'quokkaphants', { filter: { sourceId: '0190d2a4-0000-7000-8000-000000000000' } });
    expect(other.edges).toEqual([]);
    const dated = await search(alice, 'quokkaphants', { filter: { from: day(2).toISOString(), to: day(3).toISOString() } });
    expect(dated.edges.map((edge) => edge.node.title)).toEqual(['Quokkaphants build dams']);
    const zhAuthor = await search(alice, '纪念', { filter: { author: '老船' } });
    expect(zhAuthor.edges.every((edge) => edge.node.author?.includes('老船'))).toBe(true);
    expect(zhAuthor.edges.length).toBeGreaterThan(0);
  });

  it('answers nothing for stop words only, and refuses empty queries and anonymous callers', async () => {
    expect((await search(alice, 'the and of')).edges.every((edge) => edge.node.title !== 'River news')).toBe(true);
    expect(errorCode(await world.raw(alice, SEARCH, { query: '   ' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await world.raw(null, SEARCH, { query: 'quokkaphants' }))).toBe('UNAUTHENTICATED');
  });
});
