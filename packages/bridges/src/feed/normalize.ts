/** {@link ParsedFeed} → the contract's SourceMeta and NormalizedItem[] (ids, sanitizing, summaries). */
import { sanitizeHtml } from '../sanitize.js';
import { type NormalizedItem, type SourceMeta, type UnchangedItem } from '../types.js';
import { stableHash } from '../util/hash.js';
import { htmlToText, truncateText } from '../util/text.js';
import { type ParsedFeed, type ParsedItem } from './model.js';

export interface NormalizeOptions {
  kind?: 'article' | 'post';
  maxItems?: number;
  /** Fingerprints of items the caller stores unchanged: those are returned as `unchanged`, unsanitized. */
  knownItems?: ReadonlySet<string> | undefined;
}

export interface NormalizedFeedItems {
  items: NormalizedItem[];
  unchanged: UnchangedItem[];
}

/**
 * Bump when sanitizing or normalizing changes what an item becomes: every stored fingerprint then
 * differs, and each item is normalized (and rewritten) once more.
 */
const FINGERPRINT_VERSION = 'raw-v1';

/**
 * Cheap fingerprint of a raw item, hashed before any sanitizing: everything {@link normalizeItem} reads
 * that a stored entry is rewritten from (guid, url, title, content and summary HTML, author, media,
 * categories, base URL, kind). Equal fingerprints → equal rewritable content.
 *
 * Dates are left out on purpose: a stored entry's publication date and sort position are fixed when it
 * is inserted, and a change of dates alone has never rewritten an entry. Many feeds regenerate their
 * dates on every request; with dates in the fingerprint each of their items would be re-sanitized on
 * every fetch for nothing. (Items without a guid still depend on their date through {@link guidOf}.)
 */
export function fingerprintOf(item: ParsedItem, guid: string, kind: NormalizeOptions['kind']): string {
  return stableHash(
    FINGERPRINT_VERSION,
    kind ?? '',
    guid,
    item.url,
    item.title,
    item.contentHtml,
    item.summaryHtml,
    item.author,
    item.media.length ? JSON.stringify(item.media) : '',
    item.categories.join('\u0001'),
    item.baseUrl,
  );
}

export function sourceMetaOf(feed: ParsedFeed): SourceMeta {
  const description = feed.description ? htmlToText(feed.description) || null : null;
  return { title: feed.title, description, siteUrl: feed.siteUrl, imageUrl: feed.imageUrl };
}

/** The guid used when an item has none: link, else a hash of what identifies it. */
export function guidOf(item: ParsedItem): string {
  if (item.id) return item.id;
  if (item.url) return item.url;
  return `sha256:${stableHash(item.title, item.published?.toISOString(), item.media[0]?.url, item.contentHtml?.slice(0, 2000))}`;
}

export function normalizeItem(item: ParsedItem, options: NormalizeOptions = {}): NormalizedItem {
  const base = item.baseUrl ?? item.url;
  const contentHtml = sanitizeHtml(item.contentHtml, { baseUrl: base });
  const summarySource = item.summaryHtml ? sanitizeHtml(item.summaryHtml, { baseUrl: base }) : contentHtml;
  const summary = truncateText(htmlToText(summarySource) || htmlToText(contentHtml));
  return {
    guid: guidOf(item),
    url: item.url,
    title: item.title,
    contentHtml,
    summary,
    author: item.author,
    publishedAt: item.published ?? item.updated,
    updatedAt: item.updated,
    media: item.media,
    kind: options.kind ?? (item.title ? 'article' : 'post'),
    ...(item.categories.length ? { categories: item.categories } : {}),
  };
}

export function normalizeItems(feed: ParsedFeed, options: NormalizeOptions = {}): NormalizedItem[] {
  return normalizeFeedItems(feed, { ...options, knownItems: undefined }).items;
}

/**
 * Normalizes a feed's items, each carrying its raw {@link fingerprintOf}. Items whose fingerprint is in
 * `options.knownItems` are not sanitized: they come back in `unchanged` (guid, fingerprint, date only).
 */
export function normalizeFeedItems(feed: ParsedFeed, options: NormalizeOptions = {}): NormalizedFeedItems {
  const limit = options.maxItems ?? Number.POSITIVE_INFINITY;
  const known = options.knownItems;
  const seen = new Set<string>();
  const items: NormalizedItem[] = [];
  const unchanged: UnchangedItem[] = [];
  for (const item of feed.items) {
    if (items.length + unchanged.length >= limit) break;
    const guid = guidOf(item);
    const fingerprint = fingerprintOf(item, guid, options.kind);
    // A repeated guid is renamed from its sanitized summary below, so it is always normalized.
    if (known?.has(fingerprint) && !seen.has(guid)) {
      seen.add(guid);
      unchanged.push({ guid, fingerprint, publishedAt: item.published ?? item.updated });
      continue;
    }
    const normalized = normalizeItem(item, options);
    normalized.fingerprint = fingerprint;
    if (seen.has(normalized.guid)) {
      normalized.guid = `${normalized.guid}#${stableHash(normalized.title, normalized.summary)}`;
      normalized.fingerprint = stableHash(fingerprint, normalized.guid);
    }
    seen.add(normalized.guid);
    items.push(normalized);
  }
  return { items, unchanged };
}
