import { describe, expect, it } from 'vitest';
import { normalizeFeedItems, normalizeItems } from '@tributary/bridges/feed/normalize';
import { parseFeedText } from '@tributary/bridges/feed/parse';

const rss = (items: { guid: string; body: string; date?: string }[]) => `<?xml version="1.0"?>
<rss version="2.0"><channel><title>T</title><link>https://example.org/</link>
${items
  .map(
    (item) =>
      `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.guid}</title><link>https://example.org/${item.guid}</link>` +
      `<pubDate>${item.date ?? 'Mon, 02 Jan 2023 10:00:00 GMT'}</pubDate><description><![CDATA[${item.body}]]></description></item>`,
  )
  .join('\n')}
</channel></rss>`;

const parse = (xml: string) => parseFeedText(xml, 'https://example.org/feed.xml');

describe('knownItems: skipping items the caller stores unchanged', () => {
  const page = rss([
    { guid: 'a', body: '<p>A</p><script>alert(1)</script>' },
    { guid: 'b', body: '<p>B</p>' },
  ]);

  it('fingerprints every item, and the same raw item gets the same fingerprint', () => {
    const first = normalizeFeedItems(parse(page));
    const again = normalizeFeedItems(parse(page));
    expect(first.unchanged).toEqual([]);
    expect(first.items.map((item) => item.fingerprint)).toEqual(again.items.map((item) => item.fingerprint));
    expect(new Set(first.items.map((item) => item.fingerprint)).size).toBe(2);
    // normalizeItems keeps its contract (same items, now fingerprinted).
    expect(normalizeItems(parse(page))).toEqual(first.items);
  });

  it('returns known items as unchanged, unsanitized, and still sanitizes the changed and new ones', () => {
    const known = new Set(normalizeFeedItems(parse(page)).items.map((item) => item.fingerprint!));
    const next = rss([
      { guid: 'c', body: '<p>C</p><img src="x" onerror="alert(1)">' },
      { guid: 'a', body: '<p>A</p><script>alert(1)</script>' },
      { guid: 'b', body: '<p>B edited</p><iframe src="https://evil.example/"></iframe>' },
    ]);
    const { items, unchanged } = normalizeFeedItems(parse(next), { knownItems: known });
    expect(unchanged.map(({ guid, publishedAt }) => ({ guid, publishedAt }))).toEqual([
      { guid: 'a', publishedAt: new Date('2023-01-02T10:00:00Z') },
    ]);
    expect(unchanged[0]!.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    expect(known.has(unchanged[0]!.fingerprint)).toBe(true);
    expect(items.map((item) => item.guid)).toEqual(['c', 'b']);
    expect(items[0]!.contentHtml).toContain('<p>C</p>');
    expect(items[0]!.contentHtml).not.toMatch(/onerror/i);
    expect(items[1]!.contentHtml).toContain('B edited');
    expect(items[1]!.contentHtml).not.toContain('evil.example');
    expect(known.has(items[1]!.fingerprint!)).toBe(false);
  });

  it('ignores dates (fixed once stored) but not content, and counts skipped items towards maxItems', () => {
    const known = new Set(normalizeFeedItems(parse(page)).items.map((item) => item.fingerprint!));
    const redated = rss([
      { guid: 'a', body: '<p>A</p><script>alert(1)</script>', date: 'Tue, 03 Jan 2023 10:00:00 GMT' },
      { guid: 'b', body: '<p>B</p>', date: 'Tue, 03 Jan 2023 11:00:00 GMT' },
    ]);
    const { items, unchanged } = normalizeFeedItems(parse(redated), { knownItems: known, maxItems: 1 });
    expect(items).toEqual([]);
    expect(unchanged.map((item) => [item.guid, item.publishedAt?.toISOString()])).toEqual([['a', '2023-01-03T10:00:00.000Z']]);
  });

  it('a repeated guid is always normalized (its id comes from its sanitized summary)', () => {
    const twice = rss([
      { guid: 'a', body: '<p>one</p>' },
      { guid: 'a', body: '<p>two</p>' },
    ]);
    const first = normalizeFeedItems(parse(twice));
    const known = new Set(first.items.map((item) => item.fingerprint!));
    const again = normalizeFeedItems(parse(twice), { knownItems: known });
    expect(again.unchanged.map((item) => item.guid)).toEqual(['a']);
    expect(again.items.map((item) => item.guid)).toEqual([first.items[1]!.guid]);
    expect(again.items[0]!.fingerprint).toBe(first.items[1]!.fingerprint);
  });
});
