/**
 * Malicious and ill-formed inputs: XML bombs, XXE, external DTDs and entity tricks finish fast,
 * fail (or parse) predictably, and never cause a request; XSS vectors come out inert.
 */
import { describe, expect, it } from 'vitest';
import { rssBridge, type FetchResult, type SourceRef } from '@tributary/bridges';
import { sanitizeHtml } from '@tributary/bridges/sanitize';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx, outbound } = useFixtureServer();

const ref = (path: string): SourceRef => ({ kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null });

async function timed(fixture: string): Promise<{ result: FetchResult | null; error: unknown; ms: number; heapMiB: number }> {
  server.fixture(`/m/${fixture}`, fixture);
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
    ['malicious/defusedxml_xmlbomb.xml', 'entity-expansion'],
    ['malicious/defusedxml_cyclic.xml', 'entity-expansion'],
    ['malicious/defusedxml_quadratic.xml', 'entity-expansion'],
    ['malicious/defusedxml_xmlbomb2.xml', 'not-a-feed'],
    ['malicious/defusedxml_external.xml', 'not-a-feed'],
    ['malicious/defusedxml_external_file.xml', 'not-a-feed'],
    ['malicious/defusedxml_dtd.xml', 'html'],
  ];
  it.each(refused)('%s fails with ParseError (%s) in < 500 ms and < 128 MiB', async (fixture, reason) => {
    const { error, ms, heapMiB } = await timed(fixture);
    expect(error).toMatchObject({ kind: 'parse', reason });
    expect(ms).toBeLessThan(500);
    expect(heapMiB).toBeLessThan(128);
  });

  it('SYSTEM entities (file and http) expand to nothing and are never fetched', async () => {
    const file = await timed('malicious/w3c_rss_system_entity_file.xml');
    expect(file.ms).toBeLessThan(500);
    const fileItem = file.result!.items[0]!;
    expect(fileItem.contentHtml).not.toContain('boot.ini');
    // The entity expanded to nothing, and the spacer.gif beacon is dropped as a tracking pixel.
    expect(fileItem.contentHtml).toBe('');
    const http = await timed('malicious/w3c_rss_system_entity_http.xml');
    expect(http.ms).toBeLessThan(500);
    expect(http.result!.items[0]!.contentHtml).not.toContain('localhost');
  });

  it('external parameter entity in an RDF DOCTYPE: parsed, DTD never loaded', async () => {
    const { result, ms } = await timed('malicious/fp_rdf_doctype_external_param_entity.xml');
    expect(ms).toBeLessThan(500);
    expect(result!.items).toEqual([]);
  });

  it('benign internal entity is expanded', async () => {
    const { result } = await timed('malicious/fp_rss_internal_entity_in_doctype.xml');
    expect(result!.items[0]!.guid).toBe('tag:example.com,2006-05-04:/blog/');
  });

  it('ill-formed feeds are read leniently', async () => {
    const amp = await timed('malicious/fp_illformed_corrupted_ampersands.xml');
    expect(amp.result!.items[0]!.url).toBe('http://link/get?a=1&b=2');
    const cdata = await timed('malicious/fp_illformed_incomplete_cdata.xml');
    expect(cdata.ms).toBeLessThan(500);
    expect(cdata.result!.source.title).toBe('can feedparser read this xml');
    const ns = await timed('malicious/fp_illformed_undeclared_namespace.xml');
    expect(ns.result!.source.description).toBe('Foo'); // itunes:subtitle without xmlns:itunes
  });

  it('empty body is a ParseError', async () => {
    const { error } = await timed('malicious/gofeed_empty_feed.xml');
    expect(error).toMatchObject({ kind: 'parse', reason: 'empty' });
  });

  it('the legitimate 1.6 MB podcast parses in well under a second', async () => {
    const { result, ms } = await timed('malicious/rssparser_giantbomb-podcast-large-1.6MB.rss');
    expect(ms).toBeLessThan(2000);
    expect(result!.source.title).toBe('Giant Bombcast');
    expect(result!.items).toHaveLength(500); // maxItems default caps one fetch
    expect(result!.items[0]).toMatchObject({ title: 'Giant Bombcast 603: Call of Tuesday' });
    expect(result!.items[0]!.media[0]).toMatchObject({ type: 'audio/mpeg' });
  });
});

describe('XSS', () => {
  it('feedparser sanitizer fixtures: script, onclick, kitchen sink', async () => {
    const script = await timed('malicious/fp_sanitize_entry_content_script.xml');
    expect(script.result!.items[0]!.contentHtml).toBe('safe description');
    const onclick = await timed('malicious/fp_sanitize_entry_content_onclick.xml');
    expect(onclick.result!.items[0]!.contentHtml).toBe('<img src="http://www.ragingplatypus.com/i/cam-full.jpg" loading="lazy" />');
    const crazy = await timed('malicious/fp_sanitize_entry_content_crazy.xml');
    const html = crazy.result!.items[0]!.contentHtml;
    expect(html).not.toMatch(/<script|javascript:|on\w+=|<style|<iframe|<object|<embed|<meta|<link|<form/i);
    expect(html).toContain('I will execute here, too, if you mouse over me'); // text survives, behaviour does not
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
