// Forwards the browser's same-origin /graphql to the API: the session cookie stays first-party, the
// CSP keeps connect-src 'self', and the API's address never reaches the browser. Streams both ways,
// so GraphQL subscriptions over SSE pass through unchanged.
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';

/**
 * Request headers the API may use; everything else (hop-by-hop, host, …) stays here. The client's
 * address goes as the signed header our server put on the request (scripts/start.mjs), never as the
 * browser's own X-Forwarded-For.
 */
const FORWARDED_REQUEST_HEADERS = [
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
];

/** Response headers passed back. fetch() already decoded the body, so no content-encoding/length. */
const FORWARDED_RESPONSE_HEADERS = ['content-type', 'cache-control', 'retry-after', 'vary', 'x-request-id'];

/** Largest request body passed on (an OPML import of thousands of feeds fits comfortably). */
export const MAX_REQUEST_BYTES = 10 * 1024 * 1024;

function tooLarge(): Response {
  return Response.json(
    { errors: [{ message: 'The request is too large.', extensions: { code: 'BAD_USER_INPUT' } }] },
    { status: 413 },
  );
}

/** A GraphQL-shaped 502; the client reads it as NETWORK_ERROR, as when the server cannot reach the API. */
function unreachable(): Response {
  return Response.json(
    {
      errors: [{ message: 'The Tributary API could not be reached.', extensions: { code: 'NETWORK_ERROR' } }],
    },
    { status: 502, headers: { 'cache-control': 'no-store' } },
  );
}

export async function forwardToApi(
  request: Request,
  apiUrl: string,
  fetchImpl: typeof fetch = globalThis.fetch,
): Promise<Response> {
  const target = new URL(apiUrl);
  target.search = new URL(request.url).search;

  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }

  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  if (Number(request.headers.get('content-length') ?? 0) > MAX_REQUEST_BYTES) return tooLarge();
  const body = hasBody ? await request.arrayBuffer() : null;
  if (body && body.byteLength > MAX_REQUEST_BYTES) return tooLarge();

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
    console.warn(`graphql proxy: API at ${target.origin} unreachable:`, (error as Error).cause ?? error);
    return unreachable();
  }

  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append('set-cookie', cookie);
  if (responseHeaders.get('content-type')?.includes('text/event-stream')) {
    // Live updates: nothing between here and the browser may compress or buffer the stream.
    responseHeaders.set('cache-control', 'no-cache, no-transform');
    responseHeaders.set('x-accel-buffering', 'no');
  }

  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}
