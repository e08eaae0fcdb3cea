/** Resolve `href` against `base`; null for empty input or anything unparseable. */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (href == null) return null;
  const trimmed = href.trim();
  if (!trimmed) return null;
  try {
    return base ? new URL(trimmed, base).href : new URL(trimmed).href;
  } catch {
    return null;
  }
}

/** Like {@link resolveUrl} but only keeps http(s) URLs (no `javascript:`, `data:`, `file:`). */
export function resolveHttpUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  const url = resolveUrl(href, base);
  if (!url) return null;
  return url.startsWith('https://') || url.startsWith('http://') ? url : null;
}

/** Turn what a user typed (`example.com/blog`, `http://x`, `//x`) into an absolute http(s) URL, or null. */
export function toHttpUrl(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  let candidate = trimmed;
  if (candidate.startsWith('//')) candidate = `https:${candidate}`;
  else if (!/^[a-z][a-z0-9+.-]*:/i.test(candidate)) candidate = `https://${candidate}`;
  else if (/^(feed|rss):/i.test(candidate)) candidate = candidate.replace(/^(feed|rss):(\/\/)?/i, 'https://');
  try {
    const url = new URL(candidate);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost' && !/^\[/.test(url.hostname)) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** Canonical form of a feed URL for dedupe keys: lower-case host, no fragment, no default port, no trailing `?`. */
export function canonicalUrl(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  parsed.hostname = parsed.hostname.toLowerCase();
  if (parsed.hostname.startsWith('www.')) parsed.hostname = parsed.hostname.slice(4);
  return parsed.href.replace(/\?$/, '');
}

export function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}
