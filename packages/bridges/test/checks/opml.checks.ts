import { describe, expect, it } from 'vitest';
import { ParseError } from '@tributary/bridges';
import { decodeBytes } from '@tributary/bridges/feed/encoding';
import { parseOpml, serializeOpml } from '@tributary/bridges/opml/opml';
import { type Reader } from './reader.js';

/** [file, feeds, folders (null = top level), duplicates merged, outlines skipped] */
export type OpmlCount = [string, number, number, number, number];

export interface OpmlCases {
  title: string;
  counts: OpmlCount[];
  /** A file whose addresses carry a decoded &amp; and whose folders include `folder`. */
  folders: { title: string; file: string; folder: string };
  /** The same export with and without title attributes; `xmlUrl` is titled `feedTitle` by its text. */
  noTitles: { title: string; withTitles: string; withoutTitles: string; xmlUrl: string; feedTitle: string };
  /** type="link"/"include" outlines only; an outline without xmlUrl. */
  directory: string;
  missingUrl: string;
  notWellFormed: string[];
}

const foldersOf = (feeds: { folder: string | null }[]) => [...new Set(feeds.map((feed) => feed.folder))];

/** parseOpml and serializeOpml, on the OPML files `readFile` gives (under opml/). */
export function opmlChecks(readFile: Reader, cases: OpmlCases): void {
  const read = (name: string) => decodeBytes(readFile(`opml/${name}`)).text;

  describe(cases.title, () => {
    it.each(cases.counts)('%s: %i feeds in %i folders', (file, feeds, folders, duplicates, skipped) => {
      const parsed = parseOpml(read(file));
      expect(parsed.feeds).toHaveLength(feeds);
      expect(foldersOf(parsed.feeds)).toHaveLength(folders);
      expect(parsed.duplicates).toBe(duplicates);
      expect(parsed.skipped).toHaveLength(skipped);
      expect(parsed.feeds.map((feed) => feed.position)).toEqual(parsed.feeds.map((_, index) => index));
      for (const feed of parsed.feeds) expect(feed.xmlUrl).toMatch(/^https?:\/\//);
    });

    it(cases.folders.title, () => {
      const parsed = parseOpml(read(cases.folders.file));
      expect(parsed.feeds.some((feed) => feed.xmlUrl.includes('&') && !feed.xmlUrl.includes('&amp;'))).toBe(true);
      expect(foldersOf(parsed.feeds)).toContain(cases.folders.folder);
    });

    it(cases.noTitles.title, () => {
      const withTitles = parseOpml(read(cases.noTitles.withTitles));
      const withoutTitles = parseOpml(read(cases.noTitles.withoutTitles));
      expect(withoutTitles.feeds.every((feed) => feed.title)).toBe(true);
      expect(withoutTitles.feeds.map((feed) => [feed.xmlUrl, feed.folder])).toEqual(withTitles.feeds.map((feed) => [feed.xmlUrl, feed.folder]));
      expect(withoutTitles.feeds.find((feed) => feed.xmlUrl === cases.noTitles.xmlUrl)?.title).toBe(cases.noTitles.feedTitle);
    });

    it('does not follow type="link"/"include" outlines', () => {
      const parsed = parseOpml(read(cases.directory));
      expect(parsed.feeds).toEqual([]);
      expect(parsed.skipped.length).toBeGreaterThan(0);
      expect(parsed.skipped[0]!.reason).toMatch(/not followed/);
      expect(parseOpml(read(cases.missingUrl)).feeds).toEqual([]);
    });
  });

  describe('parseOpml on other shapes', () => {
    it('reads Miniflux (no type attribute) and FreshRSS exports', () => {
      const miniflux = `<?xml version="1.0" encoding="UTF-8"?>
  <opml version="2.0"><head><title>Miniflux</title><dateCreated>Mon, 01 Jan 2024 00:00:00 UTC</dateCreated></head>
  <body><outline text="All"><outline title="A" text="A" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/"></outline></outline>
  <outline text="Tech"><outline title="B" text="B" xmlUrl="https://b.example/rss"></outline></outline></body></opml>`;
      expect(parseOpml(miniflux).feeds.map((feed) => [feed.title, feed.folder])).toEqual([['A', 'All'], ['B', 'Tech']]);
      const freshrss = `<?xml version="1.0" encoding="UTF-8"?>
  <opml version="2.0" xmlns:frss="https://freshrss.org/opml"><head><title>FreshRSS</title></head><body>
  <outline text="Sans catégorie"><outline text="C &amp; D" type="rss" xmlUrl="https://c.example/feed" htmlUrl="https://c.example" description="x" frss:cssFullContent="article"/></outline>
  </body></opml>`;
      expect(parseOpml(freshrss).feeds).toEqual([
        { position: 0, xmlUrl: 'https://c.example/feed', htmlUrl: 'https://c.example', title: 'C & D', folder: 'Sans catégorie' },
      ]);
    });

    it('joins deeper nesting into one folder path and merges duplicates into the first', () => {
      const nested = `<opml version="1.0"><body>
  <outline text="News"><outline text="Local"><outline text="X" xmlUrl="https://x.example/feed"/></outline>
  <outline text="Y" xmlUrl="https://y.example/feed"/></outline>
  <outline text="X again" xmlUrl="HTTPS://x.example/feed"/><outline text="Z" xmlUrl="feed://z.example/rss"/></body></opml>`;
      const parsed = parseOpml(nested);
      expect(parsed.feeds.map((feed) => [feed.xmlUrl, feed.folder])).toEqual([
        ['https://x.example/feed', 'News / Local'],
        ['https://y.example/feed', 'News'],
        ['http://z.example/rss', null],
      ]);
      expect(parsed.duplicates).toBe(1);
    });
  });

  describe('parseOpml refuses what is not OPML', () => {
    it.each(cases.notWellFormed)('%s is not well-formed', (file) => {
      expect(() => parseOpml(read(file))).toThrow(ParseError);
      expect(() => parseOpml(read(file))).toThrow(/not well-formed/);
    });

    it.each([
      ['empty', '  ', /empty/],
      ['an RSS feed', '<rss version="2.0"><channel><title>x</title></channel></rss>', /not an OPML file/],
      ['no body', '<opml version="2.0"><head/></opml>', /no <body>/],
      ['unclosed', '<opml><body><outline text="a" xmlUrl="https://a/">', /never closed/],
      ['mismatched', '<opml><body></opml></body>', /closes/],
      ['unquoted attribute', '<opml><body><outline xmlUrl=https://a/ /></body></opml>', /broken tag/],
      ['two roots', '<opml><body/></opml><opml/>', /more than one root/],
      ['a DTD (entity attacks)', '<!DOCTYPE opml [<!ENTITY a "aaaa">]><opml><body><outline text="&a;" xmlUrl="https://a/"/></body></opml>', /DTD/],
      ['an external entity', '<opml><body><outline text="&xxe;" xmlUrl="https://a/"/></body></opml>', /unknown entity/],
    ])('%s', (_name, text, message) => {
      expect(() => parseOpml(text)).toThrow(message);
    });
  });

  describe('serializeOpml', () => {
    it('round-trips feeds, titles, folders and awkward characters', () => {
      const feeds = [
        { xmlUrl: 'https://a.example/feed?x=1&y=<2>', htmlUrl: 'https://a.example/', title: 'A & "B" <c>', folder: 'Tech & Co' },
        { xmlUrl: 'https://b.example/rss', htmlUrl: null, title: 'Bé', folder: 'Tech & Co' },
        { xmlUrl: 'https://c.example/atom', htmlUrl: null, title: 'C\u0001', folder: null },
      ];
      const text = serializeOpml({ title: 'Subscriptions of a', feeds });
      expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
      const parsed = parseOpml(text);
      expect(parsed.feeds.map(({ xmlUrl, htmlUrl, title, folder }) => ({ xmlUrl, htmlUrl, title, folder }))).toEqual([
        feeds[0],
        feeds[1],
        { ...feeds[2], title: 'C' },
      ]);
      expect(parsed.title).toBe('Subscriptions of a');
    });
  });
}
