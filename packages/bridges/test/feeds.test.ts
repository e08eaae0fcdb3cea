/**
 * The RSS bridge's fetch on the inputs written for each feed format and quirk (packages/test-support/
 * inputs), served by the local server: each one parses with the facts a reader would check, or fails
 * with the right error. The same checks on the recorded real feeds are in feeds.corpus.test.ts.
 */
import { input, largePodcastFeed } from '@tributary/test-support';
import { describe, expect, it } from 'vitest';
import { ParseError, TransientError, type FetchResult, type NormalizedItem, rssBridge, type SourceRef } from '@tributary/bridges';
import { decodeBytes } from '@tributary/bridges/feed/encoding';
import { type Reply } from './helpers/server.js';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();

function refFor(path: string): SourceRef {
  return { kind: 'RSS', key: `rss:${path}`, fetchUrl: server.url(path), siteUrl: null };
}

async function fetchInput(name: string, options: { contentType?: string } = {}): Promise<FetchResult> {
  const path = `/f/${name}`;
  server.input(path, name, options);
  return rssBridge.fetch(refFor(path), null, ctx());
}

function first(result: FetchResult): NormalizedItem {
  const item = result.items[0];
  expect(item).toBeDefined();
  return item!;
}

describe('RSS 0.9x / 1.0 / 2.0', () => {
  it('RSS 2.0: titles, links, guids, dates, escaped HTML', async () => {
    const result = await fetchInput('rss/harbour-lights.xml');
    expect(result.source.title).toBe('Harbour Lights');
    expect(result.source.siteUrl).toBe('http://harbour-lights.example/');
    expect(result.source.description).toBe('Notes from the lighthouse keepers.');
    expect(result.items).toHaveLength(4);
    const item = first(result);
    expect(item.title).toBe('Lamp Room');
    expect(item.url).toBe('http://harbour-lights.example/log/2026/lamp-room.html');
    expect(item.guid).toBe('http://harbour-lights.example/log/2026/03/10.html#entry12');
    expect(item.publishedAt?.toISOString()).toBe('2026-03-10T09:15:30.000Z');
    expect(item.contentHtml).toContain('<a href="http://lens-makers.example/fresnel" rel="noopener noreferrer nofollow" target="_blank">Lamp Room</a>');
    expect(item.summary).toMatch(/^Why do keepers polish the lens/);
    expect(item.kind).toBe('article');
    // The second item has no title: still an item.
    expect(result.items[1]!.title).toBeNull();
  });

  it('RSS 0.91 with a DOCTYPE naming the Netscape DTD (never fetched)', async () => {
    const result = await fetchInput('rss/rss091-doctype.xml');
    expect(result.source.title).toBe('Ferry Bulletin');
    expect(result.source.imageUrl).toBe('http://ferry-bulletin.example/images/badge88.gif');
    expect(result.items).toHaveLength(3);
    expect(first(result).title).toBe('Morning crossing resumes');
    expect(first(result).url).toBe('http://ferry-bulletin.example/read.php?item=31');
    expect(server.requests).toHaveLength(1);
  });

  it('RSS 0.92: enclosures with MIME type and size', async () => {
    const result = await fetchInput('rss/rss092-enclosures.xml');
    expect(result.source.title).toBe('Quay Band Tapes');
    expect(result.items).toHaveLength(5);
    const withAudio = result.items.find((item) => item.media.length > 0)!;
    expect(withAudio.media[0]).toMatchObject({ type: 'audio/mpeg', url: expect.stringMatching(/\.mp3$/) as unknown });
    expect(withAudio.media[0]!.size).toBeGreaterThan(1_000_000);
    // No title, no link, no guid: a stable hash stands in, the same on every fetch.
    const again = await fetchInput('rss/rss092-enclosures.xml');
    expect(first(result).guid).toMatch(/^sha256:[0-9a-f]{32}$/);
    expect(again.items.map((item) => item.guid)).toEqual(result.items.map((item) => item.guid));
    expect(new Set(result.items.map((item) => item.guid)).size).toBe(5);
  });

  it('RSS 1.0 (RDF) with dc: modules', async () => {
    const result = await fetchInput('rss/rss10-rdf.xml');
    expect(result.source.title).toBe('Tidepool Digest');
    expect(result.source.imageUrl).toBe('http://tidepool.example/icons/tidepool.jpg');
    const item = first(result);
    expect(item.title).toBe('Starfish: A Quiet Revolution');
    expect(item.url).toBe('http://tidepool.example/go?r=42');
    expect(item.author).toBe('Coral Reyes (mailto:coral@tidepool.example)');
  });

  it('RSS 0.90 (Netscape RDF namespace)', async () => {
    const result = await fetchInput('rss/rss090.xml');
    expect(result.source.title).toBe('Pier Notes');
    expect(first(result).title).toBe('Bollard painted');
  });

  it('RDF with enc:, dc:date', async () => {
    const result = await fetchInput('rss/rdf-classifieds.xml');
    expect(result.source.title).toBe('moorings | berths for rent search');
    expect(result.items).toHaveLength(3);
    expect(first(result).url).toBe('http://moorings.example/berth/9001.html');
    expect(first(result).publishedAt?.toISOString()).toBe('2026-03-01T18:33:10.000Z');
  });

  it('podcast: enclosures, itunes:title, itunes:duration, itunes:image thumbnails', async () => {
    const result = await fetchInput('rss/podcast.xml');
    expect(result.source.title).toBe('Tide Talk');
    expect(result.source.imageUrl).toMatch(/^https?:\/\//);
    expect(result.items).toHaveLength(3);
    const item = first(result);
    expect(item.guid).toBe('tide20260108');
    expect(item.url).toBeNull(); // the guid is not a URL, so it is not a link
    expect(item.title).toBe('Tide Talk Trailer'); // from itunes:title, there is no <title>
    expect(item.media[0]).toEqual({ url: 'http://tide-talk.example/podcasts/tide-talk/tide20260108.mp3', type: 'audio/mpeg', size: 498_537, durationSeconds: 1079, thumbnailUrl: 'http://tide-talk.example/podcasts/tide-talk/tide20260108.jpg' });
    expect(item.publishedAt?.toISOString()).toBe('2026-01-08T01:15:00.000Z');
    expect(result.items[1]!.media[0]).toMatchObject({ type: 'audio/mpeg', durationSeconds: 3723 });
  });

  it('RFC 5005 paging links become nextPage', async () => {
    const result = await fetchInput('rss/paging.xml');
    expect(result.source.title).toBe('Buoy Stories - Season One');
    expect(result.nextPage).toBe('https://buoy-stories.example/feed?page=2');
    expect(first(result).title).toBe('The Red Buoy');
  });

  it('news feed: CDATA titles, GMT dates, isPermaLink guids', async () => {
    const result = await fetchInput('rss/cdata-news.xml');
    expect(result.source.title).toBe('Coastal News - World');
    expect(result.items).toHaveLength(3);
    const item = first(result);
    expect(item.title).toBe('Lighthouse keeper retires after forty winters');
    expect(item.publishedAt?.toISOString()).toBe('2026-03-05T10:04:42.000Z');
    // It declares xmlns:media but carries no media elements.
    expect(result.items.every((entry) => entry.media.length === 0)).toBe(true);
    expect(item.guid).toBe('https://coastal-news.example/news/world-70001');
  });

  it('media:content and media:thumbnail images', async () => {
    const result = await fetchInput('rss/media-content.xml');
    expect(result.items).toHaveLength(2);
    expect(first(result).media[0]).toMatchObject({ type: 'image/jpeg', url: expect.stringMatching(/^https:\/\//) as unknown });
  });

  it('items without titles are posts with HTML bodies, guids and dates', async () => {
    const result = await fetchInput('rss/untitled-posts.xml');
    expect(result.source.title).toBe('Marlow Finch');
    expect(result.items).toHaveLength(3);
    const item = first(result);
    expect(item.title).toBeNull();
    expect(item.kind).toBe('post');
    expect(item.url).toBe('https://social.harbour.example/@marlow/110000000000000003');
    expect(item.publishedAt?.toISOString()).toBe('2026-03-07T20:41:12.000Z');
    expect(item.summary.length).toBeGreaterThan(0);
  });

  it('content:encoded full HTML and dc:creator; tracking pixel removed', async () => {
    const item = first(await fetchInput('rss/content-encoded.xml'));
    expect(item.title).toBe('THE NET MENDER');
    expect(item.author).toBe('Ida Marsh');
    expect(item.contentHtml).toContain('<img');
    expect(item.contentHtml).not.toMatch(/longform\.example\/_\/stat/);
  });

  it('Portuguese, ISO-8859-1 declared in the prolog', async () => {
    const result = await fetchInput('rss/iso-8859-1.xml');
    expect(result.source.title).toBe('Jornal do Cais - Últimas Notícias');
    expect(result.items).toHaveLength(3);
    expect(first(result).title).toBe('Mãe de pescador é a nova presidente da Associação Marítima');
  });

  it('Portuguese, Latin-1 bytes without any declaration (sniffed)', async () => {
    const result = await fetchInput('rss/latin1-no-prolog.xml', { contentType: 'application/xml' });
    expect(result.source.title).toBe('Notícias da Maré');
    expect(result.items).toHaveLength(2);
    expect(first(result).title).toBe('Pescadores voltam ao mar após três dias de tempestade');
  });

  it('Latin-1 from the HTTP charset header', async () => {
    const result = await fetchInput('rss/latin1-no-prolog.xml', { contentType: 'application/rss+xml; charset=ISO-8859-1' });
    expect(first(result).title).toContain('após três');
  });

  it('Chinese, GB2312 declared (decoded as GB18030)', async () => {
    const result = await fetchInput('rss/gb2312.xml');
    expect(result.source.title).toBe('海港论坛--最新主题');
    expect(result.items).toHaveLength(2);
    const item = first(result);
    expect(item.title).toBe('港口灯塔纪念邮票，海鸥');
    expect(item.url).toBe('http://harbour-forum.example/show.asp?id=100&page=1');
    expect(item.author).toBe('老船长');
  });

  it('Big5 and ISO-8859-1 prolog files: detected encodings, empty feeds parse', async () => {
    const big5 = await fetchInput('rss/big5-empty.xml');
    expect(big5.items).toEqual([]);
    expect(decodeBytes(input('rss/big5-empty.xml')).encoding).toBe('big5');
    const latin = await fetchInput('rss/iso-8859-1-empty.xml');
    expect(latin.items).toEqual([]);
    expect(decodeBytes(input('rss/iso-8859-1-empty.xml')).encoding).toBe('windows-1252');
  });

  it('Big5 text comes out as Chinese (a title in Big5 bytes spliced into the Big5 input)', async () => {
    const original = input('rss/big5-empty.xml');
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
    const result = await fetchInput('rss/bom.xml');
    expect(result.source.title).toBe("Don't Forget the Tide");
    expect(result.items).toHaveLength(2);
    expect(first(result).title).toBe('Checking the Moorings');
  });

  it('leading whitespace before the declaration', async () => {
    const result = await fetchInput('rss/leading-spaces.xml');
    expect(result.source.title).toBe('Spaced Out Harbour');
  });

  it('broken <?phpxml?> prolog is skipped', async () => {
    const result = await fetchInput('rss/broken-prolog.xml');
    expect(result.source.title).toBe('havennieuws.example voetbal');
    expect(result.items).toHaveLength(2);
    expect(first(result).title).toMatch(/^Jörg Dübbel fluit/);
  });

  it('HTML entities undefined in XML: &hellip; decoded, unknown ones kept as text', async () => {
    expect((await fetchInput('rss/entity-hellip.xml')).source.title).toBe('waiting … for the tide');
    expect((await fetchInput('rss/entity-unknown.xml')).source.title).toBe('waiting &nosuchentity; for the tide');
  });

  it('guid without isPermaLink is the permalink', async () => {
    const item = first(await fetchInput('rss/guid-permalink.xml'));
    expect(item.guid).toBe('http://permalink.harbour.example/');
    expect(item.url).toBe('http://permalink.harbour.example/');
  });

  it('xml:base on <rss> resolves relative, entity-encoded non-ASCII links', async () => {
    const item = first(await fetchInput('rss/xml-base-unicode.xml'));
    expect(item.contentHtml).toBe('<a href="http://quay.test/%C3%89t%C3%A9" rel="noopener noreferrer nofollow" target="_blank">summer</a>');
  });
});

describe('Atom 0.3 / 1.0', () => {
  it('Atom 1.0 in the shape of the RFC 4287 example', async () => {
    const result = await fetchInput('atom/orchard-log.xml');
    expect(result.source.title).toBe('Orchard Log');
    const item = first(result);
    expect(item).toMatchObject({ title: 'Apples Ripen Early', url: 'http://orchard.example/2026/04/02/early-apples', author: 'Rowan Appleby', guid: 'urn:uuid:9e8d7c6b-5a49-4382-8170-6f5e4d3c2b1a' });
    expect(item.publishedAt?.toISOString()).toBe('2026-04-02T07:45:10.000Z');
    expect(item.summary).toBe('A short note from the orchard.');
  });

  it('Atom 0.3 with xml:base relative links', async () => {
    const result = await fetchInput('atom/atom03.xml');
    expect(result.source.title).toBe('Breakwater Journal');
    expect(first(result)).toMatchObject({ title: 'Stones in place', url: 'http://breakwater.example/entry/7', author: 'Ada Stone' });
    expect(first(result).publishedAt?.toISOString()).toBe('2026-02-20T00:23:47.000Z');
  });

  it('xhtml content is serialized, not flattened', async () => {
    expect(first(await fetchInput('atom/xhtml-inline.xml')).contentHtml).toBe('Low <i>tide</i>');
    expect(first(await fetchInput('atom/xhtml-div-escaped.xml')).contentHtml).toBe('Low <i>tide</i>');
  });

  it('xml:base inherited from <feed> resolves links inside content', async () => {
    const item = first(await fetchInput('atom/xml-base-inherit.xml'));
    expect(item.contentHtml).toContain('href="http://breakwater.example/docs/plan.html"');
  });

  it('GB2312 prolog is read as GB18030', async () => {
    const result = await fetchInput('atom/gb2312-empty.xml');
    expect(result.items).toEqual([]);
    expect(decodeBytes(input('atom/gb2312-empty.xml')).encoding).toBe('gb18030');
  });

  it('video channel: media:group thumbnails and descriptions, no Flash players', async () => {
    const result = await fetchInput('atom/video-channel.xml');
    expect(result.source.title).toBe('Harbour Tales');
    expect(result.items).toHaveLength(2);
    const item = first(result);
    expect(item.title).toBe('The Night Watch | Harbour Tales | Episode 12');
    expect(item.url).toBe('https://www.youtube.com/watch?v=aB3dE5fG7hI');
    expect(item.author).toBe('Harbour Tales');
    expect(item.summary).toContain('Tonight on Harbour Tales');
    expect(item.media.every((media) => media.type !== 'application/x-shockwave-flash')).toBe(true);
    expect(item.media[0]).toMatchObject({ type: 'image/jpeg', width: 480, height: 360 });
  });

  it('commits: html content, author, thumbnails', async () => {
    const result = await fetchInput('atom/commits.xml');
    expect(result.items).toHaveLength(2);
    expect(first(result)).toMatchObject({ author: 'kestrel', title: 'release: Prepare repository for 2.4.0-DEV' });
    expect(first(result).contentHtml).toBe('<pre>release: Prepare repository for 2.4.0-DEV\n\n[ci skip]</pre>');
    expect(first(result).media[0]).toMatchObject({ type: 'image/jpeg', width: 30, height: 30, url: expect.stringMatching(/^https:\/\/avatars\.git\.example\/u\/77001\?s=30&v=/) as unknown });
    expect(first(result).publishedAt?.toISOString()).toBe('2026-03-06T09:19:15.000Z');
  });

  it('German text', async () => {
    const result = await fetchInput('atom/german.xml');
    expect(result.source.title).toBe('Hafenblatt Entwickler – neueste Meldungen');
    expect(result.items).toHaveLength(2);
    expect(result.items.some((item) => /[äöüß]/.test(item.title ?? ''))).toBe(true);
  });

  it('entries with only an id, or an empty author', async () => {
    const missing = first(await fetchInput('atom/missing-fields.xml'));
    expect(missing.title).toBeNull();
    expect(missing.url).toBeNull();
    expect(missing.guid.length).toBeGreaterThan(0);
    const incomplete = first(await fetchInput('atom/incomplete-fields.xml'));
    expect(incomplete.author).toBeNull();
  });

  it('large HTML content', async () => {
    const result = await fetchInput('atom/long-essays.xml');
    expect(result.source.title).toBe('keeper!notes');
    expect(result.items).toHaveLength(3);
    expect(first(result)).toMatchObject({ title: 'Append-Only Ledgers for Careful Keepers', url: 'http://keeper-notes.example/ledger', author: 'Elio Brandt' });
    expect(first(result).contentHtml.length).toBeGreaterThan(10_000);
  });
});

describe('JSON Feed 1.0 / 1.1', () => {
  it('attachments, tags, content_text escaped, script removed', async () => {
    const result = await fetchInput('jsonfeed/attachments.json');
    expect(result.source).toMatchObject({ title: 'Quay Example Feed', siteUrl: 'https://quay.example/', imageUrl: 'https://quay.example/feed.png' });
    expect(result.items).toHaveLength(2);
    expect(result.items[0]!.media[0]).toEqual({ url: 'https://quay.example/second-item.mp4', type: 'video/mp4', size: 8_000_000 });
    expect(result.items[0]!.contentHtml).toBe('<p>This is the second &lt;item&gt;.</p>');
    expect(result.items[0]!.categories).toEqual(['test', 'JSON']);
    expect(result.items[1]!.contentHtml).toBe('<p>Hello, harbour!</p>');
    expect(result.items[1]!.author).toBe('keeper');
  });

  it('JSON Feed 1.1: authors, next_url, dates', async () => {
    const result = await fetchInput('jsonfeed/full-1.1.json');
    expect(result.source.title).toBe('quay title');
    expect(result.nextPage).toBe('https://quay-json.example/feed.json?next=200');
    expect(first(result).author).toBe('item_author');
    expect(first(result).url).toBe('https://quay-json.example/item-1');
    expect(first(result).publishedAt?.toISOString()).toBe('2026-01-02T10:00:00.000Z');
  });

  it('deprecated singular author', async () => {
    expect(first(await fetchInput('jsonfeed/deprecated-author.json')).author).toBe('solo_author');
  });

  it('JSON that is not a JSON Feed is a parse error', async () => {
    server.route('/f/not-feed', { headers: { 'content-type': 'application/json' }, body: '{"hello":"world"}' });
    await expect(rssBridge.fetch(refFor('/f/not-feed'), null, ctx())).rejects.toMatchObject({ kind: 'parse', reason: 'not-a-feed' });
  });

  it('untitled items, microblog, podcast attachments with duration', async () => {
    const intro = await fetchInput('jsonfeed/garden-notes.json');
    expect(intro.items).toHaveLength(2);
    expect(first(intro).title).toBeNull();
    const micro = await fetchInput('jsonfeed/microblog.json');
    expect(micro.source.title).toBe('Noor Hale’s Microblog');
    expect(first(micro)).toMatchObject({ kind: 'post', author: 'Noor Hale', url: 'https://noor.example/2347259' });
    expect(first(micro).publishedAt?.toISOString()).toBe('2026-02-09T21:22:00.000Z');
    const podcast = first(await fetchInput('jsonfeed/podcast.json'));
    expect(podcast.title).toBe('Special #1 - Noor Hale');
    expect(podcast.media[0]).toMatchObject({ type: 'audio/x-m4a', size: 45_000_000, durationSeconds: 3605 });
  });

  it('JSON Feed 1.1 with German text and image attachments', async () => {
    const result = await fetchInput('jsonfeed/german-images.json');
    expect(result.source.title).toBe('Hafenblog | Startseite');
    expect(result.items).toHaveLength(2);
    expect(first(result)).toMatchObject({ title: 'Fischbrötchen, lecker', author: 'Jörn Kühl', url: 'https://hafenblog.example/posts/2026-01-12-fischbroetchen/' });
    expect(first(result).media[0]?.type).toBe('image/png');
  });

  it('authors precedence (1.1 authors over 1.0 author)', async () => {
    const result = await fetchInput('jsonfeed/authors-precedence.json');
    expect(result.items).toHaveLength(4);
    expect(result.items.map((item) => item.author)).toContain('Root Keeper 1, Root Keeper 2');
    expect(result.items[2]!.author).toBe('New Keeper');
  });

  it('JSON Feed 1.0, and one with an http:// version URL', async () => {
    const v10 = await fetchInput('jsonfeed/version-1.0.json');
    expect(v10.items).toHaveLength(2);
    expect(first(v10)).toMatchObject({ title: 'The Quay Show: ‘Never Trust a Calm Sea’', author: 'Ren Okafor' });
    const http = await fetchInput('jsonfeed/http-version.json');
    expect(http.source.title).toBe('Tidy Harbour');
    expect(first(http).title).toBe('Harbour Fees Rise 4% in 2026');
  });

  it('truncated JSON fails with a ParseError', async () => {
    server.input('/f/truncated', 'jsonfeed/truncated.json');
    const error = await rssBridge.fetch(refFor('/f/truncated'), null, ctx()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect(error).toMatchObject({ kind: 'parse', reason: 'bad-json' });
  });
});

describe('OPML', () => {
  const files = [
    'opml/reader-export.opml',
    'opml/commented.opml',
    'opml/flat.opml',
    'opml/subscriptions.opml',
    'opml/subscriptions-no-titles.opml',
    'opml/directory.opml',
    'opml/clean-list.opml',
    'opml/missing-url.opml',
    'opml/not-encoded.opml',
    'opml/not-well-formed.opml',
    'opml/odd-but-well-formed.opml',
  ];
  it.each(files)('%s pasted as a feed is refused with a hint to import it', async (name) => {
    server.input('/f/list.opml', name);
    await expect(rssBridge.fetch(refFor('/f/list.opml'), null, ctx())).rejects.toMatchObject({ kind: 'parse', reason: 'opml', message: expect.stringContaining('import') as unknown });
  });
});

describe('conditional GET', () => {
  it('sends the stored validators and returns notModified on 304 without parsing', async () => {
    server.route('/f/conditional', (_url, request): Reply =>
      request.headers['if-none-match'] === '"v1"' && request.headers['if-modified-since'] === 'Tue, 01 Jul 2025 10:00:00 GMT'
        ? { status: 304, headers: { etag: '"v1"', 'cache-control': 'max-age=600' } }
        : { headers: { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 01 Jul 2025 10:00:00 GMT' }, body: input('rss/harbour-lights.xml') },
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
    server.route('/f/large', { headers: { 'content-type': 'application/rss+xml' }, body: largePodcastFeed() });
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
