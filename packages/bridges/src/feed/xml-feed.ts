/** RSS 0.9x/1.0/2.0 and Atom 0.3/1.0 documents → {@link ParsedFeed}. */
import { decodeHTML } from 'entities';
import { ParseError } from '../errors.js';
import { sanitizeHtml } from '../sanitize.js';
import { type MediaItem } from '../types.js';
import { parseDate } from '../util/date.js';
import { collapseAsciiWhitespace, escapeHtml, htmlToText } from '../util/text.js';
import { resolveHttpUrl } from '../util/url.js';
import { addMedia, guessMediaType, parseDuration, positiveInt } from './media.js';
import { type ParsedFeed, type ParsedItem } from './model.js';
import { type XmlDocument, type XmlElement, child, childText, childrenNamed, htmlOf, innerXml, parseXml } from './xml.js';

const DOUBLE_ESCAPED = /&(#\d+|#x[\da-f]+|[a-z]+\d*);/i;
const CLOSE_TAG = /<\/\w+\s*>/;
const TAG_NAME = /<\/?([A-Za-z][\w-]*)/g;

/** HTML element names: a value holding only these (and a closing tag or an entity) is read as HTML. */
const HTML_ELEMENTS = new Set([
  'a', 'abbr', 'acronym', 'address', 'area', 'article', 'aside', 'audio', 'b', 'big', 'blockquote', 'body', 'br',
  'button', 'caption', 'center', 'cite', 'code', 'col', 'colgroup', 'dd', 'del', 'details', 'dfn', 'dir', 'div', 'dl',
  'dt', 'em', 'embed', 'fieldset', 'figcaption', 'figure', 'font', 'footer', 'form', 'frame', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'head', 'header', 'hr', 'html', 'i', 'iframe', 'img', 'input', 'ins', 'kbd', 'label', 'legend', 'li',
  'link', 'map', 'mark', 'menu', 'meta', 'nav', 'noscript', 'object', 'ol', 'option', 'p', 'param', 'pre', 'q', 's',
  'samp', 'script', 'section', 'select', 'small', 'source', 'span', 'strike', 'strong', 'style', 'sub', 'summary',
  'sup', 'svg', 'table', 'tbody', 'td', 'textarea', 'tfoot', 'th', 'thead', 'time', 'title', 'tr', 'tt', 'u', 'ul',
  'var', 'video', 'wbr',
]);

/**
 * Whether a text value that carries no type (RSS titles, names) is HTML: it has a closing tag or an
 * entity reference, and every tag in it is an HTML element. Text such as `<blink>` or `a < b` is then
 * shown as written instead of being taken for markup and cut; `<b>x</b>` or a `<script>…</script>`
 * vector is reduced to its text.
 */
function looksLikeHtml(text: string): boolean {
  if (!CLOSE_TAG.test(text) && !DOUBLE_ESCAPED.test(text)) return false;
  for (const match of text.matchAll(TAG_NAME)) if (!HTML_ELEMENTS.has(match[1]!.toLowerCase())) return false;
  return true;
}

/** Plain text for titles/names: HTML reduced to its text, double-escaped entities decoded once more. */
export function plainText(value: string | null | undefined, markup: 'guess' | 'strip' = 'guess'): string | null {
  if (!value) return null;
  let text = value;
  if (text.includes('<')) {
    if (markup === 'strip' || looksLikeHtml(text)) text = htmlText(text);
  } else if (DOUBLE_ESCAPED.test(text)) text = decodeHTML(text);
  text = collapseAsciiWhitespace(text);
  return text || null;
}

/** Text of an HTML fragment, keeping NBSP and other Unicode spaces. */
function htmlText(html: string): string {
  return htmlToText(html, true);
}

/** Plain text of an element, also when it holds child markup (`<title><b>x</b></title>`). */
function elementText(doc: XmlDocument, element: XmlElement | undefined): string | null {
  if (!element) return null;
  if (element.children.length > 0) return plainText(htmlText(innerXml(doc, element)));
  return plainText(element.text);
}

/** An element's content as written (text, or inner markup when it holds elements): for informational fields. */
function rawText(doc: XmlDocument, element: XmlElement | undefined): string | null {
  if (!element) return null;
  return (element.children.length ? innerXml(doc, element) : element.text).trim() || null;
}

/** {@link elementText} of the first child among `names` that has text. */
function childPlain(doc: XmlDocument, element: XmlElement | undefined, ...names: string[]): string | null {
  if (!element) return null;
  for (const name of names) {
    for (const candidate of element.children) {
      if (candidate.name !== name) continue;
      const text = elementText(doc, candidate);
      if (text) return text;
    }
  }
  return null;
}

/** HTML of the first child among `names` that has any. */
function childHtml(doc: XmlDocument, element: XmlElement | undefined, ...names: string[]): string | null {
  if (!element) return null;
  for (const name of names) {
    const html = htmlOf(doc, child(element, name));
    if (html) return html;
  }
  return null;
}

function verifyCodesOf(element: XmlElement | undefined): string[] {
  return childrenNamed(element, 'tributary:verify')
    .map((code) => code.text.trim())
    .filter(Boolean);
}

/** "jane@example.com (Jane Doe)" → "Jane Doe"; "Jane Doe (jane@…)" and "Jane Doe <jane@…>" → "Jane Doe". */
function authorName(raw: string | null): string | null {
  if (!raw) return null;
  // A name never carries markup worth showing: any tag in it is dropped.
  const text = plainText(raw, 'strip');
  if (!text) return null;
  const paren = /^\S+@\S+\s*\(([^)]+)\)$/.exec(text);
  if (paren) return paren[1]!.trim();
  const trailingEmail = /^(.+?)\s*\([^\s():]+@[^\s()]+\)$/.exec(text);
  if (trailingEmail) return trailingEmail[1]!.trim();
  const angle = /^(.+?)\s*<[^>]+@[^>]+>$/.exec(text);
  if (angle) return angle[1]!.replace(/^"|"$/g, '').trim();
  return text;
}

/** Author of an RSS channel or item: the RSS/DC/iTunes elements, else an `atom:author`. */
function rssAuthor(doc: XmlDocument, element: XmlElement, names: string[]): string | null {
  for (const name of names) {
    for (const candidate of element.children) {
      if (candidate.name !== name) continue;
      // <author><name>…</name></author> (Atom-like person inside RSS).
      const person = child(candidate, 'name') ?? child(candidate, 'atom:name');
      const author = authorName(person ? elementText(doc, person) : elementText(doc, candidate));
      if (author) return author;
    }
  }
  return atomPerson(element);
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
    // href="" is a same-document reference: the base itself.
    href: link.attrs.href?.trim() === '' ? resolveHttpUrl(link.base, null) : resolveHttpUrl(link.attrs.href ?? link.text, link.base),
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

/** Categories in document order: RSS/DC/Media RSS categories, iTunes categories (nested too), `<tags>` lists. */
function categoriesOf(doc: XmlDocument, item: XmlElement): string[] {
  const out: string[] = [];
  const add = (value: string | null | undefined): void => {
    const text = value ? plainText(value) : null;
    if (text && !out.includes(text)) out.push(text);
  };
  const itunes = (element: XmlElement): void => {
    add(element.attrs.text);
    for (const nested of childrenNamed(element, 'itunes:category')) itunes(nested);
  };
  for (const element of item.children) {
    switch (element.name) {
      case 'category':
      case 'dc:subject':
      case 'media:category':
        add(element.children.length ? elementText(doc, element) : element.text);
        break;
      case 'itunes:category':
        itunes(element);
        break;
      case 'tags':
        for (const tag of element.text.split(',')) add(tag);
        break;
      default:
    }
  }
  return out;
}

function rssItem(doc: XmlDocument, item: XmlElement, channelAuthor: string | null): ParsedItem {
  const guidElement = child(item, 'guid');
  const guidText = guidElement ? (guidElement.children.length ? elementText(doc, guidElement) : guidElement.text.trim()) : null;
  const guid = guidText || item.attrs['rdf:about']?.trim() || null;
  let url = resolveHttpUrl(childText(item, 'link'), item.base);
  if (!url) {
    const alternate = atomLinks(item).find((link) => link.rel === 'alternate' && link.href);
    url = alternate?.href ?? null;
  }
  if (!url && guid && guidElement && guidElement.attrs.ispermalink?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guid)) {
    url = resolveHttpUrl(guid, null);
  }
  if (!url && item.attrs['rdf:about']) url = resolveHttpUrl(item.attrs['rdf:about'], item.base);

  let description = childHtml(doc, item, 'description', 'dc:description');
  let rssSummary = htmlOf(doc, child(item, 'summary'));
  // Both present: the one written first is the summary, the other the body.
  const summaryElement = child(item, 'summary');
  const descriptionElement = child(item, 'description');
  if (description && rssSummary && summaryElement && descriptionElement && item.children.indexOf(summaryElement) < item.children.indexOf(descriptionElement))
    [description, rssSummary] = [rssSummary, description];
  // Full bodies: content:encoded, <body>/<xhtml:body> (inline XHTML), <fullitem>, an Atom <content>.
  const encoded =
    childHtml(doc, item, 'content:encoded', 'xhtml:body', 'body', 'fullitem') ??
    atomHtml(doc, child(item, 'atom:content')) ??
    (description ? rssSummary : null);
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

  const categories = categoriesOf(doc, item);

  return {
    id: guid,
    url,
    title: childPlain(doc, item, 'title', 'itunes:title', 'dc:title', 'atom:title', 'media:title'),
    contentHtml: encoded ?? description ?? rssSummary ?? (itunesSummary ? escapeHtml(itunesSummary) : null),
    summaryHtml: encoded ? description : null,
    author: rssAuthor(doc, item, ['dc:creator', 'author', 'dc:author', 'itunes:author']) ?? channelAuthor,
    published: parseDate(childText(item, 'pubdate', 'dc:date', 'dcterms:issued', 'dcterms:created', 'published', 'atom:published')),
    updated: parseDate(childText(item, 'dcterms:modified', 'atom:updated')),
    media,
    categories,
    baseUrl: item.base,
    verifyCodes: verifyCodesOf(item),
  };
}

/** The first image of a channel description: the feed image of last resort. */
const FIRST_IMG = /<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/i;

/** `en_US` → `en-US` (BCP 47 separators). */
function languageTag(value: string | null | undefined): string | null {
  const tag = value?.trim();
  return tag ? tag.replace(/_/g, '-') : null;
}

const RSS_090 = /^http:\/\/(my|channel)\.netscape\.com\/rdf\/simple\/0\.9\/?$/i;

/** `<itunes:link rel="image">`, a channel-level `media:thumbnail` or image `media:content`. */
function channelImageLink(channel: XmlElement): string | null {
  for (const element of channel.children) {
    if (element.name === 'itunes:link' && element.attrs.rel?.toLowerCase() === 'image')
      return resolveHttpUrl(element.attrs.href, element.base);
    if (element.name === 'media:thumbnail') return resolveHttpUrl(element.attrs.url, element.base);
    if (element.name === 'media:content' && (element.attrs.medium === 'image' || element.attrs.type?.startsWith('image/')))
      return resolveHttpUrl(element.attrs.url, element.base);
  }
  return null;
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
  const channelAuthor = rssAuthor(doc, channel, ['itunes:author', 'dc:creator', 'author', 'dc:author', 'managingeditor', 'webmaster']);
  const version = isRdf
    ? Object.values(root.attrs).some((uri) => RSS_090.test(uri))
      ? '0.90'
      : '1.0'
    : (root.attrs.version?.trim() ?? '');
  const description = childHtml(doc, channel, 'description', 'itunes:summary', 'itunes:subtitle', 'dc:description');
  return {
    format: isRdf ? 'rdf' : 'rss',
    version,
    title: childPlain(doc, channel, 'title', 'dc:title'),
    description,
    siteUrl:
      resolveHttpUrl(childText(channel, 'link'), channel.base) ??
      links.find((link) => link.rel === 'alternate' && link.href)?.href ??
      null,
    selfUrl: links.find((link) => link.rel === 'self')?.href ?? null,
    imageUrl:
      resolveHttpUrl(childText(image, 'url') ?? image?.attrs['rdf:resource'], image?.base ?? channel.base) ??
      resolveHttpUrl(itunesImage?.attrs.href ?? itunesImage?.attrs.url ?? itunesImage?.text, itunesImage?.base ?? channel.base) ??
      channelImageLink(channel) ??
      resolveHttpUrl(FIRST_IMG.exec(description ?? '')?.[1], channel.base),
    language: languageTag(childText(channel, 'language', 'dc:language')),
    generator: rawText(doc, child(channel, 'generator')),
    webMaster: rawText(doc, child(channel, 'webmaster')),
    author: channelAuthor,
    hubUrl: links.find((link) => link.rel === 'hub')?.href ?? null,
    nextUrl: links.find((link) => link.rel === 'next')?.href ?? null,
    ttlSeconds: ttlFrom(channel),
    verifyCodes: verifyCodesOf(channel),
    baseUrl: channel.base ?? documentUrl,
    items: items.map((item) => rssItem(doc, item, null)),
  };
}

/** Base64 text → UTF-8 text, or null when it is not base64. */
function fromBase64(text: string): string | null {
  const compact = text.replace(/\s+/g, '');
  if (!compact || !/^[A-Za-z0-9+/]+=*$/.test(compact)) return null;
  return Buffer.from(compact, 'base64').toString('utf8') || null;
}

/**
 * Atom text construct → HTML. Atom 1.0 `type` text/html/xhtml, or a MIME type: XML types are inline
 * markup, other text/* are text, anything else is base64 (RFC 4287 §4.1.3.3); Atom 0.3 `mode`
 * escaped/xml/base64.
 */
function atomHtml(doc: XmlDocument, element: XmlElement | undefined): string | null {
  if (!element) return null;
  const type = element.attrs.type?.trim().toLowerCase() || 'text';
  const mode = element.attrs.mode?.toLowerCase();
  const isHtml = type === 'html' || type.includes('html');
  const isXml = type === 'xhtml' || type.endsWith('+xml') || type.endsWith('/xml');
  const isText = type === 'text' || type.startsWith('text/');
  if (mode === 'base64' || (!isHtml && !isXml && !isText && element.children.length === 0)) {
    const decoded = fromBase64(element.text);
    if (decoded === null) return mode === 'base64' ? null : escapeHtml(element.text.trim()) || null;
    // Decoded bytes are read as markup (what feedparser and gofeed do); the sanitizer sees them as any HTML.
    return decoded.trim() || null;
  }
  if (isXml || mode === 'xml' || element.children.length > 0) {
    const div = element.children.length === 1 && element.children[0]!.name.endsWith('div') ? element.children[0]! : element;
    const inner = innerXml(doc, div).trim();
    // type="html" wrapped in a stray xhtml div (TypePad): the div's text is the escaped HTML.
    if (type === 'html' || type === 'text/html') return decodeHTML(inner) || null;
    return inner || null;
  }
  const text = element.text.trim();
  if (!text) return null;
  if (isHtml) return text;
  return escapeHtml(text).replace(/\n/g, '<br>');
}

/** Plain text of an Atom text construct: HTML reduced to its text once, text kept as written. */
function atomText(doc: XmlDocument, element: XmlElement | undefined): string | null {
  const html = atomHtml(doc, element);
  return html ? collapseAsciiWhitespace(html.includes('<') || html.includes('&') ? htmlText(html) : html) || null : null;
}

function atomPerson(element: XmlElement | undefined): string | null {
  if (!element) return null;
  const author = child(element, 'atom:author') ?? child(element, 'atom:contributor');
  if (!author) return null;
  return plainText(childText(author, 'atom:name'), 'strip') ?? plainText(childText(author, 'atom:email'), 'strip') ?? plainText(author.text, 'strip');
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
  const summaryElement = child(entry, 'atom:summary');
  let summary = atomHtml(doc, summaryElement);
  const body = contentSrc ? null : atomHtml(doc, content);
  // One base per item: the body's. A summary beside it under another xml:base gets its URLs resolved now.
  const baseElement = body ? content! : (summaryElement ?? content ?? entry);
  if (summary && body && summaryElement!.base !== baseElement.base) summary = sanitizeHtml(summary, { baseUrl: summaryElement!.base });
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
    baseUrl: baseElement.base,
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
    language: languageTag(feed.attrs['xml:lang']),
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

/** Microsoft CDF (Channel Definition Format): `<CHANNEL HREF BASE LASTMOD>` with `<ITEM>`s, `<TITLE>` and `<ABSTRACT>`. */
function parseCdf(doc: XmlDocument, documentUrl: string | null): ParsedFeed {
  const channel = doc.root;
  const baseOf = (element: XmlElement, parent: string | null): string | null => resolveHttpUrl(element.attrs.base, parent) ?? parent;
  const channelBase = baseOf(channel, channel.base);
  const items: ParsedItem[] = childrenNamed(channel, 'item').map((item) => {
    const base = baseOf(item, channelBase);
    const abstract = child(item, 'abstract');
    return {
      id: null,
      url: resolveHttpUrl(item.attrs.href, base),
      title: childPlain(doc, item, 'title'),
      contentHtml: htmlOf(doc, abstract),
      summaryHtml: null,
      author: null,
      published: null,
      updated: parseDate(item.attrs.lastmod),
      media: [],
      categories: [],
      baseUrl: abstract ? baseOf(abstract, base) : base,
      verifyCodes: [],
    };
  });
  return {
    format: 'cdf',
    version: 'cdf',
    title: childPlain(doc, channel, 'title'),
    description: childHtml(doc, channel, 'abstract'),
    siteUrl: resolveHttpUrl(channel.attrs.href, channelBase),
    selfUrl: null,
    imageUrl: null,
    language: null,
    generator: null,
    webMaster: null,
    author: null,
    hubUrl: null,
    nextUrl: null,
    ttlSeconds: null,
    verifyCodes: [],
    baseUrl: channelBase ?? documentUrl,
    items,
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
    case 'channel':
      return parseCdf(doc, documentUrl);
    case 'opml':
      throw new ParseError('This is an OPML subscription list, not a feed; import it instead.', { reason: 'opml' });
    case 'html':
    case 'xhtml:html':
      throw new ParseError('This is a web page, not a feed.', { reason: 'html' });
    default:
      throw new ParseError(`This XML document (<${doc.root.name}>) is not an RSS or Atom feed.`, { reason: 'not-a-feed' });
  }
}
