/** Substack: publication URLs, handles, custom domains, post links, the feed and the archive. */
import { describe, expect, it } from 'vitest';
import { resolveSource, substackBridge, type SourceRef } from '@tributary/bridges';
import { readFixture } from './helpers/corpus.js';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();
const PROFILE_POSTS = 'substack/jakub-k-slys-substack-api/api_v1_profile_posts__profile_user_id=27968736&limit=50.json';

/** The archive endpoint returns a bare array of post objects: the profile/posts recording holds the same objects. */
function archivePosts(): unknown[] {
  return (JSON.parse(readFixture(PROFILE_POSTS).toString()) as { posts: unknown[] }).posts;
}

describe('resolve', () => {
  it('name.substack.com (via the configured template), post URLs, open.substack.com', async () => {
    server.fixture('/pub/obodugo/feed', 'substack/obodugo.substack.com_feed.xml');
    const expected = { kind: 'SUBSTACK', key: 'substack:obodugo', fetchUrl: server.url('/pub/obodugo/feed') };
    for (const input of ['https://obodugo.substack.com', 'obodugo.substack.com/p/the-eristic-engine', 'https://open.substack.com/pub/obodugo/p/x', server.url('/pub/obodugo/p/the-eristic-engine')])
      expect(await resolveSource(input, {}, ctx())).toMatchObject(expected);
  });

  it('substack.com/@handle → the profile → its primary publication on its custom domain', async () => {
    server.fixture('/substack-api/api/v1/user/jakubslys/public_profile', 'substack/jakub-k-slys-substack-api/api_v1_user_jakubslys_public_profile.json');
    const ref = await resolveSource('https://substack.com/@jakubslys', {}, ctx());
    expect(ref).toEqual({ kind: 'SUBSTACK', key: 'substack:slys', fetchUrl: 'https://iam.slys.dev/feed', siteUrl: 'https://iam.slys.dev/' });
    expect(await resolveSource('@jakubslys', { kindHint: 'SUBSTACK' }, ctx()).catch((e: unknown) => e)).toMatchObject({ kind: 'unsupported' });
    expect(await resolveSource(server.url('/substack-api/@jakubslys'), {}, ctx())).toEqual(ref);
  });

  it('a profile without a publication is NotFound', async () => {
    server.fixture('/substack-api/api/v1/user/282291554/profile', 'substack/jakub-k-slys-substack-api/api_v1_user_282291554_profile.json');
    await expect(resolveSource('https://substack.com/profile/282291554-jennyouyang', {}, ctx())).rejects.toMatchObject({
      kind: 'not-found',
      reason: 'substack-no-publication',
      message: expect.stringContaining('@jennyouyang') as unknown,
    });
  });

  it('substack.com/home/post/p-<id> → the post → its publication', async () => {
    server.fixture('/substack-api/api/v1/posts/by-id/167180194', 'substack/jakub-k-slys-substack-api/api_v1_posts_by-id_167180194.json');
    expect(await resolveSource('https://substack.com/home/post/p-167180194', {}, ctx())).toEqual({
      kind: 'SUBSTACK',
      key: 'substack:angelsant',
      fetchUrl: server.url('/pub/angelsant/feed'),
      siteUrl: server.url('/pub/angelsant/'),
    });
  });

  it('a custom domain whose feed Substack generated becomes a Substack source', async () => {
    server.route('/blog/', { headers: { 'content-type': 'text/html' }, body: '<html><head><link rel="alternate" type="application/rss+xml" href="/blog/feed"></head><body>hi</body></html>' });
    server.fixture('/blog/feed', 'substack/corbinheist.substack.com_feed.xml');
    expect(await resolveSource(server.url('/blog/'), {}, ctx())).toEqual({
      kind: 'SUBSTACK',
      key: 'substack:corbinheist',
      fetchUrl: server.url('/blog/feed'),
      siteUrl: 'https://corbinheist.substack.com/',
    });
  });

  it('the authenticated handle/options endpoint is not used: it would need a session cookie', () => {
    const options = JSON.parse(readFixture('substack/jakub-k-slys-substack-api/api_v1_handle_options.json').toString()) as { potentialHandles: { handle: string }[] };
    // It only suggests handles for the signed-in user; resolution goes through public_profile instead.
    expect(options.potentialHandles[0]!.handle).toBe('jakubslys');
  });
});

describe('fetch', () => {
  const ref = (): SourceRef => ({ kind: 'SUBSTACK', key: 'substack:obodugo', fetchUrl: server.url('/pub/obodugo/feed'), siteUrl: 'https://obodugo.substack.com' });

  it('reads the publication feed: 20 articles with covers, bylines and full HTML', async () => {
    server.fixture('/pub/obodugo/feed', 'substack/obodugo.substack.com_feed.xml');
    const result = await substackBridge.fetch(ref(), null, ctx());
    expect(result.source.title).toBe('Obodugo’s Substack');
    expect(result.source.imageUrl).toMatch(/substackcdn\.com/);
    expect(result.items).toHaveLength(20);
    const item = result.items[0]!;
    expect(item).toMatchObject({ title: 'the eristic engine', url: 'https://obodugo.substack.com/p/the-eristic-engine', author: 'OBODUGO', kind: 'article', guid: 'https://obodugo.substack.com/p/the-eristic-engine' });
    expect(item.publishedAt?.toISOString()).toBe('2026-05-04T13:02:47.000Z');
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', url: expect.stringMatching(/^https:\/\/substack/) as unknown });
    expect(item.contentHtml.length).toBeGreaterThan(500);
    expect(result.nextPage).toBe('archive:0');
  });

  it('corbinheist feed: subtitles as summaries', async () => {
    server.fixture('/pub/corbinheist/feed', 'substack/corbinheist.substack.com_feed.xml');
    const result = await substackBridge.fetch({ ...ref(), fetchUrl: server.url('/pub/corbinheist/feed') }, null, ctx());
    expect(result.source.title).toBe('Corbin’s Substack');
    expect(result.items).toHaveLength(4);
    expect(result.items[0]).toMatchObject({ title: 'Norge Test', author: 'Corbin' });
  });

  it('backfills from the archive JSON and marks paid posts as previews', async () => {
    const posts = archivePosts();
    server.route('/pub/obodugo/api/v1/archive', (url) => {
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(posts.slice(offset, offset + limit)) };
    });
    const page1 = await substackBridge.fetch(ref(), null, ctx(), { page: 'archive:0' });
    expect(page1.items).toHaveLength(12);
    expect(page1.nextPage).toBe('archive:12');
    const paid = page1.items[0]!;
    expect(paid).toMatchObject({
      title: "Founders, Here's What You Need to Know About Releases in 2025. Plus the 267% Acceleration Trend.",
      url: 'https://karozieminski.substack.com/p/founders-heres-what-you-need-to-know',
      isPaidPreview: true,
      kind: 'article',
    });
    expect(paid.publishedAt?.toISOString()).toBe('2025-06-12T18:22:44.461Z');
    expect(paid.media[0]?.type).toBe('image/png');
    expect(page1.items[1]!.isPaidPreview).toBe(false);
    const page2 = await substackBridge.fetch(ref(), null, ctx(), { page: page1.nextPage! });
    expect(page2.items).toHaveLength(3);
    expect(page2.nextPage).toBeNull();
    expect(page1.items.concat(page2.items).filter((item) => item.isPaidPreview)).toHaveLength(6);
  });
});
