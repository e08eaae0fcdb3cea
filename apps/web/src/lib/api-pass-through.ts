// Same-origin pass-throughs to API paths that are not GraphQL: the data-export download
// (/exports/<id>/archive.json) and the administrators' queue dashboard (/admin/queues/*, bull-board).
// The session cookie is first-party to the web origin, so the browser only sends it here; this passes
// it on, streams the API's answer back unchanged, and never follows redirects itself.
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';

/** Request headers the API may use (the client's address as our server signed it); hop-by-hop headers, host and the rest stay here. */
const REQUEST_HEADERS = [
  CLIENT_ADDRESS_HEADER,
  'accept',
  'accept-language',
  'content-type',
  'cookie',
  'if-none-match',
  'if-modified-since',
  'user-agent',
  'x-request-id',
];

/** Response headers passed back as-is. fetch() decoded the body, so no content-encoding/length. */
const RESPONSE_HEADERS = [
  'cache-control',
  'content-disposition',
  'content-security-policy',
  'content-type',
  'etag',
  'last-modified',
  'location',
  'vary',
  'x-content-type-options',
];

export interface PassThroughOptions {
  /** The API's GraphQL URL (API_URL); its origin is where the path lives. */
  apiUrl: string;
  /** The API path to request, already validated by the caller. */
  path: string;
  /** Request headers this path needs beyond the usual ones (e.g. a WebSub hub's `x-hub-signature`). */
  extraRequestHeaders?: readonly string[];
  fetchImpl?: typeof fetch;
}

/** The API's origin for a same-origin path: `http://api:4000/graphql` + `/exports/1` → `http://api:4000/exports/1`. */
export function apiTarget(apiUrl: string, path: string, search = ''): URL {
  const target = new URL(path, apiUrl);
  target.search = search;
  return target;
}

export async function passThroughToApi(request: Request, options: PassThroughOptions): Promise<Response> {
  const fetchImpl = options.fetchImpl ?? globalThis.fetch;
  const target = apiTarget(options.apiUrl, options.path, new URL(request.url).search);
  const headers = new Headers();
  for (const name of [...REQUEST_HEADERS, ...(options.extraRequestHeaders ?? [])]) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      method: request.method,
      headers,
      body: hasBody ? await request.arrayBuffer() : null,
      signal: request.signal,
      redirect: 'manual',
      cache: 'no-store',
    });
  } catch {
    if (request.signal.aborted) return new Response(null, { status: 499 });
    return new Response('The Tributary API could not be reached.', {
      status: 502,
      headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' },
    });
  }
  const responseHeaders = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value === null) continue;
    // A redirect to the API's own origin becomes a same-origin one.
    responseHeaders.set(name, name === 'location' ? sameOriginLocation(value, target) : value);
  }
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  const body = upstream.status === 304 || request.method === 'HEAD' ? null : upstream.body;
  return new Response(body, { status: upstream.status, headers: responseHeaders });
}

function sameOriginLocation(location: string, target: URL): string {
  const resolved = new URL(location, target);
  return resolved.origin === target.origin ? `${resolved.pathname}${resolved.search}` : location;
}
