/** resolveAndFetch: what a person pasted, resolved and fetched from one download where the platform allows. */
import { describe, expect, it } from 'vitest';
import { bridgeFor, resolveAndFetch } from '@tributary/bridges';
import { useFixtureServer } from '../helpers/setup.js';
import { type Reader } from './reader.js';

export interface ResolveAndFetchCases {
  rss: string;
  atom: string;
  /** A public channel's page of posts. */
  telegram: { channel: string; page: string };
}

export function resolveAndFetchChecks(read: Reader, cases: ResolveAndFetchCases): void {
  const { server, ctx } = useFixtureServer();

  const paths = () => server.requests.map((request) => new URL(request.url).pathname);

  describe('resolveAndFetch', () => {
    it('a feed URL: one GET is both the resolve and the first fetch, equal to a fetch of its own', async () => {
      server.file(read, '/blog/feed.xml', cases.rss);
      const { ref, result } = await resolveAndFetch(server.url('/blog/feed.xml'), {}, ctx());
      expect(paths()).toEqual(['/blog/feed.xml']);
      expect(ref).toMatchObject({ kind: 'RSS', fetchUrl: server.url('/blog/feed.xml') });
      const fetched = await bridgeFor('RSS').fetch(ref, null, ctx());
      expect(result.items).toEqual(fetched.items);
      expect(result.source).toEqual(fetched.source);
    });

    it('an HTML page: the page, then the advertised feed, each once', async () => {
      server.route('/site/', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: '<html><head><link rel="alternate" type="application/atom+xml" href="/site/atom.xml"></head></html>',
      });
      server.file(read, '/site/atom.xml', cases.atom);
      const { result } = await resolveAndFetch(server.url('/site/'), {}, ctx());
      expect(paths()).toEqual(['/site/', '/site/atom.xml']);
      expect(result.items.length).toBeGreaterThan(0);
    });

    it('a Telegram channel: the page that proves it public is its first page of posts', async () => {
      server.file(read, `/tg/s/${cases.telegram.channel}`, cases.telegram.page);
      const { ref, result } = await resolveAndFetch(`${server.origin}/tg/s/${cases.telegram.channel}`, {}, ctx());
      expect(paths()).toEqual([`/tg/s/${cases.telegram.channel}`]);
      expect(ref).toMatchObject({ kind: 'TELEGRAM', key: `telegram:${cases.telegram.channel}` });
      expect(result.items.length).toBeGreaterThan(0);
    });
  });
}
