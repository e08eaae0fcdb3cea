/**
 * Malicious and ill-formed inputs: XML bombs, XXE, external DTDs and entity tricks finish fast,
 * fail (or parse) predictably, and never cause a request; XSS vectors come out inert.
 */
import { largePodcastFeed } from '@tributary/test-support';
import { describe, expect, it } from 'vitest';
import { rssBridge, type FetchResult, type SourceRef } from '@tributary/bridges';
import { sanitizeHtml } from '@tributary/bridges/sanitize';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx, outbound } = useFixtureServer();

/** Not a file: built on demand (about 1.3 MB). */
const LARGE = 'generated/large-podcast.rss';

const ref = (path: string): SourceRef => ({ kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null });

async function timed(fixture: string): Promise<{ result: FetchResult | null; error: unknown; ms: number; heapMiB: number }> {
  if (fixture === LARGE) server.route(`/m/${fixture}`, { headers: { 'content-type': 'application/rss+xml' }, body: largePodcastFeed() });
  else server.input(`/m/${fixture}`, fixture);
  const seen = server.requests.length;
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  let result: FetchResult | null = null;
  let error: unknown = null;
  try {
    result = await rssBridge.fetch(ref(`/m/${fixture}`), null, ctx());
  } catch (caught) {
    error = caught;
  }
  const ms = performance.now() - start;
  const heapMiB = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  // Exactly one request, the feed itself: no DTD, no external entity, no ping.
  expect(server.requests.slice(seen).map((request) => new URL(request.url).pathname)).toEqual([`/m/${fixture}`]);
  expect(outbound).toEqual([]);
  return { result, error, ms, heapMiB };
}

describe('XML attacks', () => {
  const refused: [string, string][] = [
    ['hostile/entity-bomb.xml', 'entity-expansion'],
    ['hostile/entity-cycle.xml', 'entity-expansion'],
    ['hostile/entity-quadratic.xml', 'entity-expansion'],
    ['hostile/entity-not-a-feed.xml', 'not-a-feed'],
    ['hostile/external-entity-http.xml', 'not-a-feed'],
    ['hostile/external-entity-file.xml', 'not-a-feed'],
    ['hostile/xhtml-with-dtd.xml', 'html'],
  ];
  it.each(refused)('%s fails with ParseError (%s) in < 500 ms and < 128 MiB', async (fixture, reason) => {
    const { error, ms, heapMiB } = await timed(fixture);
    expect(error).toMatchObject({ kind: 'parse', reason });
    expect(ms).toBeLessThan(500);
    expect(heapMiB).toBeLessThan(128);
  });

  it('SYSTEM entities (file and http) expand to nothing and are never fetched', async () => {
    const file = await timed('hostile/system-entity-file.xml');
    expect(file.ms).toBeLessThan(500);
    const fileItem = file.result!.items[0]!;
    expect(fileItem.contentHtml).not.toContain('shadow');
    // The entity expanded to nothing, and the 1×1 beacon is dropped as a tracking pixel.
    expect(fileItem.contentHtml).toBe('');
    const http = await timed('hostile/system-entity-http.xml');
    expect(http.ms).toBeLessThan(500);
    expect(http.result!.items[0]!.contentHtml).not.toContain('localhost');
  });

  it('external parameter entity in an RDF DOCTYPE: parsed, DTD never loaded', async () => {
    const { result, ms } = await timed('hostile/rdf-external-parameter-entity.xml');
    expect(ms).toBeLessThan(500);
    expect(result!.items).toEqual([]);
  });

  it('benign internal entity is expanded', async () => {
    const { result } = await timed('hostile/internal-entity.xml');
    expect(result!.items[0]!.guid).toBe('tag:harbour.example,2026-01-01:/log/');
  });

  it('ill-formed feeds are read leniently', async () => {
    const amp = await timed('hostile/corrupted-ampersands.xml');
    expect(amp.result!.items[0]!.url).toBe('http://quay.example/find?berth=4&tide=low');
    const cdata = await timed('hostile/incomplete-cdata.xml');
    expect(cdata.ms).toBeLessThan(500);
    expect(cdata.result!.source.title).toBe('the cdata never ends');
    const ns = await timed('hostile/undeclared-namespace.xml');
    expect(ns.result!.source.description).toBe('Tides'); // itunes:subtitle without xmlns:itunes
  });

  it('empty body is a ParseError', async () => {
    const { error } = await timed('hostile/empty.xml');
    expect(error).toMatchObject({ kind: 'parse', reason: 'empty' });
  });

  it('a legitimate 1.3 MB podcast parses in well under a second', async () => {
    const { result, ms } = await timed(LARGE);
    expect(ms).toBeLessThan(2000);
    expect(result!.source.title).toBe('Harbourcast');
    expect(result!.items).toHaveLength(500); // maxItems default caps one fetch
    expect(result!.items[0]).toMatchObject({ title: 'Harbourcast 730: Episode 730' });
    expect(result!.items[0]!.media[0]).toMatchObject({ type: 'audio/mpeg' });
  });
});

describe('XSS', () => {
  it('sanitizer inputs: script, onclick, kitchen sink', async () => {
    const script = await timed('hostile/sanitize-script.xml');
    expect(script.result!.items[0]!.contentHtml).toBe('harmless words');
    const onclick = await timed('hostile/sanitize-onclick.xml');
    expect(onclick.result!.items[0]!.contentHtml).toBe('<img src="http://images.harbour.example/quay.jpg" loading="lazy" />');
    const crazy = await timed('hostile/sanitize-kitchen-sink.xml');
    const html = crazy.result!.items[0]!.contentHtml;
    expect(html).not.toMatch(/<script|javascript:|on\w+=|<style|<iframe|<object|<embed|<meta|<link|<form/i);
    expect(html).toContain('I will not run, but you can still read me'); // text survives, behaviour does not
  });

  it('vectors in titles, bodies, authors and links come out inert', async () => {
    server.route('/x/xss', {
      headers: { 'content-type': 'application/rss+xml' },
      body: `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>&lt;script&gt;alert(1)&lt;/script&gt;Feed</title>
<item>
<title><![CDATA[<img src=x onerror=alert(1)>Hello <b>world</b>]]></title>
<link>javascript:alert(1)</link>
<dc:creator><![CDATA[<svg onload=alert(1)>Mallory]]></dc:creator>
<description><![CDATA[<p onclick="x()">Hi <a href="javascript:alert(1)">a</a> <a href="/rel">rel</a>
<img src="data:image/png;base64,AAAA"><img src="https://t.example/p.gif" width="1" height="1">
<iframe src="https://evil.example/"></iframe><iframe src="https://www.youtube.com/embed/abc"></iframe>
<form action="https://evil.example"><input name=a></form><style>body{}</style>
<a href="https://ok.example/" style="color:red">ok</a><object data="x.swf"></object>
<img src="https://pixel.wp.com/g.gif"><svg><script>alert(1)</script></svg><math><mi>x</mi></math></p>]]></description>
</item></channel></rss>`,
    });
    const result = await rssBridge.fetch(ref('/x/xss'), null, ctx());
    expect(result.source.title).toBe('Feed');
    const item = result.items[0]!;
    expect(item.title).toBe('Hello world');
    expect(item.url).toBeNull();
    expect(item.author).toBe('Mallory');
    const html = item.contentHtml;
    expect(html).not.toMatch(/javascript:|onclick|onerror|data:|<form|<input|<style|<object|<svg|<script|evil\.example|t\.example|pixel\.wp\.com|style=/i);
    expect(html).toContain(`<a href="${server.url('/rel')}" rel="noopener noreferrer nofollow" target="_blank">rel</a>`);
    expect(html).toContain('<a href="https://ok.example/" rel="noopener noreferrer nofollow" target="_blank">ok</a>');
    expect(html).toContain('<iframe src="https://www.youtube.com/embed/abc"></iframe>');
  });

  it('the exported sanitizer resolves relative URLs against the base', () => {
    expect(sanitizeHtml('<img src="a.png"><a href="../b">b</a>', { baseUrl: 'https://site.example/x/y/' })).toBe(
      '<img src="https://site.example/x/y/a.png" loading="lazy" /><a href="https://site.example/x/b" rel="noopener noreferrer nofollow" target="_blank">b</a>',
    );
  });
});
