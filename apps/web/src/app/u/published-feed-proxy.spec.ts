import { describe, expect, it } from 'vitest';
import { proxyPublishedFeed } from './published-feed-proxy';

describe('published feed proxy', () => {
  it('asks the API for the feed with the conditional headers and passes 200 and 304 back', async () => {
    const seen: { url: string; headers: Headers }[] = [];
    const fetchImpl = ((url: URL, init: RequestInit) => {
      seen.push({ url: url.href, headers: new Headers(init.headers) });
      const headers = new Headers(init.headers);
      if (headers.get('if-none-match') === '"v1"')
        return Promise.resolve(new Response(null, { status: 304, headers: { etag: '"v1"' } }));
      return Promise.resolve(new Response('<rss/>', {
        status: 200,
        headers: {
          'content-type': 'application/rss+xml',
          etag: '"v1"',
          'cache-control': 'public, max-age=300',
          'set-cookie': 'x=y',
        },
      }));
    }) as typeof fetch;
    const first = await proxyPublishedFeed(
      new Request('http://web/u/ada/feed.xml'),
      'u',
      'ada',
      'feed.xml',
      fetchImpl,
      'http://api:4000/graphql',
    );
    expect(seen[0]!.url).toBe('http://api:4000/feeds/u/ada/feed.xml');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v1"');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(await first.text()).toBe('<rss/>');
    const again = await proxyPublishedFeed(
      new Request('http://web/c/ada/feed.xml', { headers: { 'if-none-match': '"v1"' } }),
      'c',
      'ada',
      'feed.xml',
      fetchImpl,
      'http://api:4000/graphql',
    );
    expect(again.status).toBe(304);
    expect(seen[1]!.headers.get('if-none-match')).toBe('"v1"');
  });
});
