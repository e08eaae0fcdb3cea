/**
 * Ownership through the creator's own site: the source's home page links to their Tributary profile
 * with `rel="me"` (`<a rel="me" href=…>` anywhere, or `<link rel="me" href=…>` in the head), the
 * IndieWeb convention Mastodon uses for verified links.
 */
import { Parser } from 'htmlparser2';
import { decodeBytes } from '../feed/encoding.js';
import { charsetOf, httpGet } from '../http.js';
import { optionsOf } from '../options.js';
import { type BridgeContext, type VerifyResult } from '../types.js';
import { resolveHttpUrl } from '../util/url.js';

const HTML_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

/** The `href`s of every `<a>`/`<link>` whose `rel` has the token `me`, resolved against the page (and `<base href>`). */
export function relMeLinks(html: string, pageUrl: string): string[] {
  const links: string[] = [];
  let base = pageUrl;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'base' && attributes.href) {
          base = resolveHttpUrl(attributes.href, pageUrl) ?? base;
          return;
        }
        if (name !== 'a' && name !== 'link') return;
        const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
        if (!rel.includes('me')) return;
        const href = resolveHttpUrl(attributes.href, base);
        if (href) links.push(href);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return links;
}

/**
 * Same place on the web: host (lower case, default port dropped) and path compared without a trailing
 * slash; the scheme, query and fragment do not matter. Profile paths compare case-insensitively
 * (handles are case-insensitive).
 */
export function isSameProfileUrl(candidate: string, profileUrl: string): boolean {
  const key = (url: string): string | null => {
    try {
      const parsed = new URL(url);
      const path = decodeURIComponent(parsed.pathname).replace(/\/+$/, '').toLowerCase();
      return `${parsed.host.toLowerCase()}${path}`;
    } catch {
      return null;
    }
  };
  const a = key(candidate);
  return a !== null && a === key(profileUrl);
}

/**
 * Whether the page at `siteUrl` links to `profileUrl` with `rel="me"`. Fetches the page once (no
 * conditional headers); redirects are followed by the client and links resolve against the final URL.
 */
export async function verifyRelMe(
  siteUrl: string,
  profileUrl: string,
  ctx: BridgeContext,
): Promise<VerifyResult> {
  const response = await httpGet(ctx.http, siteUrl, {
    headers: { Accept: HTML_ACCEPT },
    maxBodyBytes: optionsOf(ctx).maxBodyBytes,
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  const { text } = decodeBytes(response.body, charsetOf(response.headers));
  const links = relMeLinks(text, response.url || siteUrl);
  if (links.some((href) => isSameProfileUrl(href, profileUrl))) return { verified: true, place: 'rel-me' };
  return {
    verified: false,
    reason:
      links.length === 0
        ? `The page ${siteUrl} has no rel="me" link yet; add <a rel="me" href="${profileUrl}"> (or a <link rel="me">) to it.`
        : `The page ${siteUrl} has rel="me" links, but none to ${profileUrl} yet.`,
  };
}
