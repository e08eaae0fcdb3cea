/** Substack: publication URLs, handles, custom domains, post links, the feed and the archive. */
import { inputText } from '@tributary/test-support';
import { describe, expect, it } from 'vitest';
import { resolveSource, substackBridge, type SourceRef } from '@tributary/bridges';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();

/** The archive endpoint answers a bare array of post objects. */
function archivePosts(): unknown[] {
  return JSON.parse(inputText('substack/quillmere-archive.json')) as unknown[];
}

describe('resolve', () => {
  it('name.substack.com (via the configured template), post URLs, open.substack.com', async () => {
    server.input('/pub/quillmere/feed', 'substack/quillmere-feed.xml');
    const expected = { kind: 'SUBSTACK', key: 'substack:quillmere', fetchUrl: server.url('/pub/quillmere/feed') };
    for (const input of ['https://quillmere.substack.com', 'quillmere.substack.com/p/the-paper-lantern', 'https://open.substack.com/pub/quillmere/p/x', server.url('/pub/quillmere/p/the-paper-lantern')])
      expect(await resolveSource(input, {}, ctx())).toMatchObject(expected);
  });

  it('substack.com/@handle → the profile → its primary publication on its custom domain', async () => {
    server.input('/substack-api/api/v1/user/wrenhalloway/public_profile', 'substack/public-profile.json');
    const ref = await resolveSource('https://substack.com/@wrenhalloway', {}, ctx());
    expect(ref).toEqual({ kind: 'SUBSTACK', key: 'substack:quillmere', fetchUrl: 'https://letters.quillmere.example/feed', siteUrl: 'https://letters.quillmere.example/' });
    expect(await resolveSource('@wrenhalloway', { kindHint: 'SUBSTACK' }, ctx()).catch((e: unknown) => e)).toMatchObject({ kind: 'unsupported' });
    expect(await resolveSource(server.url('/substack-api/@wrenhalloway'), {}, ctx())).toEqual(ref);
  });

  it('a profile without a publication is NotFound', async () => {
    server.input('/substack-api/api/v1/user/555001/profile', 'substack/profile-no-publication.json');
    await expect(resolveSource('https://substack.com/profile/555001-fernquist', {}, ctx())).rejects.toMatchObject({
      kind: 'not-found',
      reason: 'substack-no-publication',
      message: expect.stringContaining('@fernquist') as unknown,
    });
  });

  it('substack.com/home/post/p-<id> → the post → its publication', async () => {
    server.input('/substack-api/api/v1/posts/by-id/770011', 'substack/post-by-id.json');
    expect(await resolveSource('https://substack.com/home/post/p-770011', {}, ctx())).toEqual({
      kind: 'SUBSTACK',
      key: 'substack:saltmarsh',
      fetchUrl: server.url('/pub/saltmarsh/feed'),
      siteUrl: server.url('/pub/saltmarsh/'),
    });
  });

  it('a custom domain whose feed Substack generated becomes a Substack source', async () => {
    server.route('/blog/', { headers: { 'content-type': 'text/html' }, body: '<html><head><link rel="alternate" type="application/rss+xml" href="/blog/feed"></head><body>hi</body></html>' });
    server.input('/blog/feed', 'substack/tidewater-feed.xml');
    expect(await resolveSource(server.url('/blog/'), {}, ctx())).toEqual({
      kind: 'SUBSTACK',
      key: 'substack:tidewater',
      fetchUrl: server.url('/blog/feed'),
      siteUrl: 'https://tidewater.substack.com/',
    });
  });
});

describe('fetch', () => {
  const ref = (): SourceRef => ({ kind: 'SUBSTACK', key: 'substack:quillmere', fetchUrl: server.url('/pub/quillmere/feed'), siteUrl: 'https://quillmere.substack.com' });

  it('reads the publication feed: articles with covers, bylines and full HTML', async () => {
    server.input('/pub/quillmere/feed', 'substack/quillmere-feed.xml');
    const result = await substackBridge.fetch(ref(), null, ctx());
    expect(result.source.title).toBe('Quillmere’s Substack');
    expect(result.source.imageUrl).toMatch(/substackcdn\.com/);
    expect(result.items).toHaveLength(5);
    const item = result.items[0]!;
    expect(item).toMatchObject({ title: 'the paper lantern', url: 'https://quillmere.substack.com/p/the-paper-lantern', author: 'WREN HALLOWAY', kind: 'article', guid: 'https://quillmere.substack.com/p/the-paper-lantern' });
    expect(item.publishedAt?.toISOString()).toBe('2026-05-04T13:02:47.000Z');
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', url: expect.stringMatching(/^https:\/\/substack/) as unknown });
    expect(item.contentHtml.length).toBeGreaterThan(500);
    expect(result.nextPage).toBe('archive:0');
  });

  it('a second publication: subtitles as summaries', async () => {
    server.input('/pub/tidewater/feed', 'substack/tidewater-feed.xml');
    const result = await substackBridge.fetch({ ...ref(), fetchUrl: server.url('/pub/tidewater/feed') }, null, ctx());
    expect(result.source.title).toBe('Marin’s Substack');
    expect(result.items).toHaveLength(3);
    expect(result.items[0]).toMatchObject({ title: 'Tidewater Test', author: 'Marin', summary: 'Checking that the post arrives.' });
  });

  it('backfills from the archive JSON and marks paid posts as previews', async () => {
    const posts = archivePosts();
    server.route('/pub/quillmere/api/v1/archive', (url) => {
      const offset = Number(url.searchParams.get('offset'));
      const limit = Number(url.searchParams.get('limit'));
      return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(posts.slice(offset, offset + limit)) };
    });
    const page1 = await substackBridge.fetch(ref(), null, ctx(), { page: 'archive:0' });
    expect(page1.items).toHaveLength(12);
    expect(page1.nextPage).toBe('archive:12');
    const paid = page1.items[0]!;
    expect(paid).toMatchObject({
      title: "Keepers, Here's What Changed at the Quay This Spring. Plus the 40% Lantern Trend.",
      url: 'https://quillmere.substack.com/p/harbour-letter-15',
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
