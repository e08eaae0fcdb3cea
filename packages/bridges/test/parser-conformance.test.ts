/**
 * Feed parser behaviours found by the public conformance suites (issue #18), each on a small
 * self-written document: the classes of bugs fixed, so they cannot come back.
 */
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '@tributary/bridges/feed/encoding';
import { normalizeFeedItems } from '@tributary/bridges/feed/normalize';
import { parseFeed } from '@tributary/bridges/feed/parse';
import { type ParsedFeed } from '@tributary/bridges/feed/model';
import { parseXml } from '@tributary/bridges/feed/xml';

const parse = (xml: string, url: string | null = 'https://site.example/feed.xml'): ParsedFeed => parseFeed({ body: xml, url });
const rss = (channel: string, item = ''): string => `<rss version="2.0"><channel>${channel}<item>${item}</item></channel></rss>`;
const atom = (body: string, attrs = ''): string => `<feed xmlns="http://www.w3.org/2005/Atom"${attrs}>${body}</feed>`;
const firstItem = (feed: ParsedFeed) => feed.items[0]!;
const rendered = (feed: ParsedFeed) => normalizeFeedItems(feed).items[0]!;

describe('RSS elements holding child markup or living elsewhere', () => {
  it('titles, channel descriptions, guids, authors and categories with unescaped child markup', () => {
    const feed = parse(
      rss(
        '<title><em>Notes</em> from the field</title><description><p>About <b>birds</b></p></description>',
        '<title><b>Gull</b> season</title><guid isPermaLink="false"><span>id-7</span></guid><author><i>Ann</i> Lee</author><category><b>birds</b></category>',
      ),
    );
    expect(feed.title).toBe('Notes from the field');
    expect(feed.description).toBe('<p>About <b>birds</b></p>');
    expect(firstItem(feed)).toMatchObject({ title: 'Gull season', id: 'id-7', author: 'Ann Lee', categories: ['birds'] });
  });

  it('reads <body>, <xhtml:body> and <fullitem> as the item content, <summary> as a description', () => {
    expect(firstItem(parse(rss('', '<body><p>Plain body</p></body>'))).contentHtml).toBe('<p>Plain body</p>');
    const xhtml = parse(rss('', '<description>short</description><body xmlns="http://www.w3.org/1999/xhtml"><p>Long body</p></body>'));
    expect(firstItem(xhtml)).toMatchObject({ contentHtml: '<p>Long body</p>', summaryHtml: 'short' });
    expect(firstItem(parse(rss('', '<fullitem>&lt;p&gt;Escaped&lt;/p&gt;</fullitem>'))).contentHtml).toBe('<p>Escaped</p>');
    expect(firstItem(parse(rss('', '<description>d</description><summary>s</summary>')))).toMatchObject({ contentHtml: 's', summaryHtml: 'd' });
    expect(firstItem(parse(rss('', '<summary>only a summary</summary>'))).contentHtml).toBe('only a summary');
  });

  it('sanitizes <body> content like any other', () => {
    const item = rendered(parse(rss('', '<body>safe<script>alert(1)</script> <b onclick="x()">text</b></body>')));
    expect(item.contentHtml).toBe('safe <b>text</b>');
  });

  it('channel <author>, <dc:author> and webMaster give the feed author; "Name (email)" is split', () => {
    expect(parse(rss('<author>Channel Writer</author>')).author).toBe('Channel Writer');
    expect(parse(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><dc:author>Dee</dc:author></channel></rss>`).author).toBe('Dee');
    expect(parse(rss('<managingEditor>Ed Itor (ed@mail.example)</managingEditor>')).author).toBe('Ed Itor');
    expect(parse(rss('<webMaster>web@mail.example (Web Master)</webMaster>')).author).toBe('Web Master');
    expect(firstItem(parse(rss('', '<author>Ann Lee (ann@mail.example)</author>'))).author).toBe('Ann Lee');
    // A "mailto:" in parentheses is not a bare address: kept as written.
    expect(firstItem(parse(rss('', '<author>Ann (mailto:ann@mail.example)</author>'))).author).toBe('Ann (mailto:ann@mail.example)');
  });

  it('iTunes (nested), Media RSS and <tags> categories, in document order', () => {
    const feed = parse(
      `<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
        <tags>one, two</tags><category>three</category>
        <itunes:category text="Science"><itunes:category text="Astronomy"/></itunes:category>
        <media:category scheme="urn:x">four</media:category>
      </item></channel></rss>`,
    );
    expect(firstItem(feed).categories).toEqual(['one', 'two', 'three', 'Science', 'Astronomy', 'four']);
  });

  it('iTunes image given as url= or as <itunes:link rel="image">, media:title as a last-resort title', () => {
    const ns = 'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:media="http://search.yahoo.com/mrss/"';
    expect(parse(`<rss ${ns}><channel><itunes:image url="https://img.example/a.png"/></channel></rss>`).imageUrl).toBe('https://img.example/a.png');
    expect(parse(`<rss ${ns}><channel><itunes:link rel="image" href="https://img.example/b.png"/></channel></rss>`).imageUrl).toBe('https://img.example/b.png');
    expect(firstItem(parse(`<rss ${ns}><channel><item><media:title>From media</media:title></item></channel></rss>`)).title).toBe('From media');
  });

  it('an <rss> without a version says so; the channel.netscape.com RSS 0.90 namespace is 0.90', () => {
    expect(parse('<rss><channel><title>t</title></channel></rss>').version).toBe('');
    const rdf = parse(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://channel.netscape.com/rdf/simple/0.9/"><channel><title>t</title></channel></rdf:RDF>',
    );
    expect(rdf).toMatchObject({ format: 'rdf', version: '0.90', title: 't' });
  });

  it('Atom elements inside an RSS item: author, content, published', () => {
    const feed = parse(
      `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><item>
        <atom:author><atom:name>Ann</atom:name></atom:author><atom:content type="html">&lt;p&gt;Body&lt;/p&gt;</atom:content>
        <atom:published>2024-05-06T07:08:09Z</atom:published></item></channel></rss>`,
    );
    expect(firstItem(feed)).toMatchObject({ author: 'Ann', contentHtml: '<p>Body</p>', published: new Date('2024-05-06T07:08:09Z') });
  });

  it('drops control characters XML forbids', () => {
    expect(firstItem(parse(rss('', '<title>ab\bcd</title>'))).title).toBe('abcd');
  });
});

describe('titles: escaped markup is decoded once', () => {
  it('Atom text titles show escaped markup as written', () => {
    const feed = parse(atom('<title type="text">&lt;blink&gt; is text</title><entry><title>&lt;script&gt;x&lt;/script&gt; too</title></entry>'));
    expect(feed.title).toBe('<blink> is text');
    expect(firstItem(feed).title).toBe('<script>x</script> too');
  });

  it('Atom html titles are reduced to their text once', () => {
    const feed = parse(atom('<title type="html">&lt;b&gt;Bold&lt;/b&gt; and &amp;lt;tag&amp;gt;</title>'));
    expect(feed.title).toBe('Bold and <tag>');
  });

  it('RSS titles: formatting markup is read as HTML, anything else as text', () => {
    expect(firstItem(parse(rss('', '<title>&lt;b&gt;Bold&lt;/b&gt; move</title>'))).title).toBe('Bold move');
    expect(firstItem(parse(rss('', '<title>Why &lt;blink&gt; died</title>'))).title).toBe('Why <blink> died');
    expect(firstItem(parse(rss('', '<title>if a &lt; b then</title>'))).title).toBe('if a < b then');
  });

  it('keeps NBSP and other Unicode spaces in titles', () => {
    expect(firstItem(parse(rss('', '<title>a&#160;b&#8194;c&#8195;d&#8201;e</title>'))).title).toBe('a\u00a0b\u2002c\u2003d\u2009e');
  });
});

describe('Atom base64 content', () => {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

  it('decodes Atom 1.0 content, summaries and titles whose type is neither text nor XML', () => {
    const feed = parse(
      atom(
        `<title type="application/octet-stream">${b64('Encoded title')}</title><entry>
          <content type="application/octet-stream">${b64('Entry content')}</content>
          <summary type="image/x-test">${b64('Summary')}</summary></entry>`,
      ),
    );
    expect(feed.title).toBe('Encoded title');
    expect(firstItem(feed)).toMatchObject({ contentHtml: 'Entry content', summaryHtml: 'Summary' });
  });

  it('sanitizes decoded Atom 0.3 base64 HTML', () => {
    const feed = parse(
      `<feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry><content type="text/html" mode="base64">${b64('safe<script>alert(1)</script>!')}</content></entry></feed>`,
    );
    expect(rendered(feed).contentHtml).toBe('safe!');
  });
});

describe('xml:base', () => {
  it("resolves a summary's links against the summary's own xml:base", () => {
    const feed = parse(
      atom(
        `<entry><content type="html" xml:base="https://a.example/c/">&lt;a href="x"&gt;c&lt;/a&gt;</content>
         <summary type="html" xml:base="https://a.example/s/">&lt;a href="y"&gt;s&lt;/a&gt;</summary></entry>`,
      ),
    );
    const item = firstItem(feed);
    expect(item.baseUrl).toBe('https://a.example/c/');
    expect(item.summaryHtml).toContain('href="https://a.example/s/y"');
    expect(rendered(feed).contentHtml).toContain('href="https://a.example/c/x"');
  });

  it('an entry with only a summary takes its base from the summary', () => {
    const feed = parse(atom('<entry><summary xml:base="https://a.example/s/">text</summary></entry>', ' xml:base="https://a.example/"'));
    expect(firstItem(feed).baseUrl).toBe('https://a.example/s/');
  });

  it('href="" is the base itself, in links and in content', () => {
    const feed = parse(
      atom('<link rel="self" href=""/><entry><content type="html">&lt;a href=""&gt;here&lt;/a&gt;</content></entry>', ' xml:base="https://a.example/feed"'),
    );
    expect(feed.selfUrl).toBe('https://a.example/feed');
    expect(rendered(feed).contentHtml).toContain('href="https://a.example/feed"');
  });

  it('a javascript: xml:base is not taken as a base', () => {
    const doc = parseXml(
      `<feed xmlns="http://www.w3.org/2005/Atom"><entry xml:base="https://a.example/"><title xml:base="javascript:alert(1)">t</title></entry></feed>`,
      null,
    );
    expect(doc.root.children[0]!.children[0]!.base).toBe('https://a.example/');
  });
});

describe('prolog', () => {
  it('"<!DOCTYPE" inside a leading comment is not the DOCTYPE', () => {
    const feed = parse(`<!-- says <!DOCTYPE html> in passing --><rss version="2.0"><channel><title>Still here</title></channel></rss>`);
    expect(feed.title).toBe('Still here');
  });

  it('a DOCTYPE after a comment is still cut and its entities read', () => {
    const feed = parse(`<?xml version="1.0"?><!-- c --><!DOCTYPE rss [<!ENTITY who "World">]><rss version="2.0"><channel><title>Hi &who;</title></channel></rss>`);
    expect(feed.title).toBe('Hi World');
  });
});

describe('encodings', () => {
  const utf32 = (text: string, bigEndian: boolean, bom: boolean): Uint8Array => {
    const codes = [...(bom ? '\ufeff' : '') + text].map((char) => char.codePointAt(0)!);
    const view = new DataView(new ArrayBuffer(codes.length * 4));
    codes.forEach((code, i) => view.setUint32(i * 4, code, !bigEndian));
    return new Uint8Array(view.buffer);
  };
  const doc = '<rss version="2.0"><channel><title>Grüße 🌊</title></channel></rss>';

  it.each([
    ['utf-32be', true, true],
    ['utf-32le', false, true],
    ['utf-32be', true, false],
    ['utf-32le', false, false],
  ] as const)('reads %s (big-endian: %s, BOM: %s)', (encoding, bigEndian, bom) => {
    const bytes = utf32(doc, bigEndian, bom);
    expect(decodeBytes(bytes)).toEqual({ text: doc, encoding });
    expect(parseFeed({ body: bytes }).title).toBe('Grüße 🌊');
  });

  it('detects undeclared legacy encodings (Shift_JIS, KOI8-R) instead of falling back to Windows-1252', () => {
    const japanese = Buffer.from('3c7273732076657273696f6e3d22322e30223e3c6368616e6e656c3e3c7469746c653e93fa967b8cea82cc836a8385815b83583c2f7469746c653e3c6974656d3e3c7469746c653e938c8b9e82c58df782aa969e8a4a3c2f7469746c653e3c6465736372697074696f6e3e938c8b9e82c58df782aa969e8a4a82c982c882e882dc82b582bd81428da1944e82cd97e1944e82e682e8918182a28a4a89d482c582b781423c2f6465736372697074696f6e3e3c2f6974656d3e3c2f6368616e6e656c3e3c2f7273733e', 'hex');
    expect(decodeBytes(japanese).encoding).toBe('shift_jis');
    expect(firstItem(parseFeed({ body: japanese })).title).toBe('東京で桜が満開');
    const russian = Buffer.from('3c7273732076657273696f6e3d22322e30223e3c6368616e6e656c3e3c7469746c653eeecfd7cfd3d4c920c4ced13c2f7469746c653e3c6974656d3e3c7469746c653ef3c5c7cfc4ced120d720edcfd3cbd7c520d0d2cfdba3cc20d3c9ccd8ced9ca20c4cfd6c4d83c2f7469746c653e3c6465736372697074696f6e3ef3c5c7cfc4ced120d720edcfd3cbd7c520d0d2cfdba3cc20d3c9ccd8ced9ca20c4cfd6c4d82c20c920cec120d5ccc9c3c1c820c2d9cccf20cdc1cccf20ccc0c4c5ca2e20f3c9cecfd0d4c9cbc920cfc2c5ddc1c0d42c20ded4cf20dac1d7d4d2c120d0cfc7cfc4c120d5ccd5dedbc9d4d3d120c920d7d9c7ccd1cec5d420d3cfcccec3c52e3c2f6465736372697074696f6e3e3c2f6974656d3e3c2f6368616e6e656c3e3c2f7273733e', 'hex');
    expect(decodeBytes(russian).encoding).toBe('koi8-r');
    expect(firstItem(parseFeed({ body: russian })).title).toBe('Сегодня в Москве прошёл сильный дождь');
  });

  it('a declared or valid UTF-8 document is not second-guessed; short undeclared Latin-1 stays Windows-1252', () => {
    const bytes = new TextEncoder().encode('<?xml version="1.0" encoding="utf-8"?>' + doc);
    expect(decodeBytes(bytes).encoding).toBe('utf-8');
    const latin = new Uint8Array([...new TextEncoder().encode('<rss><channel><title>caf'), 0xe9, ...new TextEncoder().encode('</title></channel></rss>')]);
    expect(parseFeed({ body: latin }).title).toBe('café');
  });

  it('reads C1 controls as the Windows-1252 characters they stand for', () => {
    expect(firstItem(parse(rss('', '<description>don\u0092t</description>'))).contentHtml).toBe('don\u2019t');
    expect(firstItem(parse(rss('', '<description>don&#146;t</description>'))).contentHtml).toBe('don\u2019t');
    const bytes = new TextEncoder().encode(rss('', '<description>don\u0092t</description>'));
    expect(firstItem(parseFeed({ body: bytes })).contentHtml).toBe('don\u2019t');
  });

  it('repairs UTF-8 spelled out byte by byte in character references, and nothing else', () => {
    expect(firstItem(parse(rss('', '<description>&#226;&#128;&#166;</description>'))).contentHtml).toBe('\u2026');
    expect(firstItem(parse(rss('', '<description>caf&#233; &#226;</description>'))).contentHtml).toBe('caf\u00e9 \u00e2');
    expect(firstItem(parse(rss('', '<description>Ã© as written</description>'))).contentHtml).toBe('Ã© as written');
  });
});

describe('CDF (Channel Definition Format)', () => {
  it('reads the channel, its items, BASE, HREF and LASTMOD', () => {
    const feed = parse(
      `<CHANNEL BASE="https://cdf.example/" HREF="https://cdf.example/home" LASTMOD="2004-04-06T23:05:43-05:00">
        <TITLE>Channel</TITLE><ABSTRACT>About it</ABSTRACT>
        <ITEM HREF="/item/1" LASTMOD="2004-04-06T23:05:43-05:00"><TITLE>First</TITLE><ABSTRACT>Item text</ABSTRACT></ITEM>
      </CHANNEL>`,
    );
    expect(feed).toMatchObject({ format: 'cdf', title: 'Channel', description: 'About it', siteUrl: 'https://cdf.example/home' });
    expect(firstItem(feed)).toMatchObject({
      title: 'First',
      url: 'https://cdf.example/item/1',
      contentHtml: 'Item text',
      baseUrl: 'https://cdf.example/',
      updated: new Date('2004-04-07T04:05:43Z'),
    });
  });
});

describe('sanitizer: fallback content of removed objects', () => {
  it('keeps what an <object> holds, as sanitized HTML; keeps the frames it allows', () => {
    const object = rendered(parse(rss('', '<body>safe<object data="x.swf" /> <b onclick="x()">text</b></body>')));
    expect(object.contentHtml).toBe('safe <b>text</b>');
    const kept = rendered(parse(rss('', '<description>&lt;iframe src="https://www.youtube.com/embed/abc"&gt;&lt;/iframe&gt;</description>')));
    expect(kept.contentHtml).toBe('<iframe src="https://www.youtube.com/embed/abc"></iframe>');
  });
});

describe('titles holding an <object>', () => {
  it('keep the text after it', () => {
    expect(parse(atom('<title type="html">safe&lt;object data="x.swf"&gt; description</title>')).title).toBe('safe description');
  });
});

describe('channel details', () => {
  it('generator and webMaster as written, language tags with hyphens, an image from the description', () => {
    const feed = parse(
      rss('<generator><b>Gen</b> 1.0</generator><webMaster>w@mail.example</webMaster><language>en_US</language><description>&lt;img src="/logo.png"&gt; hi</description>'),
    );
    expect(feed).toMatchObject({ generator: '<b>Gen</b> 1.0', webMaster: 'w@mail.example', language: 'en-US', imageUrl: 'https://site.example/logo.png' });
  });

  it('base64 content decodes to markup, sanitized like any HTML', () => {
    const b64 = Buffer.from('<p>Hi <script>x()</script>there</p>', 'utf8').toString('base64');
    const feed = parse(atom(`<entry><content type="application/octet-stream">${b64}</content><title type="">plain</title></entry>`));
    expect(rendered(feed)).toMatchObject({ contentHtml: '<p>Hi there</p>', title: 'plain' });
  });

  it('<summary> written before <description>: the first one is the summary', () => {
    expect(firstItem(parse(rss('', '<summary>s</summary><description>d</description>')))).toMatchObject({ contentHtml: 'd', summaryHtml: 's' });
  });
});
