/**
 * Every RSS/Atom/JSON Feed fixture goes through the RSS bridge's fetch, served by the local
 * server: each one parses with the facts a reader would check, or fails with the right error.
 */
import { describe, expect, it } from 'vitest';
import { ParseError, TransientError, type FetchResult, type NormalizedItem, rssBridge, type SourceRef } from '@tributary/bridges';
import { decodeBytes } from '@tributary/bridges/feed/encoding';
import { readFixture } from './helpers/corpus.js';
import { type Reply } from './helpers/server.js';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();

function refFor(path: string): SourceRef {
  return { kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null };
}

async function fetchFixture(fixture: string, options: { contentType?: string } = {}): Promise<FetchResult> {
  const path = `/f/${fixture}`;
  server.fixture(path, fixture, options);
  return rssBridge.fetch(refFor(path), null, ctx());
}

function first(result: FetchResult): NormalizedItem {
  const item = result.items[0];
  expect(item).toBeDefined();
  return item!;
}

describe('RSS 0.9x / 1.0 / 2.0', () => {
  it('rssboard RSS 2.0 sample: titles, links, guids, dates, escaped HTML', async () => {
    const result = await fetchFixture('rss/sf_rssboard-sample-rss-2.xml');
    expect(result.source.title).toBe('Liftoff News');
    expect(result.source.siteUrl).toBe('http://liftoff.msfc.nasa.gov/');
    expect(result.source.description).toBe('Liftoff to Space Exploration.');
    expect(result.items).toHaveLength(4);
    const item = first(result);
    expect(item.title).toBe('Star City');
    expect(item.url).toBe('http://liftoff.msfc.nasa.gov/news/2003/news-starcity.asp');
    expect(item.guid).toBe('http://liftoff.msfc.nasa.gov/2003/06/03.html#item573');
    expect(item.publishedAt?.toISOString()).toBe('2003-06-03T09:39:21.000Z');
    expect(item.contentHtml).toContain('<a href="http://howe.iki.rssi.ru/GCTC/gctc_e.htm" rel="noopener noreferrer nofollow" target="_blank">Star City</a>');
    expect(item.summary).toMatch(/^How do Americans get ready/);
    expect(item.kind).toBe('article');
    // The second item has no title: still an item.
    expect(result.items[1]!.title).toBeNull();
  });

  it('RSS 0.91 with a DOCTYPE naming the Netscape DTD (never fetched)', async () => {
    const result = await fetchFixture('rss/sf_rssboard-sample-rss-091.xml');
    expect(result.source.title).toBe('WriteTheWeb');
    expect(result.source.imageUrl).toBe('http://writetheweb.com/images/mynetscape88.gif');
    expect(result.items).toHaveLength(6);
    expect(first(result).title).toBe('Giving the world a pluggable Gnutella');
    expect(first(result).url).toBe('http://writetheweb.com/read.php?item=24');
    expect(server.requests).toHaveLength(1);
  });

  it('RSS 0.92: enclosures with MIME type and size', async () => {
    const result = await fetchFixture('rss/sf_rssboard-sample-rss-092.xml');
    expect(result.source.title).toBe('Dave Winer: Grateful Dead');
    expect(result.items).toHaveLength(22);
    const withAudio = result.items.find((item) => item.media.length > 0)!;
    expect(withAudio.media[0]).toMatchObject({ type: 'audio/mpeg', url: expect.stringMatching(/\.mp3$/) as unknown });
    expect(withAudio.media[0]!.size).toBeGreaterThan(1_000_000);
    // No title, no link, no guid: a stable hash stands in, the same on every fetch.
    const again = await fetchFixture('rss/sf_rssboard-sample-rss-092.xml');
    expect(first(result).guid).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(again.items.map((item) => item.guid)).toEqual(result.items.map((item) => item.guid));
    expect(new Set(result.items.map((item) => item.guid)).size).toBe(22);
  });

  it('RSS 1.0 (RDF) with dc: modules', async () => {
    const result = await fetchFixture('rss/sf_rss10-rdf-with-modules.xml');
    expect(result.source.title).toBe('Meerkat');
    expect(result.source.imageUrl).toBe('http://meerkat.oreillynet.com/icons/meerkat-powered.jpg');
    const item = first(result);
    expect(item.title).toBe('XML: A Disruptive Technology');
    expect(item.url).toBe('http://c.moreover.com/click/here.pl?r123');
    expect(item.author).toBe('Simon St.Laurent (mailto:simonstl@simonstl.com)');
  });

  it('RSS 0.90 (Netscape RDF namespace)', async () => {
    const result = await fetchFixture('rss/fp_rss090_item_title.xml');
    expect(result.source.title).toBe('Example title');
    expect(first(result).title).toBe('Item title');
  });

  it('Craigslist RDF with enc:, dc:date', async () => {
    const result = await fetchFixture('rss/rssparser_craigslist-rdf.rss');
    expect(result.source.title).toBe('craigslist SF bay area | apts/housing for rent search');
    expect(result.items).toHaveLength(25);
    expect(first(result).url).toBe('http://sfbay.craigslist.org/eby/apa/6186664607.html');
    expect(first(result).publishedAt?.toISOString()).toBe('2017-06-21T17:33:10.000Z');
  });

  it('Apple podcast example: enclosures, itunes:duration, itunes:image thumbnails', async () => {
    const result = await fetchFixture('rss/sf_apple-example-podcast.xml');
    expect(result.source.title).toBe('Hiking Treks');
    expect(result.source.imageUrl).toMatch(/^https?:\/\//);
    expect(result.items).toHaveLength(9);
    const item = first(result);
    expect(item.guid).toBe('aae20190418');
    expect(item.url).toBeNull(); // the guid is not a URL, so it is not a link
    expect(item.title).toBe('Hiking Treks Trailer'); // from itunes:title, there is no <title>
    expect(item.media[0]).toEqual({ url: 'http://example.com/podcasts/everything/AllAboutEverythingEpisode4.mp3', type: 'audio/mpeg', size: 498_537, durationSeconds: 1079 });
    expect(item.publishedAt?.toISOString()).toBe('2019-01-08T01:15:00.000Z');
  });

  it('narro podcast: audio enclosure with author email', async () => {
    const result = await fetchFixture('rss/rssparser_narro-podcast.rss');
    const item = first(result);
    expect(item.title).toBe('FAQ for Narro');
    expect(item.media[0]).toMatchObject({ type: 'audio/mpeg' });
    expect(item.publishedAt?.toISOString()).toBe('2015-02-20T09:51:15.000Z');
  });

  it('RFC 5005 paging links become nextPage', async () => {
    const result = await fetchFixture('rss/rssparser_pagination-links.rss');
    expect(result.source.title).toBe('New Show - With Episode Block');
    expect(result.nextPage).toMatch(/^https?:\/\/.+page=2|^https?:\/\//);
    expect(first(result).title).toBe('The First Episode');
  });

  it('BBC News: CDATA titles, GMT dates, isPermaLink guids', async () => {
    const result = await fetchFixture('rss/sf_real_bbc-news-world.xml');
    expect(result.source.title).toBe('BBC News - World');
    expect(result.items).toHaveLength(67);
    const item = first(result);
    expect(item.title).toBe('Rare Sumatran rhino gives birth after eight miscarriages');
    expect(item.publishedAt?.toISOString()).toBe('2022-04-05T10:04:42.000Z');
    // This recording declares xmlns:media but carries no media elements.
    expect(result.items.every((entry) => entry.media.length === 0)).toBe(true);
    expect(item.guid).toBe('https://www.bbc.co.uk/news/world-60993659');
  });

  it('Sky News: media:content images', async () => {
    const result = await fetchFixture('rss/sf_real_sky-news.xml');
    expect(result.items).toHaveLength(10);
    expect(first(result).media[0]).toMatchObject({ type: 'image/jpeg', url: expect.stringMatching(/^https:\/\//) as unknown });
  });

  it('Mastodon: items without titles are posts with HTML bodies', async () => {
    const result = await fetchFixture('rss/sf_real_mastodon-user-gargron.xml');
    expect(result.source.title).toBe('Eugen Rochko');
    expect(result.items).toHaveLength(20);
    const item = first(result);
    expect(item.title).toBeNull();
    expect(item.kind).toBe('post');
    expect(item.url).toBe('https://mastodon.social/@Gargron/109949892433321784');
    expect(item.summary.length).toBeGreaterThan(0);
  });

  it('Scripting News: 50 untitled items with guids and dates', async () => {
    const result = await fetchFixture('rss/nnw_scriptingNews.rss');
    expect(result.items).toHaveLength(50);
    expect(first(result).url).toBe('http://scripting.com/2017/06/26.html#a080605');
    expect(first(result).publishedAt?.toISOString()).toBe('2017-06-26T12:20:05.000Z');
  });

  it('Medium: content:encoded full HTML and dc:creator', async () => {
    const result = await fetchFixture('rss/rssparser_medium-content-encoded.rss');
    const item = first(result);
    expect(item.title).toBe('THE CREATIVE FORAGER');
    expect(item.author).toBe('Jeremy Puma');
    expect(item.contentHtml).toContain('<img');
    expect(item.contentHtml).not.toMatch(/medium\.com\/_\/stat/); // tracking pixel removed
  });

  it('Portuguese, ISO-8859-1 declared in the prolog', async () => {
    const result = await fetchFixture('rss/rssparser_encoding-iso-8859-1.rss');
    expect(result.source.title).toBe('Jornal de Notícias - Últimas Notícias');
    expect(result.items).toHaveLength(40);
    expect(first(result).title).toBe('Mãe de utente é a nova presidente da Raríssimas');
  });

  it('Portuguese, Latin-1 bytes without any declaration (sniffed)', async () => {
    const result = await fetchFixture('rss/rssparser_uolNoticias-latin1-no-prolog.rss', { contentType: 'application/xml' });
    expect(result.source.title).toBe('UOL Noticias');
    expect(result.items).toHaveLength(15);
    expect(first(result).title).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
  });

  it('Latin-1 from the HTTP charset header', async () => {
    const result = await fetchFixture('rss/rssparser_uolNoticias-latin1-no-prolog.rss', { contentType: 'application/rss+xml; charset=ISO-8859-1' });
    expect(first(result).title).toContain('simulações');
  });

  it('Chinese, GB2312 declared (decoded as GB18030)', async () => {
    const result = await fetchFixture('rss/nnw_kc0011-gb2312.rss');
    expect(result.source.title).toBe('投资资讯网交易在线--流通纪念币最新20篇论坛主题-全文');
    expect(result.items).toHaveLength(20);
    const item = first(result);
    expect(item.title).toBe('建国35周年纪念，华表，和平鸽');
    expect(item.url).toBe('http://www.kc0011.net/dispbbs.asp?BoardID=10&ID=25164257&Page=1');
    expect(item.author).toBe('大鱼儿');
  });

  it('Big5 and ISO-8859-1 prolog files: detected encodings, empty feeds parse', async () => {
    const big5 = await fetchFixture('rss/fp_encoding_big5.xml');
    expect(big5.items).toEqual([]);
    expect(decodeBytes(readFixture('rss/fp_encoding_big5.xml')).encoding).toBe('big5');
    const latin = await fetchFixture('rss/fp_encoding_iso-8859-1-prolog.xml');
    expect(latin.items).toEqual([]);
    expect(decodeBytes(readFixture('rss/fp_encoding_iso-8859-1-prolog.xml')).encoding).toBe('windows-1252');
  });

  it('Big5 text comes out as Chinese (the Big5 fixture with a title in Big5 bytes spliced in)', async () => {
    const original = readFixture('rss/fp_encoding_big5.xml');
    const at = original.indexOf('</rss>');
    // 中文 in Big5 is A4 A4 A4 E5
    const body = Buffer.concat([
      original.subarray(0, at),
      Buffer.from('<channel><title>'),
      Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]),
      Buffer.from('</title></channel>'),
      original.subarray(at),
    ]);
    server.route('/f/big5-title', { headers: { 'content-type': 'application/xml' }, body });
    const result = await rssBridge.fetch(refFor('/f/big5-title'), null, ctx());
    expect(result.source.title).toBe('中文');
  });

  it('UTF-8 BOM before the XML declaration', async () => {
    const result = await fetchFixture('rss/nnw_donthitsave-bom.xml');
    expect(result.source.title).toBe("Don't Hit Save");
    expect(result.items).toHaveLength(10);
    expect(first(result).title).toBe('Skipping Around');
  });

  it('leading whitespace before the declaration', async () => {
    const result = await fetchFixture('rss/gofeed_rss_feed_leading_spaces.xml');
    expect(result.source.title).toBe('Feed Title');
  });

  it('broken <?phpxml?> prolog is skipped', async () => {
    const result = await fetchFixture('rss/nnw_phpxml-broken-prolog.rss');
    expect(result.source.title).toBe('www.fcutrecht.net voetbalnieuws');
    expect(result.items).toHaveLength(20);
    expect(first(result).title).toMatch(/^Serdar Gözübüyük scheidsrechter/);
  });

  it('HTML entities undefined in XML: &hellip; decoded, unknown ones kept as text', async () => {
    expect((await fetchFixture('rss/fp_entity_hellip.xml')).source.title).toBe('testing … entity');
    expect((await fetchFixture('rss/fp_entity_doesnotexist.xml')).source.title).toBe('testing &doesnotexist; entity');
  });

  it('guid without isPermaLink is the permalink', async () => {
    const item = first(await fetchFixture('rss/fp_item_guid_guidislink.xml'));
    expect(item.guid).toBe('http://guid.example.com/');
    expect(item.url).toBe('http://guid.example.com/');
  });

  it('xml:base on <rss> resolves relative, entity-encoded non-ASCII links', async () => {
    const item = first(await fetchFixture('rss/fp_xml-base_rel_uri_unicode.xml'));
    expect(item.contentHtml).toBe('<a href="http://any.test/%C3%80" rel="noopener noreferrer nofollow" target="_blank">uri</a>');
  });
});

describe('Atom 0.3 / 1.0', () => {
  it('RFC 4287 example', async () => {
    const result = await fetchFixture('atom/sf_rfc4287-example.xml');
    expect(result.source.title).toBe('Example Feed');
    const item = first(result);
    expect(item).toMatchObject({ title: 'Atom-Powered Robots Run Amok', url: 'http://example.org/2003/12/13/atom03', author: 'John Doe', guid: 'urn:uuid:1225c695-cfb8-4ebb-aaaa-80da344efa6a' });
    expect(item.publishedAt?.toISOString()).toBe('2003-12-13T18:30:02.000Z');
    expect(item.summary).toBe('Some text.');
  });

  it('Atom 0.3 with xml:base relative links', async () => {
    const result = await fetchFixture('atom/sf_atom03-feedparser-example.xml');
    expect(result.source.title).toBe('Sample Feed');
    expect(first(result)).toMatchObject({ title: 'First entry title', url: 'http://example.org/entry/3', author: 'Mark Pilgrim' });
    expect(first(result).publishedAt?.toISOString()).toBe('2004-04-20T00:23:47.000Z');
  });

  it('xhtml content is serialized, not flattened', async () => {
    expect(first(await fetchFixture('atom/fp_atom10_content_xhtml_inline.xml')).contentHtml).toBe('Example <b>Atom</b>');
    expect(first(await fetchFixture('atom/fp_atom10_content_xhtml_div_escaped.xml')).contentHtml).toBe('Example <b>Atom</b>');
  });

  it('xml:base inherited from <feed> resolves links inside content', async () => {
    const item = first(await fetchFixture('atom/fp_atom_xml-base_inherit.xml'));
    expect(item.contentHtml).toContain('href="http://example.com/test/test.html"');
  });

  it('GB2312 prolog is read as GB18030', async () => {
    const result = await fetchFixture('atom/fp_encoding_gb2312-prolog.xml');
    expect(result.items).toEqual([]);
    expect(decodeBytes(readFixture('atom/fp_encoding_gb2312-prolog.xml')).encoding).toBe('gb18030');
  });

  it('YouTube channel: media:group thumbnails and descriptions, no Flash players', async () => {
    const result = await fetchFixture('atom/sf_real_youtube-channel.xml');
    expect(result.source.title).toBe('Critical Role');
    expect(result.items).toHaveLength(15);
    const item = first(result);
    expect(item.title).toBe('The Aurora Grows | Critical Role | Campaign 3, Episode 49');
    expect(item.url).toBe('https://www.youtube.com/watch?v=0_NVdZp8haA');
    expect(item.author).toBe('Critical Role');
    expect(item.media.every((media) => media.type !== 'application/x-shockwave-flash')).toBe(true);
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', width: 480, height: 360 });
  });

  it('GitHub commits: html content, author, thumbnails', async () => {
    const result = await fetchFixture('atom/sf_real_github-commits.xml');
    expect(result.items).toHaveLength(20);
    expect(first(result)).toMatchObject({ author: 'bep', title: 'releaser: Prepare repository for 0.101.0-DEV' });
    expect(first(result).contentHtml).toBe('<pre>releaser: Prepare repository for 0.101.0-DEV\n\n[ci skip]</pre>');
    expect(first(result).media[0]).toMatchObject({ type: 'image/jpeg', width: 30, height: 30, url: expect.stringMatching(/^https:\/\/avatars\.githubusercontent\.com\/u\/394382\?s=30&u=/) as unknown });
    expect(first(result).publishedAt?.toISOString()).toBe('2022-05-31T09:19:15.000Z');
  });

  it('heise: German text', async () => {
    const result = await fetchFixture('atom/rssparser_heise.atom');
    expect(result.source.title).toBe('heise developer neueste Meldungen');
    expect(result.items).toHaveLength(15);
    expect(result.items.some((item) => /[äöüß]/.test(item.title ?? ''))).toBe(true);
  });

  it('entries with only an id, or an empty author', async () => {
    const missing = first(await fetchFixture('atom/rssparser_missing-fields.atom'));
    expect(missing.title).toBeNull();
    expect(missing.url).toBeNull();
    expect(missing.guid.length).toBeGreaterThan(0);
    const incomplete = first(await fetchFixture('atom/rssparser_incomplete-fields.atom'));
    expect(incomplete.author).toBeNull();
  });

  it('research!rsc: large HTML content', async () => {
    const result = await fetchFixture('atom/nnw_russcox.atom');
    expect(result.source.title).toBe('research!rsc');
    expect(result.items).toHaveLength(19);
    expect(first(result)).toMatchObject({ title: 'Transparent Logs for Skeptical Clients', url: 'http://research.swtch.com/tlog', author: 'Russ Cox' });
    expect(first(result).contentHtml.length).toBeGreaterThan(10_000);
  });
});

describe('JSON Feed 1.0 / 1.1', () => {
  it('feedparser example: attachments, content_text escaped, script removed', async () => {
    const result = await fetchFixture('jsonfeed/fp_json_example.json');
    expect(result.source).toMatchObject({ title: 'My Example Feed', siteUrl: 'https://example.org/', imageUrl: 'https://example.org/feed.png' });
    expect(result.items).toHaveLength(2);
    expect(result.items[0]!.media[0]).toEqual({ url: 'https://example.org/second-item-show.mp4', type: 'video/mp4', size: 12_000_000 });
    expect(result.items[0]!.contentHtml).toBe('<p>This is a second item.</p>');
    expect(result.items[0]!.categories).toEqual(['test', 'JSON']);
    expect(result.items[1]!.contentHtml).toBe('<p>Hello, world!</p>');
    expect(result.items[1]!.author).toBe('you');
  });

  it('JSON Feed 1.1 full example (gofeed): authors, next_url, dates', async () => {
    const result = await fetchFixture('jsonfeed/gofeed_version_json_11.json');
    expect(result.source.title).toBe('title');
    expect(result.nextPage).toBe('https://sample-json-feed.com/feed.json?next=500');
    expect(first(result).author).toBe('author_name');
    expect(first(result).url).toBe('https://sample-json-feed.com/id');
  });

  it('deprecated singular author', async () => {
    expect(first(await fetchFixture('jsonfeed/gofeed_version_json_11_deprecated_author.json')).author).toBe('author_name');
  });

  it("gofeed's expected-output file (byte-identical to its input) parses the same", async () => {
    const expected = await fetchFixture('jsonfeed/gofeed_version_json_11_expected.json');
    const input = await fetchFixture('jsonfeed/gofeed_version_json_11.json');
    expect(expected.items.map((item) => item.guid)).toEqual(input.items.map((item) => item.guid));
    expect(expected.source).toEqual(input.source);
  });

  it('JSON that is not a JSON Feed is a parse error', async () => {
    server.route('/f/not-feed', { headers: { 'content-type': 'application/json' }, body: '{"hello":"world"}' });
    await expect(rssBridge.fetch(refFor('/f/not-feed'), null, ctx())).rejects.toMatchObject({ kind: 'parse', reason: 'not-a-feed' });
  });

  it('spec examples: untitled items, microblog, podcast attachments with duration', async () => {
    const intro = await fetchFixture('jsonfeed/jsonfeed-spec-1.1-example-intro.json');
    expect(intro.items).toHaveLength(2);
    expect(first(intro).title).toBeNull();
    const micro = await fetchFixture('jsonfeed/jsonfeed-spec-1.1-example-microblog.json');
    expect(micro.source.title).toBe('Brent Simmons’s Microblog');
    expect(first(micro)).toMatchObject({ kind: 'post', author: 'Brent Simmons', url: 'https://example.org/2347259' });
    expect(first(micro).publishedAt?.toISOString()).toBe('2016-02-09T21:22:00.000Z');
    const podcast = first(await fetchFixture('jsonfeed/jsonfeed-spec-1.1-example-podcast.json'));
    expect(podcast.title).toBe('Special #1 - Chris Parrish');
    expect(podcast.media[0]).toMatchObject({ type: 'audio/x-m4a', size: 89_970_236, durationSeconds: 6629 });
  });

  it('real JSON Feed 1.1 with German text and image attachments', async () => {
    const result = await fetchFixture('jsonfeed/nnw_3960-journal-jsonfeed-1.1.json');
    expect(result.source.title).toBe('fboës - Der Blog | Startseite');
    expect(result.items).toHaveLength(20);
    expect(first(result)).toMatchObject({ title: 'Lecker, lecker', author: 'Frank Boës', url: 'https://journal.3960.org/posts/2020-02-21-lecker-lecker/' });
    expect(first(result).media[0]?.type).toBe('image/png');
  });

  it('authors precedence (1.1 authors over 1.0 author)', async () => {
    const result = await fetchFixture('jsonfeed/nnw_authors-jsonfeed-1.1.json');
    expect(result.items).toHaveLength(4);
    expect(result.items.map((item) => item.author)).toContain('Root Author 1, Root Author 2');
  });

  it('Daring Fireball 1.0 and Pixel Envy with an http:// version URL', async () => {
    const df = await fetchFixture('jsonfeed/nnw_daringfireball-jsonfeed-1.0.json');
    expect(df.items).toHaveLength(48);
    expect(first(df)).toMatchObject({ title: 'The Talk Show: ‘I Do Like Throwing a Baby’', author: 'John Gruber' });
    const pxlnv = await fetchFixture('jsonfeed/nnw_pxlnv-jsonfeed-http-version.json');
    expect(pxlnv.source.title).toBe('Pixel Envy');
    expect(first(pxlnv).title).toBe('Uber Lost $4.5 Billion in 2017');
  });

  it('truncated JSON fails with a ParseError', async () => {
    server.fixture('/f/truncated', 'jsonfeed/nnw_allthis-partial-truncated.json');
    const error = await rssBridge.fetch(refFor('/f/truncated'), null, ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ kind: 'parse', reason: 'bad-json' });
  });
});

describe('OPML', () => {
  const files = [
    'opml/feedly_lmmx.opml',
    'opml/inoreader_echopi.opml',
    'opml/netnewswire_DefaultFeeds.opml',
    'opml/netnewswire_Subs.opml',
    'opml/netnewswire_SubsNoTitleAttributes.opml',
    'opml/w3c_clean_directory.opml',
    'opml/w3c_clean_subscriptionList.opml',
    'opml/w3c_errors_missingUrlAttribute.opml',
    'opml/w3c_errors_notEncoded.opml',
    'opml/w3c_errors_notwellformed.opml',
    'opml/w3c_errors_subscriptionListErrors1.opml',
  ];
  it.each(files)('%s pasted as a feed is refused with a hint to import it', async (fixture) => {
    server.fixture('/f/list.opml', fixture);
    await expect(rssBridge.fetch(refFor('/f/list.opml'), null, ctx())).rejects.toMatchObject({ kind: 'parse', reason: 'opml', message: expect.stringContaining('import') as unknown });
  });
});

describe('conditional GET', () => {
  it('sends the stored validators and returns notModified on 304 without parsing', async () => {
    server.route('/f/conditional', (_url, request): Reply =>
      request.headers['if-none-match'] === '"v1"' && request.headers['if-modified-since'] === 'Tue, 01 Jul 2025 10:00:00 GMT'
        ? { status: 304, headers: { etag: '"v1"', 'cache-control': 'max-age=600' } }
        : { headers: { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 01 Jul 2025 10:00:00 GMT' }, body: readFixture('rss/sf_rssboard-sample-rss-2.xml') },
    );
    const first = await rssBridge.fetch(refFor('/f/conditional'), null, ctx());
    expect(first.state).toEqual({ etag: '"v1"', lastModified: 'Tue, 01 Jul 2025 10:00:00 GMT', cursor: null });
    const second = await rssBridge.fetch(refFor('/f/conditional'), first.state, ctx());
    expect(second.notModified).toBe(true);
    expect(second.items).toEqual([]);
    expect(second.state.etag).toBe('"v1"');
    expect(second.hints.ttlSeconds).toBe(600);
  });

  it('maps statuses to typed errors: 404 not found, 503 transient with Retry-After, 403 permanent', async () => {
    server.route('/f/gone', { status: 404 });
    server.route('/f/busy', { status: 503, headers: { 'retry-after': '120' } });
    server.route('/f/forbidden', { status: 403 });
    await expect(rssBridge.fetch(refFor('/f/gone'), null, ctx())).rejects.toMatchObject({ kind: 'not-found' });
    const busy = (await rssBridge.fetch(refFor('/f/busy'), null, ctx()).catch((e: unknown) => e)) as TransientError;
    expect(busy).toBeInstanceOf(TransientError);
    expect(busy.retryAfter!.getTime() - Date.now()).toBeGreaterThan(100_000);
    await expect(rssBridge.fetch(refFor('/f/forbidden'), null, ctx())).rejects.toMatchObject({ kind: 'permanent', status: 403 });
  });

  it('refuses bodies over the size cap', async () => {
    server.fixture('/f/large', 'malicious/rssparser_giantbomb-podcast-large-1.6MB.rss');
    await expect(rssBridge.fetch(refFor('/f/large'), null, ctx({ maxBodyBytes: 1024 * 1024 }))).rejects.toMatchObject({ kind: 'parse', reason: 'too-large' });
  });

  it('ttl and WebSub hints', async () => {
    server.route('/f/ttl', {
      headers: { 'content-type': 'application/rss+xml' },
      body: '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><ttl>90</ttl><atom:link rel="hub" href="https://hub.example/"/></channel></rss>',
    });
    const result = await rssBridge.fetch(refFor('/f/ttl'), null, ctx());
    expect(result.hints).toEqual({ ttlSeconds: 5400, hubUrl: 'https://hub.example/' });
  });

  it('WebSub discovery: hub and self links of the document, and Link headers before them', async () => {
    server.route('/f/websub-doc', {
      headers: { 'content-type': 'application/atom+xml' },
      body: '<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title><link rel="hub" href="https://hub.example/"/><link rel="self" href="/topics/doc.atom"/></feed>',
    });
    const fromDocument = await rssBridge.fetch(refFor('/f/websub-doc'), null, ctx());
    expect(fromDocument.hints).toEqual({ hubUrl: 'https://hub.example/', selfUrl: server.url('/topics/doc.atom') });

    server.route('/f/websub-header', {
      headers: {
        'content-type': 'application/rss+xml',
        link: '<https://other.example/a,b>; rel="alternate", </hub>; rel="hub", <https://example.com/feed?x=1,2>; rel="self"',
      },
      body: '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>t</title><atom:link rel="hub" href="https://hub.example/"/></channel></rss>',
    });
    const fromHeader = await rssBridge.fetch(refFor('/f/websub-header'), null, ctx());
    expect(fromHeader.hints).toEqual({ hubUrl: server.url('/hub'), selfUrl: 'https://example.com/feed?x=1,2' });
  });
});
