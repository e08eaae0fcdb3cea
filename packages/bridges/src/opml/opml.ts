/**
 * OPML subscription lists in and out. Reading is strict about well-formedness (a file a browser or
 * an XML parser would refuse is refused, so nothing half-read gets imported) and lenient about
 * shapes: Feedly, Inoreader, NetNewsWire, Miniflux and FreshRSS exports all differ a little.
 *
 * Safe XML only: a DOCTYPE is refused outright, and no entity other than the five predefined ones
 * and character references is recognised, so nothing is ever expanded or fetched.
 */
import { ParseError } from '../errors.js';
import { type XmlElement, parseXml } from '../feed/xml.js';

export interface OpmlFeed {
  /** Order of first appearance in the file (0-based). */
  position: number;
  /** As written in the file (trimmed; `feed://` turned into `http://`). */
  xmlUrl: string;
  htmlUrl: string | null;
  title: string | null;
  /** The folder path: nested categories joined with " / "; null at the top level. */
  folder: string | null;
}

export interface OpmlSkipped {
  text: string | null;
  reason: string;
}

export interface ParsedOpml {
  title: string | null;
  /** Unique by xmlUrl: later duplicates are merged into the first. */
  feeds: OpmlFeed[];
  /** Outlines that were not feeds or could not be used, for telling the person. */
  skipped: OpmlSkipped[];
  /** How many feed outlines were duplicates of an earlier one. */
  duplicates: number;
}

/** Folder paths are joined with this; deeper nesting stays readable as one folder. */
export const OPML_FOLDER_SEPARATOR = ' / ';
const MAX_FOLDER_LENGTH = 200;
const MAX_TITLE_LENGTH = 300;
const MAX_URL_LENGTH = 2048;

function malformed(message: string): ParseError {
  return new ParseError(message, { reason: 'bad-opml' });
}

const NAME = /^[A-Za-z_][\w.:-]*$/;
const ATTRIBUTE = /\s*([^\s=/>]+)\s*=\s*("[^"<]*"|'[^'<]*')/y;
const REFERENCE = /^&(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/;

function checkReferences(text: string, offset: number): void {
  for (let at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
    if (!REFERENCE.test(text.slice(at, at + 12))) {
      throw malformed(`The file is not well-formed XML: a bare “&” or an unknown entity at character ${offset + at}.`);
    }
  }
}

/**
 * Checks XML well-formedness the way a strict parser would (balanced tags, quoted attributes without
 * "<", only predefined entities), without building anything. The lenient tree builder that follows
 * would otherwise guess its way through broken files.
 */
export function assertWellFormedXml(source: string): void {
  const stack: string[] = [];
  let roots = 0;
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const text = source.slice(at, open < 0 ? source.length : open);
    checkReferences(text, at);
    if (stack.length === 0 && /\S/.test(text) && !(at === 0 && /^\uFEFF?\s*$/.test(text))) {
      throw malformed('The file is not well-formed XML: text outside the root element.');
    }
    if (open < 0) break;
    if (source.startsWith('<!--', open)) {
      const end = source.indexOf('-->', open + 4);
      if (end < 0) throw malformed('The file is not well-formed XML: a comment is not closed.');
      at = end + 3;
    } else if (source.startsWith('<![CDATA[', open)) {
      if (stack.length === 0) throw malformed('The file is not well-formed XML: CDATA outside the root element.');
      const end = source.indexOf(']]>', open + 9);
      if (end < 0) throw malformed('The file is not well-formed XML: a CDATA section is not closed.');
      at = end + 3;
    } else if (source.startsWith('<?', open)) {
      const end = source.indexOf('?>', open + 2);
      if (end < 0) throw malformed('The file is not well-formed XML: a processing instruction is not closed.');
      at = end + 2;
    } else if (source.startsWith('<!', open)) {
      throw malformed('OPML files with a document type declaration (DTD) are refused.');
    } else if (source.startsWith('</', open)) {
      const end = source.indexOf('>', open);
      const name = end < 0 ? '' : source.slice(open + 2, end).trim();
      if (!NAME.test(name)) throw malformed('The file is not well-formed XML: a broken closing tag.');
      const expected = stack.pop();
      if (expected !== name) {
        throw malformed(`The file is not well-formed XML: </${name}> closes ${expected ? `<${expected}>` : 'nothing'}.`);
      }
      at = end + 1;
    } else {
      const nameMatch = /^<([A-Za-z_][\w.:-]*)/.exec(source.slice(open, open + 256));
      if (!nameMatch) throw malformed(`The file is not well-formed XML: a bare “<” at character ${open}.`);
      let cursor = open + nameMatch[0].length;
      const seen = new Set<string>();
      for (;;) {
        ATTRIBUTE.lastIndex = cursor;
        const attribute = ATTRIBUTE.exec(source);
        if (!attribute || attribute.index !== cursor) break;
        if (!/^\s/.test(source.slice(cursor, cursor + 1)) || seen.has(attribute[1]!)) {
          throw malformed(`The file is not well-formed XML: a broken attribute in <${nameMatch[1]}>.`);
        }
        seen.add(attribute[1]!);
        checkReferences(attribute[2]!, cursor);
        cursor = ATTRIBUTE.lastIndex;
      }
      const rest = /^\s*(\/?)>/.exec(source.slice(cursor, cursor + 64));
      if (!rest) throw malformed(`The file is not well-formed XML: a broken tag <${nameMatch[1]}> at character ${open}.`);
      if (stack.length === 0) {
        roots++;
        if (roots > 1) throw malformed('The file is not well-formed XML: more than one root element.');
      }
      if (!rest[1]) stack.push(nameMatch[1]!);
      at = cursor + rest[0].length;
    }
  }
  if (stack.length > 0) throw malformed(`The file is not well-formed XML: <${stack.at(-1)}> is never closed.`);
  if (roots === 0) throw malformed('The file contains no XML element.');
}

function clean(value: string | undefined, max: number): string | null {
  const trimmed = value?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed.slice(0, max) : null;
}

function normalizeFeedUrl(raw: string): string {
  const trimmed = raw.trim();
  return trimmed.replace(/^feed:(\/\/)?/i, (_match, slashes: string | undefined) => (slashes ? 'http://' : ''));
}

/**
 * Reads an OPML subscription list. Outlines with an `xmlUrl` are feeds (whatever their `type`);
 * outlines with children are folders; `type="link"`/`"include"` outlines point at other OPML files and
 * are not followed. Throws a {@link ParseError} (reason `bad-opml`) for anything that is not OPML.
 */
export function parseOpml(text: string): ParsedOpml {
  if (!/\S/.test(text)) throw malformed('The file is empty.');
  assertWellFormedXml(text);
  const doc = parseXml(text, null);
  if (doc.root.name !== 'opml') throw malformed(`This is not an OPML file (its root element is <${doc.root.name}>).`);
  const body = doc.root.children.find((element) => element.name === 'body');
  if (!body) throw malformed('This OPML file has no <body>.');
  const head = doc.root.children.find((element) => element.name === 'head');
  const titleElement = head?.children.find((element) => element.name === 'title');

  const feeds: OpmlFeed[] = [];
  const skipped: OpmlSkipped[] = [];
  const seen = new Set<string>();
  let duplicates = 0;

  const visit = (outline: XmlElement, path: string[]): void => {
    const attrs = outline.attrs;
    const label = clean(attrs.title, MAX_TITLE_LENGTH) ?? clean(attrs.text, MAX_TITLE_LENGTH);
    const type = attrs.type?.trim().toLowerCase();
    const xmlUrl = attrs.xmlurl?.trim();
    const children = outline.children.filter((element) => element.name === 'outline');
    if (xmlUrl) {
      const url = normalizeFeedUrl(xmlUrl);
      const key = url.toLowerCase();
      if (seen.has(key)) {
        duplicates++;
      } else if (url.length > MAX_URL_LENGTH) {
        skipped.push({ text: label, reason: 'The feed address is too long.' });
      } else {
        seen.add(key);
        const folder = path.length ? path.join(OPML_FOLDER_SEPARATOR).slice(0, MAX_FOLDER_LENGTH) : null;
        feeds.push({ position: feeds.length, xmlUrl: url, htmlUrl: clean(attrs.htmlurl, MAX_URL_LENGTH), title: label, folder });
      }
      // A feed outline's children (rare) are read as siblings in the same folder.
      for (const child of children) visit(child, path);
      return;
    }
    if (type === 'link' || type === 'include') {
      skipped.push({ text: label, reason: `Links to other OPML files (type="${type}") are not followed.` });
      return;
    }
    if (children.length > 0) {
      const name = label ?? 'Untitled folder';
      for (const child of children) visit(child, [...path, name]);
      return;
    }
    if (type === 'rss' || type === 'atom') skipped.push({ text: label, reason: 'The outline has no xmlUrl.' });
    else skipped.push({ text: label, reason: 'The outline is not a feed.' });
  };
  for (const outline of body.children) if (outline.name === 'outline') visit(outline, []);
  return { title: clean(titleElement?.text, MAX_TITLE_LENGTH), feeds, skipped, duplicates };
}

export interface OpmlExportFeed {
  xmlUrl: string;
  htmlUrl: string | null;
  title: string;
  folder: string | null;
}

function escapeAttribute(value: string): string {
  return value
    // Characters XML 1.0 cannot carry at all.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/**
 * Writes an OPML 2.0 subscription list: one outline per folder (in the given order) holding its feeds,
 * then the feeds outside any folder. `parseOpml` reads it back to the same feeds and folders.
 */
export function serializeOpml(input: { title: string; ownerName?: string; dateCreated?: Date; feeds: OpmlExportFeed[] }): string {
  const line = (feed: OpmlExportFeed, indent: string) => {
    const attrs = [
      `type="rss"`,
      `text="${escapeAttribute(feed.title)}"`,
      `title="${escapeAttribute(feed.title)}"`,
      `xmlUrl="${escapeAttribute(feed.xmlUrl)}"`,
      ...(feed.htmlUrl ? [`htmlUrl="${escapeAttribute(feed.htmlUrl)}"`] : []),
    ];
    return `${indent}<outline ${attrs.join(' ')}/>`;
  };
  const folders = new Map<string, OpmlExportFeed[]>();
  const loose: OpmlExportFeed[] = [];
  for (const feed of input.feeds) {
    if (feed.folder) folders.set(feed.folder, [...(folders.get(feed.folder) ?? []), feed]);
    else loose.push(feed);
  }
  const body: string[] = [];
  for (const [folder, feeds] of folders) {
    body.push(`    <outline text="${escapeAttribute(folder)}" title="${escapeAttribute(folder)}">`);
    for (const feed of feeds) body.push(line(feed, '      '));
    body.push('    </outline>');
  }
  for (const feed of loose) body.push(line(feed, '    '));
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeAttribute(input.title)}</title>`,
    ...(input.ownerName ? [`    <ownerName>${escapeAttribute(input.ownerName)}</ownerName>`] : []),
    `    <dateCreated>${(input.dateCreated ?? new Date()).toUTCString()}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...body,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
