// The one way the web server passes a browser's request on to the API: same-origin /graphql (queries,
// mutations and live updates over SSE), the pages and files the API serves itself (the data-export
// download, the administrators' queue dashboard, the WebSub callback) and the published feeds. The
// session cookie is first-party to the web origin, the CSP keeps connect-src 'self', and the API's
// address never reaches the browser. Bodies stream both ways; redirects are never followed here.
//
// What differs between those paths is a profile below: which request headers the API may see, which
// response headers come back, and how a failure reads.
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';

/** Largest GraphQL request body passed on (an OPML import of thousands of feeds fits comfortably). */
export const MAX_GRAPHQL_BYTES = 10 * 1024 * 1024;

interface Profile {
  /**
   * Request headers the API may use; everything else (hop-by-hop, host, …) stays here. The client's
   * address goes as the signed header our server put on the request (scripts/start.mjs), never as the
   * browser's own X-Forwarded-For.
   */
  requestHeaders: readonly string[];
  /** Response headers passed back. fetch() already decoded the body, so no content-encoding/length. */
  responseHeaders: readonly string[];
  /** Whether the API's Set-Cookie headers come back (sign-in, sign-out, the session's renewal). */
  passesCookies: boolean;
  /** Whether the browser's query string goes on to the API. */
  keepsQuery: boolean;
  /** The answer when the API cannot be reached. */
  unreachable: () => Response;
  /** The answer to a body over `maxBodyBytes`. */
  tooLarge: () => Response;
}

function textAnswer(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
  });
}

const PROFILES = {
  /** Same-origin /graphql, including GraphQL subscriptions over SSE. */
  graphql: {
    requestHeaders: [
      CLIENT_ADDRESS_HEADER,
      'accept',
      'accept-language',
      'content-type',
      'cookie',
      'last-event-id',
      'origin',
      'user-agent',
      'x-tributary-client',
      'x-forwarded-host',
      'x-forwarded-proto',
      'x-request-id',
    ],
    responseHeaders: ['content-type', 'cache-control', 'retry-after', 'vary', 'x-request-id'],
    passesCookies: true,
    keepsQuery: true,
    // GraphQL-shaped, so the client reads it as NETWORK_ERROR, as when the server cannot reach the API.
    unreachable: () =>
      Response.json(
        { errors: [{ message: 'The Tributary API could not be reached.', extensions: { code: 'NETWORK_ERROR' } }] },
        { status: 502, headers: { 'cache-control': 'no-store' } },
      ),
    tooLarge: () =>
      Response.json(
        { errors: [{ message: 'The request is too large.', extensions: { code: 'BAD_USER_INPUT' } }] },
        { status: 413 },
      ),
  },
  /** API paths that are not GraphQL and answer with the session: downloads, bull-board, WebSub. */
  page: {
    requestHeaders: [
      CLIENT_ADDRESS_HEADER,
      'accept',
      'accept-language',
      'content-type',
      'cookie',
      'if-none-match',
      'if-modified-since',
      'user-agent',
      'x-request-id',
    ],
    responseHeaders: [
      'cache-control',
      'content-disposition',
      'content-security-policy',
      'content-type',
      'etag',
      'last-modified',
      'location',
      'vary',
      'x-content-type-options',
    ],
    passesCookies: true,
    keepsQuery: true,
    unreachable: () => textAnswer(502, 'The Tributary API could not be reached.'),
    tooLarge: () => textAnswer(413, 'The body is too large.'),
  },
  /**
   * Published feeds (/u|c/<handle>/feed.*, rendered by the API at /feeds/…): no cookies either way, and
   * the conditional headers through, so ETag, Last-Modified, Cache-Control and 304 answers come from the
   * one place that knows the content.
   */
  feed: {
    requestHeaders: ['if-none-match', 'if-modified-since', 'accept', 'user-agent', CLIENT_ADDRESS_HEADER],
    responseHeaders: ['content-type', 'etag', 'last-modified', 'cache-control', 'vary', 'x-content-type-options'],
    passesCookies: false,
    keepsQuery: false,
    unreachable: () => textAnswer(502, 'The feed is unavailable right now.'),
    tooLarge: () => textAnswer(413, 'The body is too large.'),
  },
} as const satisfies Record<string, Profile>;

export type ForwardProfile = keyof typeof PROFILES;

export interface ForwardOptions {
  /** The API's GraphQL URL (API_URL); other paths live on its origin. */
  apiUrl: string;
  profile: ForwardProfile;
  /** The API path to request, already validated by the caller; the GraphQL URL itself when left out. */
  path?: string;
  /** Request headers this path needs beyond its profile's (e.g. a WebSub hub's `x-hub-signature`). */
  extraRequestHeaders?: readonly string[];
  /** Largest request body passed on; larger ones are refused without calling the API. */
  maxBodyBytes?: number;
  fetchImpl?: typeof fetch;
}

/** Where a request goes: `http://api:4000/graphql` + `/exports/1` → `http://api:4000/exports/1`. */
export function apiTarget(apiUrl: string, path?: string, search = ''): URL {
  const target = new URL(path ?? apiUrl, apiUrl);
  target.search = search;
  return target;
}

export async function forwardToApi(request: Request, options: ForwardOptions): Promise<Response> {
  const profile: Profile = PROFILES[options.profile];
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  const target = apiTarget(options.apiUrl, options.path, profile.keepsQuery ? new URL(request.url).search : '');

  const headers = new Headers();
  for (const name of [...profile.requestHeaders, ...(options.extraRequestHeaders ?? [])]) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  const limit = options.maxBodyBytes ?? Number.POSITIVE_INFINITY;
  if (Number(request.headers.get('content-length') ?? 0) > limit) return profile.tooLarge();
  const body = hasBody ? await request.arrayBuffer() : null;
  if (body && body.byteLength > limit) return profile.tooLarge();

  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      method: request.method,
      headers,
      body,
      signal: request.signal,
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch (error) {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    console.warn(`forwardToApi: API at ${target.origin} unreachable:`, (error as Error).cause ?? error);
    return profile.unreachable();
  }

  const responseHeaders = new Headers();
  for (const name of profile.responseHeaders) {
    const value = upstream.headers.get(name);
    if (value === null) continue;
    // A redirect to the API's own origin becomes a same-origin one.
    responseHeaders.set(name, name === 'location' ? sameOriginLocation(value, target) : value);
  }
  if (profile.passesCookies) {
    for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  }
  if (responseHeaders.get('content-type')?.includes('text/event-stream')) {
    // Live updates: nothing between here and the browser may compress or buffer the stream.
    responseHeaders.set('cache-control', 'no-cache, no-transform');
    responseHeaders.set('x-accel-buffering', 'no');
  }
  const hasNoBody = upstream.status === 304 || request.method === 'HEAD';
  return new Response(hasNoBody ? null : upstream.body, { status: upstream.status, headers: responseHeaders });
}

function sameOriginLocation(location: string, target: URL): string {
  const resolved = new URL(location, target);
  return resolved.origin === target.origin ? `${resolved.pathname}${resolved.search}` : location;
}
