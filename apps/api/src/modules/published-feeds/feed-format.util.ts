/**
 * Writers for the three feed formats Tributary publishes: RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed
 * 1.1. Pure functions over a neutral model; every URL in the model is absolute.
 */
export interface PublishedItem {
  /** Permanent, unique id (`urn:uuid:…`). */
  id: string;
  url: string;
  title: string;
  /** Sanitized HTML. */
  contentHtml: string;
  summary: string;
  authorName: string | null;
  published: Date;
  updated: Date;
  /** Where the item came from (the source's site or feed). */
  sourceTitle: string | null;
  sourceUrl: string | null;
}

export interface PublishedFeed {
  title: string;
  description: string;
  /** The HTML page of the feed (the profile). */
  homeUrl: string;
  /** This document's own URL, per format. */
  selfUrls: Record<FeedFormat, string>;
  /** Permanent id of the feed (Atom id). */
  id: string;
  authorName: string;
  iconUrl: string | null;
  language: string | null;
  updated: Date;
  hubUrl: string | null;
  items: PublishedItem[];
}

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FILES: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'feed.atom': 'atom', 'feed.json': 'json' };
export const FEED_FILE_OF: Record<FeedFormat, string> = { rss: 'feed.xml', atom: 'feed.atom', json: 'feed.json' };
export const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function escapeXml(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const element = (name: string, value: string | null | undefined, attrs = ''): string =>
  value === null || value === undefined || value === '' ? '' : `<${name}${attrs}>${escapeXml(value)}</${name}>`;

export function renderRss(feed: PublishedFeed): string {
  const items = feed.items.map((item) =>
    [
      '<item>',
      element('title', item.title),
      element('link', item.url),
      element('guid', item.id, ' isPermaLink="false"'),
      element('pubDate', item.published.toUTCString()),
      element('dc:creator', item.authorName),
      element('description', item.summary || item.title),
      element('content:encoded', item.contentHtml),
      item.sourceUrl ? `<source url="${escapeXml(item.sourceUrl)}">${escapeXml(item.sourceTitle ?? item.sourceUrl)}</source>` : '',
      '</item>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '<channel>',
    element('title', feed.title),
    element('link', feed.homeUrl),
    element('description', feed.description || feed.title),
    element('language', feed.language),
    element('lastBuildDate', feed.updated.toUTCString()),
    element('generator', 'Tributary'),
    `<atom:link rel="self" type="application/rss+xml" href="${escapeXml(feed.selfUrls.rss)}"/>`,
    feed.hubUrl ? `<atom:link rel="hub" href="${escapeXml(feed.hubUrl)}"/>` : '',
    feed.iconUrl ? `<image><url>${escapeXml(feed.iconUrl)}</url><title>${escapeXml(feed.title)}</title><link>${escapeXml(feed.homeUrl)}</link></image>` : '',
    ...items,
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}

export function renderAtom(feed: PublishedFeed): string {
  const entries = feed.items.map((item) =>
    [
      '<entry>',
      element('id', item.id),
      element('title', item.title || item.url, ' type="text"'),
      `<link rel="alternate" type="text/html" href="${escapeXml(item.url)}"/>`,
      element('published', item.published.toISOString()),
      element('updated', item.updated.toISOString()),
      item.authorName ? `<author><name>${escapeXml(item.authorName)}</name></author>` : '',
      element('summary', item.summary, ' type="text"'),
      element('content', item.contentHtml, ' type="html"'),
      item.sourceUrl ? `<source><id>${escapeXml(item.sourceUrl)}</id>${element('title', item.sourceTitle ?? item.sourceUrl)}<link rel="alternate" href="${escapeXml(item.sourceUrl)}"/></source>` : '',
      '</entry>',
    ].join(''),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    element('id', feed.id),
    element('title', feed.title, ' type="text"'),
    element('subtitle', feed.description, ' type="text"'),
    element('updated', feed.updated.toISOString()),
    `<author><name>${escapeXml(feed.authorName)}</name><uri>${escapeXml(feed.homeUrl)}</uri></author>`,
    `<link rel="alternate" type="text/html" href="${escapeXml(feed.homeUrl)}"/>`,
    `<link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrls.atom)}"/>`,
    feed.hubUrl ? `<link rel="hub" href="${escapeXml(feed.hubUrl)}"/>` : '',
    feed.iconUrl ? element('icon', feed.iconUrl) : '',
    '<generator>Tributary</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

export function renderJsonFeed(feed: PublishedFeed): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrls.json,
    description: feed.description || undefined,
    icon: feed.iconUrl ?? undefined,
    language: feed.language ?? undefined,
    authors: [{ name: feed.authorName, url: feed.homeUrl }],
    ...(feed.hubUrl && { hubs: [{ type: 'WebSub', url: feed.hubUrl }] }),
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title || undefined,
      content_html: item.contentHtml || `<p>${escapeXml(item.title || item.url)}</p>`,
      summary: item.summary || undefined,
      date_published: item.published.toISOString(),
      date_modified: item.updated.toISOString(),
      ...(item.authorName && { authors: [{ name: item.authorName }] }),
    })),
  }, null, 1);
}

export function renderFeed(feed: PublishedFeed, format: FeedFormat): string {
  switch (format) {
    case 'rss':
      return renderRss(feed);
    case 'atom':
      return renderAtom(feed);
    case 'json':
      return renderJsonFeed(feed);
  }
}
