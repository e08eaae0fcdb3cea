/** Substack: publication URLs, handles, custom domains, post links, the feed and the archive. */
import { describe, expect, it } from 'vitest';
import { resolveSource, substackBridge, type SourceRef } from '@tributary/bridges';
import { useFixtureServer } from '../helpers/setup.js';
import { type Reader } from './reader.js';

export interface SubstackCases {
  /** A publication's feed; `post` is the slug of its first post, described by `firstItem`. */
  publication: {
    name: string;
    feed: string;
    post: string;
    fetchTitle: string;
    title: string;
    items: number;
    firstItem: { title: string; url: string; author: string };
  };
  /** A public profile whose primary publication `name` lives on `domain`. */
  profile: { handle: string; file: string; name: string; domain: string };
  profileWithoutPublication: { id: string; handle: string; file: string };
  postById: { id: string; file: string; name: string };
  /** A second publication's feed, with subtitles. */
  second: { name: string; feed: string; fetchTitle: string; title: string; items: number; firstItem: Record<string, string> };
  /** The archive endpoint's posts (a bare array): 15, six of them paid, the first `paidPost`. */
  archive: () => unknown[];
  paidPost: { title: string; url: string };
}

export function substackChecks(read: Reader, cases: SubstackCases): void {
  const { server, ctx } = useFixtureServer();

  describe('resolve', () => {
    it('name.substack.com (via the configured template), post URLs, open.substack.com', async () => {
      const { name, feed, post } = cases.publication;
      server.file(read, `/pub/${name}/feed`, feed);
      const expected = { kind: 'SUBSTACK', key: `substack:${name}`, fetchUrl: server.url(`/pub/${name}/feed`) };
      for (const input of [`https://${name}.substack.com`, `${name}.substack.com/p/${post}`, `https://open.substack.com/pub/${name}/p/x`, server.url(`/pub/${name}/p/${post}`)])
        expect(await resolveSource(input, {}, ctx())).toMatchObject(expected);
    });

    it('substack.com/@handle → the profile → its primary publication on its custom domain', async () => {
      const { handle, file, name, domain } = cases.profile;
      server.file(read, `/substack-api/api/v1/user/${handle}/public_profile`, file);
      const ref = await resolveSource(`https://substack.com/@${handle}`, {}, ctx());
      expect(ref).toEqual({ kind: 'SUBSTACK', key: `substack:${name}`, fetchUrl: `https://${domain}/feed`, siteUrl: `https://${domain}/` });
      expect(await resolveSource(`@${handle}`, { kindHint: 'SUBSTACK' }, ctx()).catch((e: unknown) => e)).toMatchObject({ kind: 'unsupported' });
      expect(await resolveSource(server.url(`/substack-api/@${handle}`), {}, ctx())).toEqual(ref);
    });

    it('a profile without a publication is NotFound', async () => {
      const { id, handle, file } = cases.profileWithoutPublication;
      server.file(read, `/substack-api/api/v1/user/${id}/profile`, file);
      await expect(resolveSource(`https://substack.com/profile/${id}-${handle}`, {}, ctx())).rejects.toMatchObject({
        kind: 'not-found',
        reason: 'substack-no-publication',
        message: expect.stringContaining(`@${handle}`) as unknown,
      });
    });

    it('substack.com/home/post/p-<id> → the post → its publication', async () => {
      const { id, file, name } = cases.postById;
      server.file(read, `/substack-api/api/v1/posts/by-id/${id}`, file);
      expect(await resolveSource(`https://substack.com/home/post/p-${id}`, {}, ctx())).toEqual({
        kind: 'SUBSTACK',
        key: `substack:${name}`,
        fetchUrl: server.url(`/pub/${name}/feed`),
        siteUrl: server.url(`/pub/${name}/`),
      });
    });

    it('a custom domain whose feed Substack generated becomes a Substack source', async () => {
      server.route('/blog/', { headers: { 'content-type': 'text/html' }, body: '<html><head><link rel="alternate" type="application/rss+xml" href="/blog/feed"></head><body>hi</body></html>' });
      const { name, feed } = cases.second;
      server.file(read, '/blog/feed', feed);
      expect(await resolveSource(server.url('/blog/'), {}, ctx())).toEqual({
        kind: 'SUBSTACK',
        key: `substack:${name}`,
        fetchUrl: server.url('/blog/feed'),
        siteUrl: `https://${name}.substack.com/`,
      });
    });
  });

  describe('fetch', () => {
    const { name } = cases.publication;
    const ref = (): SourceRef => ({ kind: 'SUBSTACK', key: `substack:${name}`, fetchUrl: server.url(`/pub/${name}/feed`), siteUrl: `https://${name}.substack.com` });

    it(cases.publication.fetchTitle, async () => {
      server.file(read, `/pub/${name}/feed`, cases.publication.feed);
      const result = await substackBridge.fetch(ref(), null, ctx());
      expect(result.source.title).toBe(cases.publication.title);
      expect(result.source.imageUrl).toMatch(/substackcdn\.com/);
      expect(result.items).toHaveLength(cases.publication.items);
      const item = result.items[0]!;
      expect(item).toMatchObject({ ...cases.publication.firstItem, kind: 'article', guid: cases.publication.firstItem.url });
      expect(item.publishedAt?.toISOString()).toBe('2026-05-04T13:02:47.000Z');
      expect(item.media[0]).toMatchObject({ type: 'image/jpeg', url: expect.stringMatching(/^https:\/\/substack/) as unknown });
      expect(item.contentHtml.length).toBeGreaterThan(500);
      expect(result.nextPage).toBe('archive:0');
    });

    it(cases.second.fetchTitle, async () => {
      const second = cases.second;
      server.file(read, `/pub/${second.name}/feed`, second.feed);
      const result = await substackBridge.fetch({ ...ref(), fetchUrl: server.url(`/pub/${second.name}/feed`) }, null, ctx());
      expect(result.source.title).toBe(second.title);
      expect(result.items).toHaveLength(second.items);
      expect(result.items[0]).toMatchObject(second.firstItem);
    });

    it('backfills from the archive JSON and marks paid posts as previews', async () => {
      const posts = cases.archive();
      server.route(`/pub/${name}/api/v1/archive`, (url) => {
        const offset = Number(url.searchParams.get('offset'));
        const limit = Number(url.searchParams.get('limit'));
        return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(posts.slice(offset, offset + limit)) };
      });
      const page1 = await substackBridge.fetch(ref(), null, ctx(), { page: 'archive:0' });
      expect(page1.items).toHaveLength(12);
      expect(page1.nextPage).toBe('archive:12');
      const paid = page1.items[0]!;
      expect(paid).toMatchObject({
        ...cases.paidPost,
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
}
