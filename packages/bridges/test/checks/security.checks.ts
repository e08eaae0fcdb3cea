/**
 * Malicious and ill-formed inputs: XML bombs, XXE, external DTDs and entity tricks finish fast,
 * fail (or parse) predictably, and never cause a request; XSS vectors come out inert.
 */
import { describe, expect, it } from 'vitest';
import { rssBridge, type FetchResult, type SourceRef } from '@tributary/bridges';
import { sanitizeHtml } from '@tributary/bridges/sanitize';
import { useFixtureServer } from '../helpers/setup.js';
import { type Reader } from './reader.js';

export interface SecurityCases {
  /** Names that are not files but built on demand, served as RSS. */
  generated?: Record<string, () => Buffer | string>;
  /** [file, ParseError reason] */
  refused: [string, string][];
  /** SYSTEM entities: `file` names `fileTarget`, which must not appear; `http` names localhost. */
  systemEntity: { file: string; fileTarget: string; http: string };
  rdfExternalParameterEntity: string;
  internalEntity: { file: string; guid: string };
  illFormed: {
    ampersands: { file: string; url: string };
    cdata: { file: string; title: string };
    namespace: { file: string; description: string };
  };
  empty: string;
  /** A legitimate large podcast (over 500 items, audio enclosures). */
  large: { title: string; file: string; sourceTitle: string; firstItem: string };
  sanitize: {
    title: string;
    script: { file: string; html: string };
    onclick: { file: string; html: string };
    kitchenSink: { file: string; text: string };
  };
}

export function securityChecks(read: Reader, cases: SecurityCases): void {
  const { server, ctx, outbound } = useFixtureServer();

  const ref = (path: string): SourceRef => ({ kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null });

  async function timed(fixture: string): Promise<{ result: FetchResult | null; error: unknown; ms: number; heapMiB: number }> {
    const generated = cases.generated?.[fixture];
    if (generated) server.route(`/m/${fixture}`, { headers: { 'content-type': 'application/rss+xml' }, body: generated() });
    else server.file(read, `/m/${fixture}`, fixture);
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
    it.each(cases.refused)('%s fails with ParseError (%s) in < 500 ms and < 128 MiB', async (fixture, reason) => {
      const { error, ms, heapMiB } = await timed(fixture);
      expect(error).toMatchObject({ kind: 'parse', reason });
      expect(ms).toBeLessThan(500);
      expect(heapMiB).toBeLessThan(128);
    });

    it('SYSTEM entities (file and http) expand to nothing and are never fetched', async () => {
      const file = await timed(cases.systemEntity.file);
      expect(file.ms).toBeLessThan(500);
      const fileItem = file.result!.items[0]!;
      expect(fileItem.contentHtml).not.toContain(cases.systemEntity.fileTarget);
      // The entity expanded to nothing, and the beacon image is dropped as a tracking pixel.
      expect(fileItem.contentHtml).toBe('');
      const http = await timed(cases.systemEntity.http);
      expect(http.ms).toBeLessThan(500);
      expect(http.result!.items[0]!.contentHtml).not.toContain('localhost');
    });

    it('external parameter entity in an RDF DOCTYPE: parsed, DTD never loaded', async () => {
      const { result, ms } = await timed(cases.rdfExternalParameterEntity);
      expect(ms).toBeLessThan(500);
      expect(result!.items).toEqual([]);
    });

    it('benign internal entity is expanded', async () => {
      const { result } = await timed(cases.internalEntity.file);
      expect(result!.items[0]!.guid).toBe(cases.internalEntity.guid);
    });

    it('ill-formed feeds are read leniently', async () => {
      const amp = await timed(cases.illFormed.ampersands.file);
      expect(amp.result!.items[0]!.url).toBe(cases.illFormed.ampersands.url);
      const cdata = await timed(cases.illFormed.cdata.file);
      expect(cdata.ms).toBeLessThan(500);
      expect(cdata.result!.source.title).toBe(cases.illFormed.cdata.title);
      const ns = await timed(cases.illFormed.namespace.file);
      expect(ns.result!.source.description).toBe(cases.illFormed.namespace.description); // itunes:subtitle without xmlns:itunes
    });

    it('empty body is a ParseError', async () => {
      const { error } = await timed(cases.empty);
      expect(error).toMatchObject({ kind: 'parse', reason: 'empty' });
    });

    it(cases.large.title, async () => {
      const { result, ms } = await timed(cases.large.file);
      expect(ms).toBeLessThan(2000);
      expect(result!.source.title).toBe(cases.large.sourceTitle);
      expect(result!.items).toHaveLength(500); // maxItems default caps one fetch
      expect(result!.items[0]).toMatchObject({ title: cases.large.firstItem });
      expect(result!.items[0]!.media[0]).toMatchObject({ type: 'audio/mpeg' });
    });
  });

  describe('XSS', () => {
    it(cases.sanitize.title, async () => {
      const script = await timed(cases.sanitize.script.file);
      expect(script.result!.items[0]!.contentHtml).toBe(cases.sanitize.script.html);
      const onclick = await timed(cases.sanitize.onclick.file);
      expect(onclick.result!.items[0]!.contentHtml).toBe(cases.sanitize.onclick.html);
      const crazy = await timed(cases.sanitize.kitchenSink.file);
      const html = crazy.result!.items[0]!.contentHtml;
      expect(html).not.toMatch(/<script|javascript:|on\w+=|<style|<iframe|<object|<embed|<meta|<link|<form/i);
      expect(html).toContain(cases.sanitize.kitchenSink.text); // text survives, behaviour does not
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
}
