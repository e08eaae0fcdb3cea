// The published feeds live on the web origin (/u/<handle>/feed.*, /c/<handle>/feed.*) and are rendered by
// the API at /feeds/...: this passes the request through with its conditional headers, so ETag,
// Last-Modified, Cache-Control and 304 answers come from the one place that knows the content.
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';
import { getWebConfig } from '@/lib/config';

const REQUEST_HEADERS = ['if-none-match', 'if-modified-since', 'accept', 'user-agent', CLIENT_ADDRESS_HEADER];
const RESPONSE_HEADERS = [
  'content-type',
  'etag',
  'last-modified',
  'cache-control',
  'vary',
  'x-content-type-options',
];

export async function proxyPublishedFeed(
  request: Request,
  kind: 'u' | 'c',
  handle: string,
  file: 'feed.xml' | 'feed.atom' | 'feed.json',
  fetchImpl: typeof fetch = globalThis.fetch,
  apiUrl: string = getWebConfig().apiUrl,
): Promise<Response> {
  const target = new URL(`/feeds/${kind}/${encodeURIComponent(handle)}/${file}`, apiUrl);
  const headers = new Headers();
  for (const name of REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value !== null) headers.set(name, value);
  }
  let upstream: Response;
  try {
    upstream = await fetchImpl(target, {
      headers,
      redirect: 'manual',
      cache: 'no-store',
      signal: request.signal,
    });
  } catch {
    return new Response('The feed is unavailable right now.', {
      status: 502,
      headers: { 'cache-control': 'no-store' },
    });
  }
  const responseHeaders = new Headers();
  for (const name of RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value !== null) responseHeaders.set(name, value);
  }
  const body = upstream.status === 304 ? null : await upstream.arrayBuffer();
  return new Response(body, { status: upstream.status, headers: responseHeaders });
}
