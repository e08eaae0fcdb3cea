/** resolveAndFetch: what a person pasted, resolved and fetched from one download where the platform allows. */
import { describe, expect, it } from 'vitest';
import { bridgeFor, resolveAndFetch } from '@tributary/bridges';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();

const paths = () => server.requests.map((request) => new URL(request.url).pathname);

describe('resolveAndFetch', () => {
  it('a feed URL: one GET is both the resolve and the first fetch, equal to a fetch of its own', async () => {
    server.input('/blog/feed.xml', 'rss/harbour-lights.xml');
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
    server.input('/site/atom.xml', 'atom/orchard-log.xml');
    const { result } = await resolveAndFetch(server.url('/site/'), {}, ctx());
    expect(paths()).toEqual(['/site/', '/site/atom.xml']);
    expect(result.items.length).toBeGreaterThan(0);
  });

  it('a Telegram channel: the page that proves it public is its first page of posts', async () => {
    server.input('/tg/s/lantern_quay', 'telegram/channel.html');
    const { ref, result } = await resolveAndFetch(`${server.origin}/tg/s/lantern_quay`, {}, ctx());
    expect(paths()).toEqual(['/tg/s/lantern_quay']);
    expect(ref).toMatchObject({ kind: 'TELEGRAM', key: 'telegram:lantern_quay' });
    expect(result.items.length).toBeGreaterThan(0);
  });
});
