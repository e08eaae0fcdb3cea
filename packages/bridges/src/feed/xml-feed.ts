/** RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents → {@link ParsedFeed}. */
import { decodeHTML } from 'entities';
import { ParseError } from '../errors.js';
import { type MediaItem } from '../types.js';
import { parseDate } from '../util/date.js';
import { collapseWhitespace, escapeHtml, htmlToText } from '../util/text.js';
import { resolveHttpUrl } from '../util/url.js';
import { addMedia, guessMediaType, parseDuration, positiveInt } from './media.js';
import { type ParsedFeed, type ParsedItem } from './model.js';
import { type XmlDocument, type XmlElement, child, childText, childrenNamed, htmlOf, innerXml, parseXml } from './xml.js';

const DOUBLE_ESCAPED = /&(#\d+|#x[\da-f]+|[a-z]+\d*);/i;

/** Plain text for titles/names: tags stripped, double-escaped entities decoded once more. */
export function plainText(value: string | null | undefined): string | null {
  if (!value) return null;
  let text = value;
  if (text.includes('<')) text = htmlToText(text);
  else if (DOUBLE_ESCAPED.test(text)) text = decodeHTML(text);
  text = collapseWhitespace(text);
  return text || null;
}

function verifyCodesOf(element: XmlElement | undefined): string[] {
  return childrenNamed(element, 'tributary:verify')
    .map((code) => code.text.trim())
    .filter(Boolean);
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; "Jane Doe <jane@…>" → "Jane Doe". */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  const text = plainText(raw);
  if (!text) return null;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(text);
  if (paren) return paren[1]!.trim();
  const angle = /^(.+?)\s*<[^>]+@[^>]+>$/.exec(text);
  if (angle) return angle[1]!.replace(/^"|"$/g, '').trim();
  return text;
}

function ttlFrom(channel: XmlElement): number | null {
  const ttl = positiveInt(childText(channel, 'ttl'));
  if (ttl) return ttl * 60;
  const period = childText(channel, 'sy:updateperiod');
  if (!period) return null;
  const seconds = { hourly: 3600, daily: 86400, weekly: 604800, monthly: 2592000, yearly: 31536000 }[period.toLowerCase()];
  if (!seconds) return null;
  const frequency = positiveInt(childText(channel, 'sy:updatefrequency')) ?? 1;
  return Math.round(seconds / frequency);
}

function atomLinks(element: XmlElement): { rel: string; href: string | null; type: string; length?: number; title?: string }[] {
  return childrenNamed(element, 'atom:link').map((link) => ({
    rel: (link.attrs.rel ?? 'alternate').toLowerCase(),
    href: resolveHttpUrl(link.attrs.href ?? link.text, link.base),
    type: link.attrs.type ?? '',
    length: positiveInt(link.attrs.length),
    ...(link.attrs.title ? { title: link.attrs.title } : {}),
  }));
}

function mediaRssInto(list: MediaItem[], element: XmlElement): void {
  const containers = [element, ...childrenNamed(element, 'media:group')];
  for (const container of containers) {
    const thumbnail = child(container, 'media:thumbnail');
    const thumbnailUrl = thumbnail ? resolveHttpUrl(thumbnail.attrs.url, thumbnail.base) : null;
    const contents = childrenNamed(container, 'media:content');
    for (const content of contents) {
      const url = resolveHttpUrl(content.attrs.url, content.base);
      // Flash players (old YouTube feeds) are not media a reader can show.
      if (!url || content.attrs.type === 'application/x-shockwave-flash') {
        if (thumbnailUrl && url) addMedia(list, { url: thumbnailUrl, type: guessMediaType(thumbnailUrl, null, 'image'), ...optional('width', positiveInt(thumbnail?.attrs.width)), ...optional('height', positiveInt(thumbnail?.attrs.height)) });
        continue;
      }
      const innerThumb = child(content, 'media:thumbnail');
      const thumb = innerThumb ? resolveHttpUrl(innerThumb.attrs.url, innerThumb.base) : thumbnailUrl;
      const title = plainText(child(content, 'media:title')?.text ?? child(container, 'media:title')?.text);
      addMedia(list, {
        url,
        type: guessMediaType(url, content.attrs.type, content.attrs.medium),
        ...optional('size', positiveInt(content.attrs.filesize)),
        ...optional('width', positiveInt(content.attrs.width)),
        ...optional('height', positiveInt(content.attrs.height)),
        ...optional('durationSeconds', positiveInt(content.attrs.duration)),
        ...optional('thumbnailUrl', thumb && thumb !== url ? thumb : undefined),
        ...optional('title', title ?? undefined),
      });
    }
    if (contents.length === 0 && thumbnailUrl) {
      addMedia(list, {
        url: thumbnailUrl,
        type: guessMediaType(thumbnailUrl, null, 'image'),
        ...optional('width', positiveInt(thumbnail?.attrs.width)),
        ...optional('height', positiveInt(thumbnail?.attrs.height)),
      });
    }
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function rssItem(doc: XmlDocument, item: XmlElement, channelAuthor: string | null): ParsedItem {
  const guidElement = child(item, 'guid');
  const guid = guidElement?.text.trim() || item.attrs['rdf:about']?.trim() || null;
  let url = resolveHttpUrl(childText(item, 'link'), item.base);
  if (!url) {
    const alternate = atomLinks(item).find((link) => link.rel === 'alternate' && link.href);
    url = alternate?.href ?? null;
  }
  if (!url && guid && guidElement && guidElement.attrs.ispermalink?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guid)) {
    url = resolveHttpUrl(guid, null);
  }
  if (!url && item.attrs['rdf:about']) url = resolveHttpUrl(item.attrs['rdf:about'], item.base);

  const description = htmlOf(doc, child(item, 'description'));
  const encoded = htmlOf(doc, child(item, 'content:encoded'));
  const itunesSummary = childText(item, 'itunes:summary');
  const media: MediaItem[] = [];
  const duration = parseDuration(childText(item, 'itunes:duration'));
  for (const enclosure of childrenNamed(item, 'enclosure')) {
    const enclosureUrl = resolveHttpUrl(enclosure.attrs.url, enclosure.base);
    if (!enclosureUrl) continue;
    const type = guessMediaType(enclosureUrl, enclosure.attrs.type);
    addMedia(media, {
      url: enclosureUrl,
      type,
      ...optional('size', positiveInt(enclosure.attrs.length)),
      ...optional('durationSeconds', type.startsWith('audio/') || type.startsWith('video/') ? duration : undefined),
    });
  }
  for (const enclosure of childrenNamed(item, 'enc:enclosure')) {
    const enclosureUrl = resolveHttpUrl(enclosure.attrs['rdf:resource'] ?? enclosure.attrs.url, enclosure.base);
    if (!enclosureUrl) continue;
    addMedia(media, {
      url: enclosureUrl,
      type: guessMediaType(enclosureUrl, enclosure.attrs['enc:type'] ?? enclosure.attrs.type),
      ...optional('size', positiveInt(enclosure.attrs['enc:length'] ?? enclosure.attrs.length)),
    });
  }
  for (const link of atomLinks(item)) {
    if (link.rel === 'enclosure' && link.href)
      addMedia(media, { url: link.href, type: guessMediaType(link.href, link.type), ...optional('size', link.length) });
  }
  mediaRssInto(media, item);
  const itunesImage = child(item, 'itunes:image');
  const itunesImageUrl = itunesImage ? resolveHttpUrl(itunesImage.attrs.href ?? itunesImage.text, itunesImage.base) : null;
  if (itunesImageUrl) {
    const playable = media.find((entry) => !entry.type.startsWith('image/') && !entry.thumbnailUrl);
    if (playable) playable.thumbnailUrl = itunesImageUrl;
  }

  const categories = [...childrenNamed(item, 'category'), ...childrenNamed(item, 'dc:subject')]
    .map((category) => plainText(category.text) ?? '')
    .filter(Boolean);

  return {
    id: guid,
    url,
    title: plainText(childText(item, 'title', 'itunes:title', 'dc:title')),
    contentHtml: encoded ?? description ?? (itunesSummary ? escapeHtml(itunesSummary) : null),
    summaryHtml: encoded ? description : null,
    author: authorName(childText(item, 'dc:creator', 'author', 'itunes:author')) ?? channelAuthor,
    published: parseDate(childText(item, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'published')),
    updated: parseDate(childText(item, 'dcterms:modified', 'atom:updated')),
    media,
    categories,
    baseUrl: item.base,
    verifyCodes: verifyCodesOf(item),
  };
}

function parseRss(doc: XmlDocument, documentUrl: string | null): ParsedFeed {
  const root = doc.root;
  const isRdf = root.name === 'rdf:rdf';
  // A channel-less <rss/> is an (odd) empty feed, not an error.
  const channel = child(root, 'channel') ?? root;
  const items = isRdf ? childrenNamed(root, 'item') : childrenNamed(channel, 'item');
  // RSS 1.0 puts items beside the channel; some broken RSS 2.0 feeds do too.
  if (!isRdf && items.length === 0) items.push(...childrenNamed(root, 'item'));
  const links = atomLinks(channel);
  const image = child(channel, 'image') ?? child(root, 'image');
  const itunesImage = child(channel, 'itunes:image');
  const channelAuthor = authorName(childText(channel, 'itunes:author', 'dc:creator', 'managingeditor'));
  const version = isRdf
    ? Object.values(root.attrs).includes('http://my.netscape.com/rdf/simple/0.9/')
      ? '0.90'
      : '1.0'
    : (root.attrs.version ?? '2.0');
  return {
    format: isRdf ? 'rdf' : 'rss',
    version,
    title: plainText(childText(channel, 'title', 'dc:title')),
    description: childText(channel, 'description', 'itunes:summary', 'itunes:subtitle', 'dc:description'),
    siteUrl:
      resolveHttpUrl(childText(channel, 'link'), channel.base) ??
      links.find((link) => link.rel === 'alternate' && link.href)?.href ??
      null,
    selfUrl: links.find((link) => link.rel === 'self')?.href ?? null,
    imageUrl:
      resolveHttpUrl(childText(image, 'url') ?? image?.attrs['rdf:resource'], image?.base ?? channel.base) ??
      resolveHttpUrl(itunesImage?.attrs.href, channel.base),
    language: childText(channel, 'language', 'dc:language'),
    generator: childText(channel, 'generator'),
    webMaster: childText(channel, 'webmaster'),
    author: channelAuthor,
    hubUrl: links.find((link) => link.rel === 'hub')?.href ?? null,
    nextUrl: links.find((link) => link.rel === 'next')?.href ?? null,
    ttlSeconds: ttlFrom(channel),
    verifyCodes: verifyCodesOf(channel),
    baseUrl: channel.base ?? documentUrl,
    items: items.map((item) => rssItem(doc, item, null)),
  };
}

/** Atom text construct (`type` text/html/xhtml; Atom 0.3 `mode` escaped/xml/base64) → HTML. */
function atomHtml(doc: XmlDocument, element: XmlElement | undefined): string | null {
  if (!element) return null;
  const type = (element.attrs.type ?? 'text').toLowerCase();
  const mode = element.attrs.mode?.toLowerCase();
  if (mode === 'base64') {
    try {
      return Buffer.from(element.text.trim(), 'base64').toString('utf8') || null;
    } catch {
      return null;
    }
  }
  if (type === 'xhtml' || type === 'application/xhtml+xml' || mode === 'xml' || element.children.length > 0) {
    const div = element.children.length === 1 && element.children[0]!.name.endsWith('div') ? element.children[0]! : element;
    const inner = innerXml(doc, div).trim();
    // type="html" wrapped in a stray xhtml div (TypePad): the div's text is the escaped HTML.
    if (type === 'html' || type === 'text/html') return decodeHTML(inner) || null;
    return inner || null;
  }
  const text = element.text.trim();
  if (!text) return null;
  if (type === 'html' || type.includes('html')) return text;
  return escapeHtml(text).replace(/\n/g, '<br>');
}

function atomText(doc: XmlDocument, element: XmlElement | undefined): string | null {
  const html = atomHtml(doc, element);
  return html ? plainText(html.includes('<') || html.includes('&') ? htmlToText(html) : html) : null;
}

function atomPerson(element: XmlElement | undefined): string | null {
  if (!element) return null;
  const author = child(element, 'atom:author') ?? child(element, 'atom:contributor');
  if (!author) return null;
  return plainText(childText(author, 'atom:name')) ?? plainText(childText(author, 'atom:email')) ?? plainText(author.text);
}

function atomEntry(doc: XmlDocument, entry: XmlElement, feedAuthor: string | null): ParsedItem {
  const links = atomLinks(entry);
  const alternate = links.find((link) => link.rel === 'alternate' && link.href && (!link.type || link.type.includes('html')));
  const content = child(entry, 'atom:content');
  const contentSrc = content?.attrs.src ? resolveHttpUrl(content.attrs.src, content.base) : null;
  const media: MediaItem[] = [];
  for (const link of links) {
    if (link.rel === 'enclosure' && link.href)
      addMedia(media, { url: link.href, type: guessMediaType(link.href, link.type), ...optional('size', link.length) });
  }
  mediaRssInto(media, entry);
  const summary = atomHtml(doc, child(entry, 'atom:summary'));
  const body = contentSrc ? null : atomHtml(doc, content);
  const mediaDescription = child(child(entry, 'media:group'), 'media:description')?.text.trim();
  return {
    id: childText(entry, 'atom:id'),
    url: alternate?.href ?? links.find((link) => link.rel === 'alternate' && link.href)?.href ?? contentSrc,
    title: atomText(doc, child(entry, 'atom:title')),
    contentHtml: body ?? summary ?? (mediaDescription ? escapeHtml(mediaDescription).replace(/\n/g, '<br>') : null),
    summaryHtml: body ? summary : null,
    author: atomPerson(entry) ?? feedAuthor,
    published: parseDate(childText(entry, 'atom:published', 'atom:issued', 'atom:created', 'dc:date')),
    updated: parseDate(childText(entry, 'atom:updated', 'atom:modified')),
    media,
    categories: childrenNamed(entry, 'atom:category')
      .map((category) => plainText(category.attrs.label ?? category.attrs.term ?? category.text) ?? '')
      .filter(Boolean),
    baseUrl: (content ?? entry).base,
    verifyCodes: verifyCodesOf(entry),
  };
}

function parseAtom(doc: XmlDocument, documentUrl: string | null): ParsedFeed {
  const feed = doc.root;
  const links = atomLinks(feed);
  const feedAuthor = atomPerson(feed);
  const subtitle = child(feed, 'atom:subtitle') ?? child(feed, 'atom:tagline');
  const isAtom03 = feed.attrs.version === '0.3' || Object.values(feed.attrs).includes('http://purl.org/atom/ns#');
  return {
    format: 'atom',
    version: isAtom03 ? 'atom-0.3' : 'atom-1.0',
    title: atomText(doc, child(feed, 'atom:title')),
    description: atomHtml(doc, subtitle),
    siteUrl: links.find((link) => link.rel === 'alternate' && link.href)?.href ?? null,
    selfUrl: links.find((link) => link.rel === 'self')?.href ?? null,
    imageUrl: resolveHttpUrl(childText(feed, 'atom:logo', 'atom:icon'), feed.base),
    language: feed.attrs['xml:lang'] ?? null,
    generator: childText(feed, 'atom:generator'),
    webMaster: null,
    author: feedAuthor,
    hubUrl: links.find((link) => link.rel === 'hub')?.href ?? null,
    nextUrl: links.find((link) => link.rel === 'next')?.href ?? null,
    ttlSeconds: null,
    verifyCodes: verifyCodesOf(feed),
    baseUrl: feed.base ?? documentUrl,
    items: childrenNamed(feed, 'atom:entry').map((entry) => atomEntry(doc, entry, feedAuthor)),
  };
}

/** Parse an XML feed from text. Throws ParseError for non-feeds and unsafe documents. */
export function parseXmlFeed(text: string, documentUrl: string | null): ParsedFeed {
  const doc = parseXml(text, documentUrl);
  switch (doc.root.name) {
    case 'rss':
    case 'rdf:rdf':
      return parseRss(doc, documentUrl);
    case 'atom:feed':
      return parseAtom(doc, documentUrl);
    case 'opml':
      throw new ParseError('This is an OPML subscription list, not a feed; import it instead.', { reason: 'opml' });
    case 'html':
    case 'xhtml:html':
      throw new ParseError('This is a web page, not a feed.', { reason: 'html' });
    default:
      throw new ParseError(`This XML document (<${doc.root.name}>) is not an RSS or Atom feed.`, { reason: 'not-a-feed' });
  }
}
