import { type IncomingHttpHeaders } from 'node:http';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function originOf(value: string): URL | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function portOf(url: URL): string {
  return url.port || (url.protocol === 'https:' ? '443' : '80');
}

/**
 * Whether `origin` (an Origin header) is the web app's own origin, PUBLIC_WEB_URL. Scheme, host and port
 * must all match: a page on another port of the same host, or on a sibling subdomain, is same-site but
 * not same-origin, and is refused. One allowance: when PUBLIC_WEB_URL names a loopback host (the
 * default `http://localhost:3000`), the loopback names are one host, so a developer who opens
 * `http://127.0.0.1:3000` is still on the web origin — an attacker would need the web app's own port.
 */
export function isWebOrigin(origin: string, publicWebUrl: string): boolean {
  const web = originOf(publicWebUrl);
  const asked = originOf(origin);
  if (!web || !asked) return false;
  if (asked.origin === web.origin) return true;
  return (
    LOOPBACK_HOSTS.has(web.hostname) &&
    LOOPBACK_HOSTS.has(asked.hostname) &&
    asked.protocol === web.protocol &&
    portOf(asked) === portOf(web)
  );
}

/**
 * Why a request comes from a page that is not the web app, or null when it does not. The browser only
 * ever talks to the web origin (the web app proxies /graphql and forwards the page's Origin); server-to-
 * server callers (the web server's own fetches, scripts and third-party apps) send no Origin at all.
 *  - an Origin header that is present and not the web origin (including `null`: sandboxed frames, data:
 *    URLs, cross-origin redirects);
 *  - `Sec-Fetch-Site: cross-site` (a browser says the initiating page is another site).
 */
export function foreignOriginReason(headers: IncomingHttpHeaders, publicWebUrl: string): string | null {
  const origin = headers.origin;
  if (origin !== undefined && !isWebOrigin(origin, publicWebUrl)) {
    return 'Requests from another origin may not change anything here.';
  }
  if (String(headers['sec-fetch-site'] ?? '').toLowerCase() === 'cross-site') {
    return 'Cross-site requests may not change anything here.';
  }
  return null;
}
