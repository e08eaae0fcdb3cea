import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import { CLIENT_ADDRESS_HEADER, verifyClientAddress } from '@tributary/client-address';
import { describe, expect, it } from 'vitest';
import { createRequestHook, hasDecodablePath, HSTS_VALUE, NOT_FOUND_PATH } from './request-hooks';

const SECRET = 'web-and-api-share-this-secret-0000000000';

function exchange(url: string, headers: Record<string, string> = {}, peer = '198.51.100.20') {
  const socket = new Socket();
  Object.defineProperty(socket, 'remoteAddress', { value: peer });
  const request = new IncomingMessage(socket);
  request.url = url;
  request.headers = { ...headers };
  return { request, response: new ServerResponse(request) };
}

describe('hasDecodablePath', () => {
  it('refuses paths whose percent-encoding is not UTF-8', () => {
    for (const url of ['/u/%ff', '/c/%E0%A4%A', '/sources/%ff', '/e/%ff', '/u/%C0%AF', '/u/%']) {
      expect(hasDecodablePath(url), url).toBe(false);
    }
    for (const url of ['/u/maria', '/u/%C3%A9', '/search?q=%ff', '/u/a%2Fb', '/']) {
      expect(hasDecodablePath(url), url).toBe(true);
    }
  });
});

describe('the request hook of the web server', () => {
  it('sends malformed paths to the not-found page and leaves good ones alone', () => {
    const hook = createRequestHook({ secret: undefined, trustProxy: undefined, publicWebUrl: undefined });
    const bad = exchange('/u/%ff?x=1');
    hook(bad.request, bad.response);
    expect(bad.request.url).toBe(NOT_FOUND_PATH);
    const good = exchange('/u/maria?x=%ff');
    hook(good.request, good.response);
    expect(good.request.url).toBe('/u/maria?x=%ff');
  });

  it('answers the Fever API at /api/fever/ itself, never through a redirect', () => {
    const hook = createRequestHook({ secret: SECRET, trustProxy: undefined, publicWebUrl: undefined });
    for (const [url, expected] of [
      ['/api/fever/?api&items', '/api/fever?api&items'],
      ['/api/fever/', '/api/fever'],
      ['/api/fever?api', '/api/fever?api'],
      ['/api/fevers/?api', '/api/fevers/?api'],
    ] as const) {
      const { request, response } = exchange(url);
      hook(request, response);
      expect(request.url, url).toBe(expected);
    }
  });

  it('sends HSTS only when the public address is https', () => {
    const secure = exchange('/');
    createRequestHook({ secret: undefined, trustProxy: undefined, publicWebUrl: 'https://reader.example' })(
      secure.request,
      secure.response,
    );
    expect(secure.response.getHeader('strict-transport-security')).toBe(HSTS_VALUE);
    const plain = exchange('/');
    createRequestHook({ secret: undefined, trustProxy: undefined, publicWebUrl: 'http://localhost:3000' })(
      plain.request,
      plain.response,
    );
    expect(plain.response.getHeader('strict-transport-security')).toBeUndefined();
  });

  it("replaces the browser's client-address header with the signed socket address", () => {
    const hook = createRequestHook({ secret: SECRET, trustProxy: undefined, publicWebUrl: undefined });
    const { request, response } = exchange('/graphql', {
      [CLIENT_ADDRESS_HEADER]: 'v1;1.1.1.1;9999999999;forged',
      'x-forwarded-for': '1.1.1.1',
    });
    hook(request, response);
    expect(verifyClientAddress(request.headers[CLIENT_ADDRESS_HEADER], SECRET)).toBe('198.51.100.20');
  });
});
