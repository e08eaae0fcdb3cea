/** resolveSource: feed URLs, HTML pages with autodiscovery, common feed paths, and errors. */
import { describe, expect, it } from 'vitest';
import { bridgeFor, bridges, resolveSource, SOURCE_KINDS } from '@tributary/bridges';
import { useFixtureServer } from '../helpers/setup.js';
import { type Reader } from './reader.js';

export interface ResolveCases {
  /** An RSS feed whose channel link is `rssSiteUrl`. */
  rss: string;
  rssSiteUrl: string;
  atom: string;
  jsonFeed: string;
  podcast: string;
}

export function resolveChecks(read: Reader, cases: ResolveCases): void {
  const { server, ctx } = useFixtureServer();

  describe('resolveSource', () => {
    it('a feed URL resolves to itself, keyed by its canonical URL', async () => {
      server.file(read, '/blog/feed.xml', cases.rss);
      expect(await resolveSource(server.url('/blog/feed.xml#top'), {}, ctx())).toEqual({
        kind: 'RSS',
        key: `rss:${server.url('/blog/feed.xml')}`,
        fetchUrl: server.url('/blog/feed.xml'),
        siteUrl: cases.rssSiteUrl,
      });
    });

    it('an HTML page: <link rel="alternate"> autodiscovery (relative href, <base>, comments feed last)', async () => {
      server.route('/site/', {
        headers: { 'content-type': 'text/html; charset=utf-8' },
        body: `<!doctype html><html><head><base href="/site/sub/">
          <link rel="alternate" type="application/rss+xml" title="Comments Feed" href="comments/feed">
          <link rel="alternate" type="application/atom+xml" title="Posts" href="atom.xml"></head><body>…</body></html>`,
      });
      server.file(read, '/site/sub/atom.xml', cases.atom);
      const ref = await resolveSource(server.url('/site/'), {}, ctx());
      expect(ref).toMatchObject({ kind: 'RSS', fetchUrl: server.url('/site/sub/atom.xml') });
      expect(server.requests.map((request) => new URL(request.url).pathname)).toEqual(['/site/', '/site/sub/atom.xml']);
    });

    it('a JSON Feed advertised as application/feed+json', async () => {
      server.route('/j/', { headers: { 'content-type': 'text/html' }, body: '<html><head><link rel="alternate" type="application/feed+json" href="/j/feed.json"></head></html>' });
      server.file(read, '/j/feed.json', cases.jsonFeed);
      expect((await resolveSource(server.url('/j/'), {}, ctx())).fetchUrl).toBe(server.url('/j/feed.json'));
    });

    it('a page without links: common paths are tried on the origin', async () => {
      server.route('/', { headers: { 'content-type': 'text/html' }, body: '<html><head><title>home</title></head><body>no feed links</body></html>' });
      server.route('/feed', { status: 404 });
      server.file(read, '/rss', cases.podcast);
      expect((await resolveSource(server.origin, {}, ctx())).fetchUrl).toBe(server.url('/rss'));
    });

    it('no feed anywhere: ParseError not-a-feed', async () => {
      server.route('/', { headers: { 'content-type': 'text/html' }, body: '<html><head></head><body>nothing</body></html>' });
      for (const path of ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml']) server.route(path, { status: 404 });
      await expect(resolveSource(server.origin, {}, ctx())).rejects.toMatchObject({ kind: 'parse', reason: 'not-a-feed' });
    });

    it('bad input and ambiguous handles are typed errors without any request', async () => {
      await expect(resolveSource('not a url at all', {}, ctx())).rejects.toMatchObject({ kind: 'unsupported', reason: 'not-a-url' });
      await expect(resolveSource('@someone', {}, ctx())).rejects.toMatchObject({ kind: 'unsupported', reason: 'ambiguous-handle' });
      await expect(resolveSource('', {}, ctx())).rejects.toMatchObject({ kind: 'unsupported' });
      await expect(resolveSource('javascript:alert(1)', {}, ctx())).rejects.toMatchObject({ kind: 'unsupported' });
      expect(server.requests).toEqual([]);
    });

    it('network failures from the client are typed: refused → unreachable, timeout → transient', async () => {
      const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
      const failing = (error: Error) => ({ ...ctx(), http: { request: () => Promise.reject(error) } });
      await expect(resolveSource('https://example.com/feed', {}, failing(refused))).rejects.toMatchObject({ kind: 'unreachable', reason: 'network' });
      await expect(resolveSource('https://example.com/feed', {}, failing(new DOMException('timed out', 'TimeoutError')))).rejects.toMatchObject({ kind: 'transient', reason: 'timeout' });
    });

    it('a registry entry for every kind', () => {
      for (const kind of SOURCE_KINDS) expect(bridgeFor(kind).kind).toBe(kind);
      expect(Object.keys(bridges).sort()).toEqual([...SOURCE_KINDS].sort());
    });
  });
}
