// What our HTTP server (scripts/start.mjs) does to every request before Next sees it — the things only
// the server can do, or that must hold for every response, pages, files and errors alike:
// - the client's address, signed for the API, replacing anything the browser sent under that name;
// - Strict-Transport-Security when the public address is https;
// - a path whose percent-encoding does not decode (`/u/%ff`) is sent to the not-found page (Next would
//   answer 500), which keeps the CSP and the rest of the page's headers.
// Loaded by Node directly (type stripping): plain TypeScript, no path aliases, no relative imports.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createClientAddressStamper } from '@tributary/client-address';

/** A path no route answers (folders starting with `_` are private in the App Router): Next's 404 page. */
export const NOT_FOUND_PATH = '/_tributary/not-found';

/** One year, this origin and its subdomains; only sent when the public address is https. */
export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

export interface RequestHooksOptions {
  /** INTERNAL_API_SECRET, shared with the API. */
  secret: string | undefined;
  /** TRUST_PROXY: proxies in front of this server whose X-Forwarded-For names the client. */
  trustProxy: string | undefined;
  /** PUBLIC_WEB_URL: where people reach the web app. */
  publicWebUrl: string | undefined;
}

export type RequestHook = (request: IncomingMessage, response: ServerResponse) => void;

/** Whether every percent-escape in the path (not the query) decodes as UTF-8. */
export function hasDecodablePath(url: string): boolean {
  const path = url.split(/[?#]/, 1)[0] ?? '';
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function isHttps(publicWebUrl: string | undefined): boolean {
  try {
    return publicWebUrl !== undefined && new URL(publicWebUrl).protocol === 'https:';
  } catch {
    return false;
  }
}

/** Throws (naming the setting) when TRUST_PROXY or INTERNAL_API_SECRET is malformed. */
export function createRequestHook(options: RequestHooksOptions): RequestHook {
  const stampClientAddress = createClientAddressStamper({
    secret: options.secret,
    trustProxy: options.trustProxy,
  });
  const sendsHsts = isHttps(options.publicWebUrl);
  return (request, response) => {
    stampClientAddress(request);
    if (sendsHsts) response.setHeader('Strict-Transport-Security', HSTS_VALUE);
    if (!hasDecodablePath(request.url ?? '/')) request.url = NOT_FOUND_PATH;
    // Fever clients post to /api/fever/?api and some do not follow redirects: Next would redirect the slash away.
    const url = request.url ?? '/';
    if (/^\/api\/fever\/(?:\?|$)/.test(url)) request.url = `/api/fever${url.slice('/api/fever/'.length)}`;
  };
}
