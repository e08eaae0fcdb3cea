import { describe, expect, it } from 'vitest';
import { apiTarget, passThroughToApi } from './api-pass-through';

const API = 'http://127.0.0.1:4000/graphql';

describe('passThroughToApi', () => {
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
    const response = await passThroughToApi(request, {
      apiUrl: API,
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
    const response = await passThroughToApi(new Request('http://web.test/admin/queues'), {
      apiUrl: API,
      path: '/admin/queues',
      fetchImpl: redirect,
    });
    expect(response.headers.get('location')).toBe('/admin/queues/');

    const down = (() => Promise.reject(new Error('ECONNREFUSED'))) as unknown as typeof fetch;
    const failed = await passThroughToApi(new Request('http://web.test/admin/queues'), {
      apiUrl: API,
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
    const response = await passThroughToApi(request, {
      apiUrl: API,
      path: '/websub/t',
      extraRequestHeaders: ['x-hub-signature'],
      fetchImpl,
    });
    expect(response.status).toBe(202);
    expect(seen).toEqual({ signature: 'sha256=abc', body: '<feed/>' });
  });
});
