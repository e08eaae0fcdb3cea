import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeGraphQL } from '@/lib/graphql/client';
import { apiTarget, forwardToApi, MAX_GRAPHQL_BYTES } from './forward-to-api';
import { HealthDocument } from '@/gql/graphql';

let api: Server;
let apiUrl: string;
let seen: { url: string | undefined; headers: IncomingHttpHeaders; body: string } | undefined;

beforeAll(async () => {
  api = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      seen = { url: request.url, headers: request.headers, body };
      response.setHeader('content-type', 'application/graphql-response+json');
      response.setHeader('set-cookie', ['session=new; Path=/; HttpOnly', 'other=1; Path=/']);
      response.setHeader('x-internal', 'secret');
      response.end(
        JSON.stringify({ data: { health: { ok: true, database: true, redis: true, version: '9' } } }),
      );
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(api.address() as AddressInfo).port}/graphql`;
});

afterAll(async () => {
  api.closeAllConnections();
  await new Promise<void>((resolve) => api.close(() => resolve()));
});

function browserRequest(init: RequestInit & { headers?: Record<string, string> } = {}): Request {
  return new Request('http://web.test/graphql?x=1', {
    method: 'POST',
    body: '{"query":"{ health { ok } }"}',
    ...init,
    headers: {
      'content-type': 'application/json',
      'x-tributary-client': 'web',
      cookie: 'session=old',
      host: 'web.test',
      connection: 'keep-alive',
      ...init.headers,
    },
  });
}

const graphql = (request: Request, url: string) =>
  forwardToApi(request, { apiUrl: url, profile: 'graphql', maxBodyBytes: MAX_GRAPHQL_BYTES });

describe("forwardToApi, profile 'graphql'", () => {
  it('passes body, query string, cookie and the client header through, and returns every Set-Cookie', async () => {
    const response = await graphql(browserRequest(), apiUrl);

    expect(response.status).toBe(200);
    expect(seen?.url).toBe('/graphql?x=1');
    expect(seen?.body).toBe('{"query":"{ health { ok } }"}');
    expect(seen?.headers.cookie).toBe('session=old');
    expect(seen?.headers['x-tributary-client']).toBe('web');
    expect(seen?.headers.host).not.toBe('web.test');
    expect(response.headers.getSetCookie()).toEqual(['session=new; Path=/; HttpOnly', 'other=1; Path=/']);
    expect(response.headers.get('content-type')).toBe('application/graphql-response+json');
    expect(response.headers.get('x-internal')).toBeNull();
    expect(await response.json()).toMatchObject({ data: { health: { version: '9' } } });
  });

  it("passes the server-signed client address on, and never the browser's X-Forwarded-For", async () => {
    const signed = 'v1;203.0.113.7;1767268800;signature-made-by-scripts/start.mjs';
    await graphql(
      browserRequest({ headers: { [CLIENT_ADDRESS_HEADER]: signed, 'x-forwarded-for': '1.1.1.1' } }),
      apiUrl,
    );
    expect(seen?.headers[CLIENT_ADDRESS_HEADER]).toBe(signed);
    expect(seen?.headers['x-forwarded-for']).toBeUndefined();
  });

  it('refuses bodies over the cap without calling the API', async () => {
    seen = undefined;
    const response = await graphql(browserRequest({ body: 'x'.repeat(MAX_GRAPHQL_BYTES + 1) }), apiUrl);

    expect(response.status).toBe(413);
    expect(seen).toBeUndefined();
  });

  it('answers a GraphQL-shaped 502 that the client reads as NETWORK_ERROR when the API is down', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const downUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const response = await graphql(browserRequest(), downUrl);
    expect(response.status).toBe(502);

    // The browser client, talking to a web server whose API is down:
    const viaProxy: typeof fetch = (input, init) => graphql(new Request(input, init), downUrl);
    await expect(
      executeGraphQL(HealthDocument, { endpoint: 'http://web.test/graphql', fetch: viaProxy }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 502 });
  });
});

const API = 'http://127.0.0.1:4000/graphql';

describe("forwardToApi, profile 'page'", () => {
  it('requests the same path on the API origin with the session cookie', async () => {
    let seen: { url: string; cookie: string | null; host: string | null } | undefined;
    const fetchImpl = ((input: URL, init: RequestInit) => {
      const headers = new Headers(init.headers);
      seen = { url: input.toString(), cookie: headers.get('cookie'), host: headers.get('host') };
      return Promise.resolve(
        new Response('{"version":1}', {
          status: 200,
          headers: {
            'content-type': 'application/json',
            'content-disposition': 'attachment; filename="tributary-export.json"',
            'x-powered-by': 'Express',
          },
        }),
      );
    }) as unknown as typeof fetch;
    const request = new Request('http://web.test/exports/abc/archive.json?x=1', {
      headers: { cookie: 'tributary_session=s', host: 'web.test' },
    });
    const response = await forwardToApi(request, {
      apiUrl: API,
      profile: 'page',
      path: '/exports/abc/archive.json',
      fetchImpl,
    });
    expect(seen).toEqual({
      url: 'http://127.0.0.1:4000/exports/abc/archive.json?x=1',
      cookie: 'tributary_session=s',
      host: null,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect(response.headers.get('x-powered-by')).toBeNull();
    await expect(response.text()).resolves.toBe('{"version":1}');
  });

  it('turns redirects to the API origin into same-origin ones and answers 502 when the API is down', async () => {
    const redirect = (() =>
      Promise.resolve(
        new Response(null, { status: 302, headers: { location: 'http://127.0.0.1:4000/admin/queues/' } }),
      )) as unknown as typeof fetch;
    const response = await forwardToApi(new Request('http://web.test/admin/queues'), {
      apiUrl: API,
      profile: 'page',
      path: '/admin/queues',
      fetchImpl: redirect,
    });
    expect(response.headers.get('location')).toBe('/admin/queues/');

    const down = (() => Promise.reject(new Error('ECONNREFUSED'))) as unknown as typeof fetch;
    const failed = await forwardToApi(new Request('http://web.test/admin/queues'), {
      apiUrl: API,
      profile: 'page',
      path: '/admin/queues',
      fetchImpl: down,
    });
    expect(failed.status).toBe(502);
  });

  it('builds targets on the API origin only', () => {
    expect(apiTarget(API, '/admin/queues/api/queues').toString()).toBe(
      'http://127.0.0.1:4000/admin/queues/api/queues',
    );
  });

  it('passes the extra request headers a path asks for, and the body as bytes', async () => {
    let seen: { signature: string | null; body: string } | undefined;
    const fetchImpl = ((_input: URL, init: RequestInit) => {
      const headers = new Headers(init.headers);
      seen = {
        signature: headers.get('x-hub-signature'),
        body: new TextDecoder().decode(init.body as ArrayBuffer),
      };
      return Promise.resolve(new Response(null, { status: 202 }));
    }) as unknown as typeof fetch;
    const request = new Request('http://web.test/websub/t', {
      method: 'POST',
      headers: { 'content-type': 'application/atom+xml', 'x-hub-signature': 'sha256=abc' },
      body: '<feed/>',
    });
    const response = await forwardToApi(request, {
      apiUrl: API,
      profile: 'page',
      path: '/websub/t',
      extraRequestHeaders: ['x-hub-signature'],
      fetchImpl,
    });
    expect(response.status).toBe(202);
    expect(seen).toEqual({ signature: 'sha256=abc', body: '<feed/>' });
  });
});

describe("forwardToApi, profile 'feed'", () => {
  it('asks the API for the feed with the conditional headers and passes 200 and 304 back', async () => {
    const seen: { url: string; headers: Headers }[] = [];
    const fetchImpl = ((url: URL, init: RequestInit) => {
      seen.push({ url: url.href, headers: new Headers(init.headers) });
      const headers = new Headers(init.headers);
      if (headers.get('if-none-match') === '"v1"')
        return Promise.resolve(new Response(null, { status: 304, headers: { etag: '"v1"' } }));
      return Promise.resolve(new Response('<rss/>', {
        status: 200,
        headers: {
          'content-type': 'application/rss+xml',
          etag: '"v1"',
          'cache-control': 'public, max-age=300',
          'set-cookie': 'x=y',
        },
      }));
    }) as typeof fetch;
    const first = await forwardToApi(new Request('http://web/u/ada/feed.xml'), {
      apiUrl: 'http://api:4000/graphql',
      profile: 'feed',
      path: '/feeds/u/ada/feed.xml',
      fetchImpl,
    });
    expect(seen[0]!.url).toBe('http://api:4000/feeds/u/ada/feed.xml');
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe('"v1"');
    expect(first.headers.get('cache-control')).toBe('public, max-age=300');
    expect(first.headers.get('set-cookie')).toBeNull();
    expect(await first.text()).toBe('<rss/>');
    const again = await forwardToApi(new Request('http://web/c/ada/feed.xml', { headers: { 'if-none-match': '"v1"' } }), {
      apiUrl: 'http://api:4000/graphql',
      profile: 'feed',
      path: '/feeds/c/ada/feed.xml',
      fetchImpl,
    });
    expect(again.status).toBe(304);
    expect(seen[1]!.headers.get('if-none-match')).toBe('"v1"');
  });

  it('sends neither the query string nor the session cookie with a feed request', async () => {
    let seen: { url: string; cookie: string | null } | undefined;
    const fetchImpl = ((url: URL, init: RequestInit) => {
      seen = { url: url.href, cookie: new Headers(init.headers).get('cookie') };
      return Promise.resolve(new Response('{}', { status: 200 }));
    }) as typeof fetch;
    await forwardToApi(new Request('http://web/u/ada/feed.json?page=2', { headers: { cookie: 'session=s' } }), {
      apiUrl: 'http://api:4000/graphql',
      profile: 'feed',
      path: '/feeds/u/ada/feed.json',
      fetchImpl,
    });
    expect(seen).toEqual({ url: 'http://api:4000/feeds/u/ada/feed.json', cookie: null });
  });
});
