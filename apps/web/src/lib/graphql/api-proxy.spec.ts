import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CLIENT_ADDRESS_HEADER } from '@tributary/client-address';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { forwardToApi, MAX_REQUEST_BYTES } from './api-proxy';
import { executeGraphQL } from './client';
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

describe('forwardToApi', () => {
  it('passes body, query string, cookie and the client header through, and returns every Set-Cookie', async () => {
    const response = await forwardToApi(browserRequest(), apiUrl);

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
    await forwardToApi(
      browserRequest({ headers: { [CLIENT_ADDRESS_HEADER]: signed, 'x-forwarded-for': '1.1.1.1' } }),
      apiUrl,
    );
    expect(seen?.headers[CLIENT_ADDRESS_HEADER]).toBe(signed);
    expect(seen?.headers['x-forwarded-for']).toBeUndefined();
  });

  it('refuses bodies over the cap without calling the API', async () => {
    seen = undefined;
    const response = await forwardToApi(browserRequest({ body: 'x'.repeat(MAX_REQUEST_BYTES + 1) }), apiUrl);

    expect(response.status).toBe(413);
    expect(seen).toBeUndefined();
  });

  it('answers a GraphQL-shaped 502 that the client reads as NETWORK_ERROR when the API is down', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const downUrl = `http://127.0.0.1:${(closed.address() as AddressInfo).port}/graphql`;
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const response = await forwardToApi(browserRequest(), downUrl);
    expect(response.status).toBe(502);

    // The browser client, talking to a web server whose API is down:
    const viaProxy: typeof fetch = (input, init) => forwardToApi(new Request(input, init), downUrl);
    await expect(
      executeGraphQL(HealthDocument, { endpoint: 'http://web.test/graphql', fetch: viaProxy }),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR', status: 502 });
  });
});
