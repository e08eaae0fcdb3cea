/** RFC 8288 `Link` header values: what WebSub discovery needs of them (rel=hub, rel=self). */
import { resolveHttpUrl } from './url.js';

export interface HeaderLink {
  /** Resolved against the response URL; http(s) only. */
  href: string;
  /** Lower-cased relation types (one link may carry several: `rel="hub self"`). */
  rels: string[];
}

// `<uri-reference>` then its `;param` list, up to the next link (commas inside <> belong to the URI).
const LINK = /<([^>]*)>((?:\s*;\s*[^;,]*(?:"[^"]*"[^;,]*)?)*)/g;
const REL = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i;

/** Parses a (possibly comma-joined) Link header; unusable entries are skipped. */
export function parseLinkHeader(value: string | undefined, baseUrl: string): HeaderLink[] {
  if (!value) return [];
  const links: HeaderLink[] = [];
  for (const match of value.slice(0, 16_384).matchAll(LINK)) {
    const href = resolveHttpUrl(match[1], baseUrl);
    const rel = REL.exec(match[2] ?? '');
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    if (href && rels.length > 0) links.push({ href, rels });
  }
  return links;
}

/** The first link of a relation type, if any. */
export function linkWithRel(links: readonly HeaderLink[], rel: string): string | null {
  return links.find((link) => link.rels.includes(rel))?.href ?? null;
}
