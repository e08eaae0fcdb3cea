/** {@link ParsedFeed} → the contract's SourceMeta and NormalizedItem[] (ids, sanitizing, summaries). */
import { sanitizeHtml } from '../sanitize.js';
import { type NormalizedItem, type SourceMeta } from '../types.js';
import { stableHash } from '../util/hash.js';
import { htmlToText, truncateText } from '../util/text.js';
import { type ParsedFeed, type ParsedItem } from './model.js';

export interface NormalizeOptions {
  kind?: 'article' | 'post';
  maxItems?: number;
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
  const limit = options.maxItems ?? Number.POSITIVE_INFINITY;
  const seen = new Set<string>();
  const result: NormalizedItem[] = [];
  for (const item of feed.items) {
    if (result.length >= limit) break;
    const normalized = normalizeItem(item, options);
    if (seen.has(normalized.guid)) normalized.guid = `${normalized.guid}#${stableHash(normalized.title, normalized.summary)}`;
    seen.add(normalized.guid);
    result.push(normalized);
  }
  return result;
}
