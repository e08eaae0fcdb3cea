/** Feed autodiscovery from an HTML page: `<link rel="alternate" type="application/rss+xml" href>`. */
import { Parser } from 'htmlparser2';
import { resolveHttpUrl } from '../util/url.js';

export interface DiscoveredFeed {
  url: string;
  type: string;
  title: string | null;
}

const FEED_TYPES = [
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/json',
  'application/rdf+xml',
  'application/xml',
  'text/xml',
];

export interface PageInfo {
  feeds: DiscoveredFeed[];
  generator: string | null;
  canonicalUrl: string | null;
}

/** Links to feeds advertised by an HTML page, in page order, comment feeds last. */
export function discoverFeeds(html: string, pageUrl: string): PageInfo {
  let base = pageUrl;
  const raw: { href: string; type: string; title: string | null }[] = [];
  let generator: string | null = null;
  let canonical: string | null = null;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (done) return;
        if (name === 'base' && attrs.href) base = resolveHttpUrl(attrs.href, pageUrl) ?? base;
        else if (name === 'link') {
          const rel = (attrs.rel ?? '').toLowerCase().split(/\s+/);
          const type = (attrs.type ?? '').toLowerCase().split(';')[0]!.trim();
          if (rel.includes('alternate') && attrs.href && FEED_TYPES.includes(type))
            raw.push({ href: attrs.href, type, title: attrs.title?.trim() || null });
          if (rel.includes('canonical') && attrs.href) canonical = attrs.href;
        } else if (name === 'meta' && attrs.name?.toLowerCase() === 'generator' && attrs.content) generator = attrs.content;
      },
      onclosetag(name) {
        if (name === 'head') done = true;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html.length > 512 * 1024 ? html.slice(0, 512 * 1024) : html);
  parser.end();
  const feeds: DiscoveredFeed[] = [];
  for (const entry of raw) {
    const url = resolveHttpUrl(entry.href, base);
    if (url && !feeds.some((feed) => feed.url === url)) feeds.push({ url, type: entry.type, title: entry.title });
  }
  const isComments = (feed: DiscoveredFeed): boolean => /comment/i.test(feed.title ?? '') || /comments?\/feed/i.test(feed.url);
  feeds.sort((a, b) => Number(isComments(a)) - Number(isComments(b)));
  return { feeds, generator, canonicalUrl: canonical ? resolveHttpUrl(canonical, base) : null };
}

/** Paths tried when a page advertises no feed. */
export const COMMON_FEED_PATHS = ['/feed', '/rss', '/feed.xml', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json', '/?feed=rss2'];
