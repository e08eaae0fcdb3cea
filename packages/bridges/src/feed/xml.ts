/**
 * A small, safe XML reader for feeds, built on htmlparser2's tokenizer in XML mode.
 *
 * Safety: the DOCTYPE is cut out before tokenizing, so no DTD is ever loaded and no external
 * entity is ever resolved (there is no code path that could make a request). Internal entities
 * from the internal subset are supported only as plain text: an entity whose value refers to other
 * entities (billion laughs, cyclic definitions) makes the document fail with a ParseError, external
 * entities expand to nothing, and total expansion is capped (quadratic blowup fails too).
 *
 * Leniency: HTML named entities (`&hellip;`) are decoded, undeclared prefixes are kept, broken
 * prologs and leading whitespace are skipped, unclosed elements are closed at the end.
 */
import { Parser } from 'htmlparser2';
import { DecodingMode, decodeHTML } from 'entities';
import { ParseError } from '../errors.js';
import { repairDoubleEncoded } from './encoding.js';
import { resolveHttpUrl } from '../util/url.js';

/** Namespace of our own verification element: `<tributary:verify>CODE</tributary:verify>`. */
export const TRIBUTARY_NAMESPACE = 'https://tributary.dev/ns/verify';

const NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://channel.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'https://podcastindex.org/namespace/1.0': 'podcast',
  'https://github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md': 'podcast',
  'http://www.google.com/schemas/play-podcasts/1.0': 'googleplay',
  'http://www.youtube.com/xml/schemas/2015': 'yt',
  'http://purl.org/rss/1.0/modules/syndication/': 'sy',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.oclc.org/net/rss_2.0/enc#': 'enc',
  'http://purl.org/rss/1.0/modules/slash/': 'slash',
  'http://wellformedweb.org/commentapi/': 'wfw',
  'http://www.georss.org/georss': 'georss',
  [TRIBUTARY_NAMESPACE]: 'tributary',
};

export interface XmlElement {
  /** Canonical name: `local` for RSS/no namespace, `prefix:local` for known namespaces; lower-case. */
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** Direct text content (CDATA and text, entities decoded). */
  text: string;
  /** Effective xml:base (falls back to the document URL). */
  base: string | null;
  /** Offsets of the raw inner markup in the source, for xhtml/html content. */
  innerStart: number;
  innerEnd: number;
}

export interface XmlDocument {
  root: XmlElement;
  source: string;
}

const MAX_DEPTH = 512;
const MAX_ENTITY_EXPANSION = 1 << 20; // 1 MiB of text from custom entities, in total
const CHAR_REF = /&#(?:x([0-9a-f]+)|(\d+));/gi;

interface Entities {
  map: Map<string, string>;
}

/** Find and cut the DOCTYPE; read plain internal entities; refuse the dangerous ones. */
/** Where the DOCTYPE starts: after the prolog's declarations, comments and PIs, before the root element; -1 if none. */
function doctypeStart(source: string): number {
  let at = 0;
  for (;;) {
    while (at < source.length && source.charCodeAt(at) <= 0x20) at++;
    if (source.startsWith('<!--', at)) {
      const end = source.indexOf('-->', at + 4);
      if (end < 0) return -1;
      at = end + 3;
    } else if (source.startsWith('<?', at)) {
      const end = source.indexOf('?>', at + 2);
      if (end < 0) return -1;
      at = end + 2;
    } else if (source.startsWith('<!', at)) {
      return /^<!DOCTYPE/i.test(source.slice(at, at + 9)) ? at : -1;
    } else if (source[at] === '<' || at >= source.length) {
      return -1;
    } else {
      // Junk before the prolog (a BOM, stray text): look for a DOCTYPE before the first element.
      const rest = source.slice(at);
      const doctype = rest.search(/<!DOCTYPE/i);
      const element = /<[A-Za-z_]/.exec(rest);
      return doctype >= 0 && (!element || element.index > doctype) ? at + doctype : -1;
    }
  }
}

function stripDoctype(source: string): { source: string; entities: Entities | null } {
  if (!/<!DOCTYPE/i.test(source)) return { source, entities: null };
  // Only a DOCTYPE in the prolog counts (not the text "<!DOCTYPE" inside a comment or the content).
  const at = doctypeStart(source);
  if (at < 0) return { source, entities: null };
  let end = -1;
  const bracket = source.indexOf('[', at);
  const close = source.indexOf('>', at);
  let subset = '';
  if (bracket >= 0 && (close < 0 || bracket < close)) {
    const subsetEnd = source.indexOf(']', bracket);
    const afterSubset = subsetEnd >= 0 ? source.indexOf('>', subsetEnd) : -1;
    if (afterSubset < 0) throw new ParseError('The XML document type declaration is not closed.', { reason: 'bad-doctype' });
    subset = source.slice(bracket + 1, subsetEnd);
    end = afterSubset + 1;
  } else {
    if (close < 0) throw new ParseError('The XML document type declaration is not closed.', { reason: 'bad-doctype' });
    end = close + 1;
  }
  const stripped = source.slice(0, at) + ' '.repeat(end - at) + source.slice(end);
  if (!subset) return { source: stripped, entities: null };
  const map = new Map<string, string>();
  const declaration = /<!ENTITY\s+(%\s+)?([^\s%"'>]+)\s+(?:"([^"]*)"|'([^']*)'|(SYSTEM|PUBLIC)\b[^>]*)\s*>/g;
  for (let match = declaration.exec(subset); match; match = declaration.exec(subset)) {
    if (match[1]) continue; // parameter entity: never expanded, never fetched
    const name = match[2]!;
    if (match[5]) {
      map.set(name, ''); // external entity: refused, expands to nothing
      continue;
    }
    const raw = match[3] ?? match[4] ?? '';
    const withoutCharRefs = raw.replace(CHAR_REF, '');
    if (withoutCharRefs.includes('&') || withoutCharRefs.includes('%'))
      throw new ParseError(
        `The document defines the entity "${name}" in terms of other entities; nested entity expansion is refused.`,
        { reason: 'entity-expansion' },
      );
    map.set(
      name,
      raw.replace(CHAR_REF, (_, hex: string | undefined, dec: string | undefined) => {
        const code = hex ? parseInt(hex, 16) : Number(dec);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
      }),
    );
  }
  return { source: stripped, entities: map.size ? { map } : null };
}

/** Character references that spell UTF-8 bytes one by one (`&#226;&#128;&#166;` for "…") are repaired. */
function repairRefs(raw: string, decoded: string): string {
  return raw.includes('&#') ? repairDoubleEncoded(decoded) : decoded;
}

const XML_PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(#x[0-9a-fA-F]+|#\d+|[A-Za-z_][\w.-]*);/g;

/** Control characters XML 1.0 forbids (all below U+0020 but tab, LF and CR). */
// eslint-disable-next-line no-control-regex -- matching these characters is the point
const ILLEGAL_CHAR = /[\x00-\x08\x0b\x0c\x0e-\x1f]/;
const ILLEGAL_CHARS = new RegExp(ILLEGAL_CHAR.source, 'g');

/** Parse XML text into a light element tree. `documentUrl` seeds xml:base resolution. */
export function parseXml(input: string, documentUrl: string | null): XmlDocument {
  // Control characters XML forbids (a stray \b in a title) are dropped, as lenient readers do.
  const cleaned = ILLEGAL_CHAR.test(input) ? input.replace(ILLEGAL_CHARS, '') : input;
  const { source, entities } = stripDoctype(cleaned);
  let budget = MAX_ENTITY_EXPANSION;

  const decode = entities
    ? (text: string): string => {
        if (!text.includes('&')) return text;
        return text.replace(REFERENCE, (match, name: string) => {
          const custom = entities.map.get(name);
          if (custom !== undefined) {
            budget -= custom.length;
            if (budget < 0)
              throw new ParseError('Entity expansion exceeds the limit (possible XML bomb).', { reason: 'entity-expansion' });
            return custom;
          }
          return XML_PREDEFINED[name] ?? decodeHTML(match, DecodingMode.Strict);
        });
      }
    : (text: string): string => (text.includes('&') ? repairRefs(text, decodeHTML(text, DecodingMode.Strict)) : text);

  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '', base: documentUrl, innerStart: 0, innerEnd: source.length };
  const stack: XmlElement[] = [root];
  // Namespace scopes: a new map only for elements that declare xmlns.
  const scopes: (Map<string, string> | null)[] = [null];
  let currentScope: Map<string, string> = new Map();
  const scopeStack: Map<string, string>[] = [currentScope];
  let inCdata = false;
  let depth = 0;
  let skipped = 0;
  let sawRoot = false;

  const canonical = (qualified: string, isAttribute: boolean): string => {
    const colon = qualified.indexOf(':');
    if (colon < 0) {
      if (isAttribute) return qualified.toLowerCase();
      const uri = currentScope.get('');
      if (uri === undefined) return qualified.toLowerCase();
      const prefix = NAMESPACES[uri.toLowerCase()];
      return prefix === undefined || prefix === '' ? qualified.toLowerCase() : `${prefix}:${qualified.toLowerCase()}`;
    }
    const prefix = qualified.slice(0, colon);
    const local = qualified.slice(colon + 1).toLowerCase();
    if (prefix === 'xml' || prefix === 'xmlns') return `${prefix}:${local}`;
    const uri = currentScope.get(prefix);
    if (uri === undefined) return `${prefix.toLowerCase()}:${local}`;
    const known = NAMESPACES[uri.toLowerCase()];
    if (known === undefined) return `${prefix.toLowerCase()}:${local}`;
    return known === '' ? local : `${known}:${local}`;
  };

  const parser = new Parser(
    {
      onopentag(qualifiedName, attribs) {
        if (skipped > 0 || depth >= MAX_DEPTH) {
          skipped++;
          return;
        }
        depth++;
        const parent = stack[stack.length - 1]!;
        let declared: Map<string, string> | null = null;
        for (const key in attribs) {
          if (key === 'xmlns' || key.startsWith('xmlns:')) {
            declared ??= new Map(currentScope);
            declared.set(key === 'xmlns' ? '' : key.slice(6), decode(attribs[key]!).trim());
          }
        }
        if (!sawRoot) {
          sawRoot = true;
          // Atom documents without the namespace declaration still are Atom.
          if (qualifiedName.toLowerCase() === 'feed' && !(declared ?? currentScope).has('')) {
            declared ??= new Map(currentScope);
            declared.set('', 'http://www.w3.org/2005/Atom');
          }
        }
        if (declared) {
          currentScope = declared;
          scopeStack.push(declared);
        }
        scopes.push(declared);
        const attrs: Record<string, string> = {};
        for (const key in attribs) attrs[canonical(key, true)] = decode(attribs[key]!);
        const xmlBase = attrs['xml:base'];
        const element: XmlElement = {
          name: canonical(qualifiedName, false),
          attrs,
          children: [],
          text: '',
          // Only an http(s) base is taken: a `javascript:` or `data:` xml:base leaves the parent's.
          base: xmlBase ? (resolveHttpUrl(xmlBase, parent.base) ?? parent.base) : parent.base,
          innerStart: parser.endIndex + 1,
          innerEnd: parser.endIndex + 1,
        };
        parent.children.push(element);
        stack.push(element);
      },
      onclosetag(_name, isImplied) {
        if (skipped > 0) {
          skipped--;
          return;
        }
        if (stack.length <= 1) return;
        const element = stack.pop()!;
        element.innerEnd = isImplied ? Math.max(element.innerStart, parser.startIndex) : parser.startIndex;
        if (element.innerEnd < element.innerStart) element.innerEnd = element.innerStart;
        depth--;
        if (scopes.pop()) {
          scopeStack.pop();
          currentScope = scopeStack[scopeStack.length - 1]!;
        }
      },
      ontext(text) {
        if (skipped > 0) return;
        const element = stack[stack.length - 1]!;
        if (element === root) return;
        element.text += inCdata ? text : decode(text);
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  parser.write(source);
  parser.end();
  const top = root.children[0];
  if (!top) throw new ParseError('The document contains no XML element.', { reason: 'no-root' });
  return { root: top, source };
}

/** First child with the given canonical name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const candidate of element.children) if (candidate.name === name) return candidate;
  return undefined;
}

export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter((candidate) => candidate.name === name);
}

/** Trimmed text of the first child with one of the names, or null. */
export function childText(element: XmlElement | undefined, ...names: string[]): string | null {
  if (!element) return null;
  for (const name of names) {
    const found = child(element, name);
    if (found) {
      const text = found.text.trim();
      if (text) return text;
    }
  }
  return null;
}

/** Raw inner markup of an element (for xhtml content or unescaped HTML inside RSS). */
export function innerXml(doc: XmlDocument, element: XmlElement): string {
  return doc.source.slice(element.innerStart, element.innerEnd);
}

/** HTML carried by an element: its text, or its raw inner markup when it holds child elements. */
export function htmlOf(doc: XmlDocument, element: XmlElement | undefined): string | null {
  if (!element) return null;
  if (element.children.length > 0) return innerXml(doc, element).trim() || null;
  const text = element.text.trim();
  return text || null;
}
