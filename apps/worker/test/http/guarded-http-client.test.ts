/**
 * The worker's outbound HTTP client against real local sockets. No test reaches the internet:
 * names resolve through a fake resolver, and literal addresses are refused before dialling.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import zlib from 'node:zlib';
import {
  createGuardedHttpClient,
  formatUserAgent,
  HttpClientError,
  type GuardedHttpClient,
  type GuardedHttpClientOptions,
  type HttpClientErrorCode,
} from '../../src/http/index.js';
import {
  brotliBomb,
  createFakeResolver,
  gzipBomb,
  measurePeakRssGrowth,
  startHttpServer,
  startSilentServer,
  type LocalServer,
} from './local-servers.js';

const USER_AGENT = formatUserAgent('1.2.3', 'https://tributary.test');

async function expectHttpError(
  promise: Promise<unknown>,
  code: HttpClientErrorCode,
): Promise<HttpClientError> {
  const error = await promise.then(
    () => {
      throw new Error(`expected the request to fail with ${code}`);
    },
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(HttpClientError);
  const httpError = error as HttpClientError;
  expect({ code: httpError.code, message: httpError.message }).toMatchObject({ code });
  expect(httpError.message).not.toMatch(/undici|ECONN|UND_ERR|Error:/);
  return httpError;
}

const clients: GuardedHttpClient[] = [];
function makeClient(options: Partial<GuardedHttpClientOptions> = {}): GuardedHttpClient {
  const client = createGuardedHttpClient({
    userAgent: USER_AGENT,
    lookup: createFakeResolver({}),
    connectTimeoutMs: 2_000,
    timeoutMs: 5_000,
    ...options,
  });
  clients.push(client);
  return client;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()));
});

describe('SSRF guard', () => {
  let target: LocalServer;
  beforeAll(async () => {
    target = await startHttpServer((_request, response) => response.end('secret'));
  });
  afterAll(() => target.close());

  afterEach(() => {
    // Nothing refused may have reached the local "internal" server.
    expect(target.connections()).toBe(0);
  });

  const literalCases = (port: number): string[] => [
    `http://127.0.0.1:${port}/`,
    `http://127.1.2.3:${port}/`,
    `http://127.1:${port}/`,
    `http://0.0.0.0:${port}/`,
    `http://0:${port}/`,
    `http://[::]:${port}/`,
    `http://[::1]:${port}/`,
    `http://10.0.0.1:${port}/`,
    `http://10.255.255.254/`,
    `http://172.16.0.1/`,
    `http://172.31.255.255/`,
    `http://192.168.1.1/`,
    `http://169.254.169.254/latest/meta-data/`,
    `http://100.64.0.1/`,
    `http://100.127.255.254/`,
    `http://[fc00::1]/`,
    `http://[fd00:ec2::254]/`,
    `http://[fe80::1]/`,
    `http://[::ffff:127.0.0.1]:${port}/`,
    `http://[::ffff:7f00:1]:${port}/`,
    `http://[::ffff:169.254.169.254]/`,
    `http://[64:ff9b::7f00:1]:${port}/`,
    `http://[2002:7f00:1::1]:${port}/`,
    `http://[::127.0.0.1]:${port}/`,
    // decimal, octal, hex and short forms of 127.0.0.1 (the URL parser turns them into 127.0.0.1)
    `http://2130706433:${port}/`,
    `http://0177.0.0.1:${port}/`,
    `http://0x7f.0.0.1:${port}/`,
    `http://0x7f000001:${port}/`,
    `http://017700000001:${port}/`,
    `http://0x7f.1:${port}/`,
    // and of 169.254.169.254
    `http://2852039166/`,
    `http://0xa9fea9fe/`,
    `https://127.0.0.1:${port}/`,
    `HTTP://LOCALHOST.:${port}/`.replace('LOCALHOST.', '127.0.0.1'),
  ];

  it('refuses every private, loopback, link-local, CGNAT, unique-local and mapped address before connecting', async () => {
    const resolver = createFakeResolver({});
    const client = makeClient({ lookup: resolver });
    for (const url of literalCases(target.port)) {
      const error = await expectHttpError(client.request({ url }), 'BLOCKED_ADDRESS');
      expect(error.message, url).toMatch(/has no public address that Tributary fetches from/);
      expect(error.url, url).toBeDefined();
    }
    expect(resolver.calls).toEqual([]);
  });

  it('explains the refusal in words', async () => {
    const client = makeClient();
    const error = await expectHttpError(
      client.request({ url: 'http://169.254.169.254/latest/meta-data/' }),
      'BLOCKED_ADDRESS',
    );
    // The member sees one message for every refused or unknown destination; the log detail says why.
    expect(error.message).toBe(
      '169.254.169.254 could not be reached: it has no public address that Tributary fetches from.',
    );
    expect(error.detail).toContain('the address 169.254.169.254 is in a link-local network');
    expect(error.isRetryable).toBe(false);
  });

  it('refuses a name that resolves to a private address, on the address it would connect to', async () => {
    const resolver = createFakeResolver({
      'internal.test': '127.0.0.1',
      'v6.internal.test': '::1',
      'metadata.test': '169.254.169.254',
      'mapped.test': '::ffff:127.0.0.1',
      'mixed.test': ['93.184.216.34', '127.0.0.1'],
      localhost: ['::1', '127.0.0.1'],
    });
    const client = makeClient({ lookup: resolver });
    for (const host of [
      'internal.test',
      'v6.internal.test',
      'metadata.test',
      'mapped.test',
      'mixed.test',
      'localhost',
    ]) {
      const error = await expectHttpError(
        client.request({ url: `http://${host}:${target.port}/` }),
        'BLOCKED_ADDRESS',
      );
      expect(error.message).toMatch(new RegExp(`^${host.replace(/\./g, '\\.')} could not be reached`));
      expect(error.detail).toMatch(/refused/);
    }
    // Resolved once per connection attempt: the check is made on the very answer the socket uses.
    expect(resolver.calls).toEqual([
      'internal.test',
      'v6.internal.test',
      'metadata.test',
      'mapped.test',
      'mixed.test',
      'localhost',
    ]);
  });

  it('checks every connection afresh (a rebinding name cannot reuse an earlier verdict)', async () => {
    let answer = '127.0.0.1';
    const calls: string[] = [];
    const client = makeClient({
      allowPrivateHosts: `127.0.0.1:${target.port}`,
      lookup: (hostname) => {
        calls.push(hostname);
        return Promise.resolve([{ address: answer, family: 4 }]);
      },
    });
    await expectHttpError(client.request({ url: `http://rebind.test:${target.port}/` }), 'BLOCKED_ADDRESS');
    answer = '10.0.0.7';
    await expectHttpError(client.request({ url: `http://rebind.test:${target.port}/a` }), 'BLOCKED_ADDRESS');
    expect(calls).toEqual(['rebind.test', 'rebind.test']);
  });

  it('refuses non-http schemes', async () => {
    const client = makeClient();
    for (const url of [
      'file:///etc/passwd',
      'ftp://127.0.0.1/',
      `gopher://127.0.0.1:${target.port}/_GET`,
      'data:text/plain,hello',
      'javascript:alert(1)',
      'ws://example.test/',
      'dict://127.0.0.1:11211/stat',
    ]) {
      const error = await expectHttpError(client.request({ url }), 'UNSUPPORTED_SCHEME');
      expect(error.message).toMatch(/use an http or https address/);
    }
  });

  it('refuses URLs with credentials and host-injection tricks', async () => {
    const client = makeClient({ lookup: createFakeResolver({ 'evil.test': '93.184.216.34' }) });
    await expectHttpError(client.request({ url: `http://user:pass@127.0.0.1:${target.port}/` }), 'BAD_URL');
    await expectHttpError(
      client.request({ url: `http://evil.test%2F%23@127.0.0.1:${target.port}/` }),
      'BAD_URL',
    );
    await expectHttpError(
      client.request({ url: `http://127.0.0.1%2F%23.evil.test:${target.port}/` }),
      'BAD_URL',
    );
    await expectHttpError(client.request({ url: 'not a url' }), 'BAD_URL');
    await expectHttpError(client.request({ url: 'http://' }), 'BAD_URL');
  });

  it('resolves with the system resolver by default and refuses localhost', async () => {
    const client = createGuardedHttpClient({
      userAgent: USER_AGENT,
      connectTimeoutMs: 2_000,
      timeoutMs: 5_000,
    });
    clients.push(client);
    const error = await expectHttpError(
      client.request({ url: `http://localhost:${target.port}/` }),
      'BLOCKED_ADDRESS',
    );
    // One message for refused and unknown destinations (security issue #15); the kind stays in the log detail.
    expect(error.message).toBe(
      'localhost could not be reached: it has no public address that Tributary fetches from.',
    );
    expect(error.detail).toContain('this machine (loopback)');
  });

  it('tells a member the same thing for an internal name and a name that does not exist', async () => {
    const client = makeClient({ lookup: createFakeResolver({ 'intranet.test': ['10.1.2.3'] }) });
    const internal = await expectHttpError(
      client.request({ url: 'http://intranet.test/' }),
      'BLOCKED_ADDRESS',
    );
    const unknown = await expectHttpError(client.request({ url: 'http://nowhere.test/' }), 'DNS_FAILED');
    expect(internal.message.replace('intranet.test', 'HOST')).toBe(
      unknown.message.replace('nowhere.test', 'HOST'),
    );
  });

  it('reports an unknown name as DNS_FAILED without using real DNS', async () => {
    const resolver = createFakeResolver({});
    const client = makeClient({ lookup: resolver });
    const error = await expectHttpError(client.request({ url: 'http://no-such-host.test/' }), 'DNS_FAILED');
    expect(error.message).toBe(
      'no-such-host.test could not be reached: it has no public address that Tributary fetches from.',
    );
    expect(resolver.calls).toEqual(['no-such-host.test']);
  });
});

describe('allowed private hosts and redirects', () => {
  let origin: LocalServer;
  let internal: LocalServer;
  beforeAll(async () => {
    internal = await startHttpServer((_request, response) => response.end('internal secret'));
    origin = await startHttpServer((request, response) => {
      const url = new URL(request.url ?? '/', 'http://x');
      const to = url.searchParams.get('to');
      if (url.pathname === '/redirect' && to) {
        response.writeHead(Number(url.searchParams.get('status') ?? 302), { location: to }).end();
      } else if (url.pathname.startsWith('/loop/')) {
        const n = Number(url.pathname.slice('/loop/'.length));
        response.writeHead(302, { location: `/loop/${n + 1}` }).end();
      } else if (url.pathname === '/echo') {
        response.writeHead(200, { 'content-type': 'application/json', 'x-multi': ['a', 'b'] });
        response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers }));
      } else if (url.pathname === '/conditional') {
        if (
          request.headers['if-none-match'] === '"v1"' ||
          request.headers['if-modified-since'] === 'Wed, 01 Jan 2025 00:00:00 GMT'
        ) {
          response.writeHead(304, { etag: '"v1"' }).end();
        } else {
          response
            .writeHead(200, { etag: '"v1"', 'last-modified': 'Wed, 01 Jan 2025 00:00:00 GMT' })
            .end('<rss/>');
        }
      } else if (url.pathname === '/echo-body') {
        const chunks: Buffer[] = [];
        request.on('data', (chunk: Buffer) => chunks.push(chunk));
        request.on('end', () => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              method: request.method,
              type: request.headers['content-type'] ?? null,
              body: Buffer.concat(chunks).toString(),
            }),
          );
        });
      } else if (url.pathname === '/busy') {
        response.writeHead(429, { 'retry-after': '120' }).end('slow down');
      } else {
        response.writeHead(200, { 'content-type': 'text/plain' }).end('hello');
      }
    });
  });
  afterAll(async () => {
    await origin.close();
    await internal.close();
  });

  function clientForOrigin(extra: Partial<GuardedHttpClientOptions> = {}): GuardedHttpClient {
    return makeClient({
      allowPrivateHosts: `feeds.test:${origin.port}, other.test:${origin.port}`,
      lookup: createFakeResolver({
        'feeds.test': '127.0.0.1',
        'other.test': '127.0.0.1',
        'internal.test': '127.0.0.1',
      }),
      ...extra,
    });
  }

  it('reaches an allow-listed host and sends our headers', async () => {
    const client = clientForOrigin();
    const response = await client.request({ url: `http://feeds.test:${origin.port}/echo?x=1#fragment` });
    expect(response.status).toBe(200);
    expect(response.url).toBe(`http://feeds.test:${origin.port}/echo?x=1`);
    expect(response.redirects).toEqual([]);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.headers['x-multi']).toBe('a, b');
    const echo = JSON.parse(Buffer.from(response.body).toString('utf8')) as {
      method: string;
      url: string;
      headers: Record<string, string>;
    };
    expect(echo.method).toBe('GET');
    expect(echo.url).toBe('/echo?x=1');
    expect(echo.headers['user-agent']).toBe('Tributary/1.2.3 (+https://tributary.test)');
    expect(echo.headers.accept).toMatch(/application\/rss\+xml/);
    expect(echo.headers['accept-encoding']).toMatch(/gzip, deflate, br/);
    expect(echo.headers.host).toBe(`feeds.test:${origin.port}`);
  });

  it('allows a literal address only on the listed port', async () => {
    const client = makeClient({ allowPrivateHosts: [`127.0.0.1:${origin.port}`] });
    const response = await client.request({ url: `${origin.origin}/` });
    expect(Buffer.from(response.body).toString()).toBe('hello');
    const before = internal.connections();
    await expectHttpError(client.request({ url: `${internal.origin}/` }), 'BLOCKED_ADDRESS');
    expect(internal.connections()).toBe(before);
  });

  it('allows an IPv6 literal listed in brackets', async () => {
    const v6 = await startHttpServer((_request, response) => response.end('v6'), '::1');
    try {
      const client = makeClient({ allowPrivateHosts: `[::1]:${v6.port}` });
      const response = await client.request({ url: `${v6.origin}/` });
      expect(Buffer.from(response.body).toString()).toBe('v6');
      await expectHttpError(makeClient().request({ url: `${v6.origin}/` }), 'BLOCKED_ADDRESS');
      expect(v6.connections()).toBe(1);
    } finally {
      await v6.close();
    }
  });

  it('lets a request override Accept and add headers, but not transport headers', async () => {
    const client = clientForOrigin();
    const response = await client.request({
      url: `http://feeds.test:${origin.port}/echo`,
      headers: { Accept: 'application/json', 'X-Extra': '1', Host: 'evil.test', Connection: 'close' },
    });
    const echo = JSON.parse(Buffer.from(response.body).toString('utf8')) as {
      headers: Record<string, string>;
    };
    expect(echo.headers.accept).toBe('application/json');
    expect(echo.headers['x-extra']).toBe('1');
    expect(echo.headers.host).toBe(`feeds.test:${origin.port}`);
  });

  it('forwards conditional headers and returns 304 as is', async () => {
    const client = clientForOrigin();
    const url = `http://feeds.test:${origin.port}/conditional`;
    const first = await client.request({ url });
    expect(first.status).toBe(200);
    expect(first.headers.etag).toBe('"v1"');
    const byEtag = await client.request({ url, headers: { 'If-None-Match': first.headers.etag ?? '' } });
    expect(byEtag.status).toBe(304);
    expect(byEtag.body.byteLength).toBe(0);
    const byDate = await client.request({
      url,
      headers: { 'If-Modified-Since': first.headers['last-modified'] ?? '' },
    });
    expect(byDate.status).toBe(304);
  });

  it('returns 429 with its headers for the caller to interpret', async () => {
    const client = clientForOrigin();
    const response = await client.request({ url: `http://feeds.test:${origin.port}/busy` });
    expect(response.status).toBe(429);
    expect(response.headers['retry-after']).toBe('120');
    expect(Buffer.from(response.body).toString()).toBe('slow down');
  });

  it('sends a POST body (a WebSub hub request), and drops it when a 303 turns the POST into a GET', async () => {
    const client = clientForOrigin();
    const form = 'hub.mode=subscribe&hub.topic=https%3A%2F%2Fexample.com%2Ffeed';
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const posted = await client.request({
      url: `http://feeds.test:${origin.port}/echo-body`,
      method: 'POST',
      headers,
      body: form,
    });
    expect(JSON.parse(Buffer.from(posted.body).toString())).toEqual({
      method: 'POST',
      type: headers['content-type'],
      body: form,
    });
    const target = encodeURIComponent('/echo-body');
    const redirected = await client.request({
      url: `http://feeds.test:${origin.port}/redirect?status=303&to=${target}`,
      method: 'POST',
      headers,
      body: form,
    });
    expect(JSON.parse(Buffer.from(redirected.body).toString())).toMatchObject({ method: 'GET', body: '' });
  });

  it('supports HEAD', async () => {
    const client = clientForOrigin();
    const response = await client.request({ url: `http://feeds.test:${origin.port}/echo`, method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.body.byteLength).toBe(0);
  });

  it('follows redirects and reports the final URL', async () => {
    const client = clientForOrigin();
    const final = `http://other.test:${origin.port}/echo`;
    const second = `http://feeds.test:${origin.port}/redirect?status=301&to=${encodeURIComponent(final)}`;
    const first = `http://feeds.test:${origin.port}/redirect?status=307&to=${encodeURIComponent(second)}`;
    const response = await client.request({ url: first });
    expect(response.status).toBe(200);
    expect(response.url).toBe(final);
    expect(response.redirects).toEqual([first, second]);
  });

  it('resolves relative redirects', async () => {
    const client = clientForOrigin();
    const response = await client.request({
      url: `http://feeds.test:${origin.port}/redirect?to=/echo%3Fr%3D1`,
    });
    expect(response.url).toBe(`http://feeds.test:${origin.port}/echo?r=1`);
  });

  it('stops after the redirect limit', async () => {
    const client = clientForOrigin({ maxRedirects: 3 });
    const before = origin.requests.length;
    const error = await expectHttpError(
      client.request({ url: `http://feeds.test:${origin.port}/loop/0` }),
      'TOO_MANY_REDIRECTS',
    );
    expect(error.message).toBe('The address redirected more than 3 times.');
    expect(origin.requests.length - before).toBe(4);
    await expectHttpError(
      client.request({ url: `http://feeds.test:${origin.port}/loop/0`, maxRedirects: 0 }),
      'TOO_MANY_REDIRECTS',
    );
  });

  it('re-checks every hop: a redirect to a private address is refused and never connects', async () => {
    const client = clientForOrigin();
    const targets = [
      `${internal.origin}/`,
      `http://internal.test:${internal.port}/`,
      `http://[::ffff:127.0.0.1]:${internal.port}/`,
      `http://2130706433:${internal.port}/`,
      'http://169.254.169.254/latest/meta-data/',
      // an allow-listed name on another port is not allow-listed
      `http://feeds.test:${internal.port}/`,
    ];
    for (const to of targets) {
      const error = await expectHttpError(
        client.request({ url: `http://feeds.test:${origin.port}/redirect?to=${encodeURIComponent(to)}` }),
        'BLOCKED_ADDRESS',
      );
      expect(error.url).toBe(new URL(to).href);
    }
    expect(internal.connections()).toBe(0);
  });

  it('refuses a redirect to a non-http scheme', async () => {
    const client = clientForOrigin();
    for (const to of ['file:///etc/passwd', 'gopher://127.0.0.1:70/', 'ftp://example.test/']) {
      await expectHttpError(
        client.request({ url: `http://feeds.test:${origin.port}/redirect?to=${encodeURIComponent(to)}` }),
        'UNSUPPORTED_SCHEME',
      );
    }
  });

  it('drops Authorization and Cookie when a redirect leaves the origin, keeps them on the same origin', async () => {
    const client = clientForOrigin();
    const credentials = { Authorization: 'Bearer secret', Cookie: 'a=b', 'X-Keep': 'yes' };
    const sameOrigin = await client.request({
      url: `http://feeds.test:${origin.port}/redirect?to=/echo`,
      headers: credentials,
    });
    const same = JSON.parse(Buffer.from(sameOrigin.body).toString()) as { headers: Record<string, string> };
    expect(same.headers.authorization).toBe('Bearer secret');

    const crossOrigin = await client.request({
      url: `http://feeds.test:${origin.port}/redirect?to=${encodeURIComponent(`http://other.test:${origin.port}/echo`)}`,
      headers: credentials,
    });
    const cross = JSON.parse(Buffer.from(crossOrigin.body).toString()) as { headers: Record<string, string> };
    expect(cross.headers.authorization).toBeUndefined();
    expect(cross.headers.cookie).toBeUndefined();
    expect(cross.headers['x-keep']).toBe('yes');
  });

  it('reports a refused connection as CONNECT_FAILED', async () => {
    const closed = await startHttpServer(() => undefined);
    const port = closed.port;
    await closed.close();
    const client = makeClient({ allowPrivateHosts: `127.0.0.1:${port}` });
    const error = await expectHttpError(
      client.request({ url: `http://127.0.0.1:${port}/` }),
      'CONNECT_FAILED',
    );
    expect(error.message).toBe(`127.0.0.1:${port} refused the connection.`);
    expect(error.isRetryable).toBe(true);
  });

  it('reports a cancelled request as ABORTED', async () => {
    const client = clientForOrigin();
    const controller = new AbortController();
    controller.abort();
    await expectHttpError(
      client.request({ url: `http://feeds.test:${origin.port}/`, signal: controller.signal }),
      'ABORTED',
    );
  });
});

describe('body cap and decoding', () => {
  const MiB = 1024 * 1024;
  let server: LocalServer;
  let gzipped: Buffer;
  let brotlied: Buffer;
  const text = 'Tributary '.repeat(10_000);

  beforeAll(async () => {
    [gzipped, brotlied] = await Promise.all([gzipBomb(256 * MiB), brotliBomb(512 * MiB)]);
    server = await startHttpServer((request, response) => {
      switch (request.url ?? '') {
        case '/gzip-bomb':
          response
            .writeHead(200, { 'content-encoding': 'gzip', 'content-length': gzipped.length })
            .end(gzipped);
          return;
        case '/br-bomb':
          response.writeHead(200, { 'content-encoding': 'br' }).end(brotlied);
          return;
        case '/big-declared':
          response.writeHead(200, { 'content-length': 2 * MiB }).end(Buffer.alloc(2 * MiB));
          return;
        case '/big-chunked': {
          response.writeHead(200, { 'content-type': 'text/plain' });
          const chunk = Buffer.alloc(64 * 1024, 0x61);
          let sent = 0;
          const pump = (): void => {
            while (sent < 4 * MiB) {
              sent += chunk.length;
              if (!response.write(chunk)) {
                response.once('drain', pump);
                return;
              }
            }
            response.end();
          };
          pump();
          return;
        }
        case '/gzip':
          response.writeHead(200, { 'content-encoding': 'gzip' }).end(zlib.gzipSync(text));
          return;
        case '/deflate':
          response.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateSync(text));
          return;
        case '/deflate-raw':
          response.writeHead(200, { 'content-encoding': 'deflate' }).end(zlib.deflateRawSync(text));
          return;
        case '/br':
          response.writeHead(200, { 'content-encoding': 'br' }).end(zlib.brotliCompressSync(text));
          return;
        case '/layered':
          response
            .writeHead(200, { 'content-encoding': 'gzip, br' })
            .end(zlib.brotliCompressSync(zlib.gzipSync(text)));
          return;
        case '/corrupt':
          response.writeHead(200, { 'content-encoding': 'gzip' }).end(Buffer.from('definitely not gzip'));
          return;
        case '/unknown-encoding':
          response.writeHead(200, { 'content-encoding': 'compress' }).end('x');
          return;
        default:
          response.writeHead(404).end();
      }
    });
  }, 60_000);
  afterAll(() => server.close());

  function client(maxBytes = MiB): GuardedHttpClient {
    return makeClient({ allowPrivateHosts: `127.0.0.1:${server.port}`, maxBytes });
  }

  it.each(['/gzip', '/deflate', '/deflate-raw', '/br', '/layered'])('decodes %s', async (path) => {
    const response = await client().request({ url: `${server.origin}${path}` });
    expect(Buffer.from(response.body).toString()).toBe(text);
  });

  it('stops a gzip bomb (256 MiB from ~250 KiB) at the cap, quickly and in little memory', async () => {
    expect(gzipped.length).toBeLessThan(300 * 1024);
    const { result, peakGrowth, elapsedMs } = await measurePeakRssGrowth(() =>
      client().request({ url: `${server.origin}/gzip-bomb` }),
    );
    expect(result.status).toBe('rejected');
    const error = (result as PromiseRejectedResult).reason as HttpClientError;
    expect(error).toBeInstanceOf(HttpClientError);
    expect(error.code).toBe('BODY_TOO_LARGE');
    expect(error.message).toBe('The response is larger than the 1 MiB Tributary accepts.');
    expect(elapsedMs).toBeLessThan(2_000);
    expect(peakGrowth).toBeLessThan(64 * MiB);
  });

  it('stops a brotli bomb (512 MiB from a few hundred bytes) at the cap, quickly and in little memory', async () => {
    expect(brotlied.length).toBeLessThan(4 * 1024);
    const { result, peakGrowth, elapsedMs } = await measurePeakRssGrowth(() =>
      client().request({ url: `${server.origin}/br-bomb` }),
    );
    expect(result.status).toBe('rejected');
    expect(((result as PromiseRejectedResult).reason as HttpClientError).code).toBe('BODY_TOO_LARGE');
    expect(elapsedMs).toBeLessThan(2_000);
    expect(peakGrowth).toBeLessThan(64 * MiB);
  });

  it('refuses a body whose declared length is over the cap before reading it', async () => {
    await expectHttpError(client().request({ url: `${server.origin}/big-declared` }), 'BODY_TOO_LARGE');
  });

  it('stops an undeclared (chunked) body once it passes the cap', async () => {
    await expectHttpError(client().request({ url: `${server.origin}/big-chunked` }), 'BODY_TOO_LARGE');
    const response = await client(8 * MiB).request({ url: `${server.origin}/big-chunked` });
    expect(response.body.byteLength).toBe(4 * MiB);
  });

  it('applies a per-request cap', async () => {
    await expectHttpError(
      client(8 * MiB).request({ url: `${server.origin}/gzip`, maxBytes: 1_000 }),
      'BODY_TOO_LARGE',
    );
  });

  it('reports a corrupt or unknown encoding as BAD_RESPONSE', async () => {
    await expectHttpError(client().request({ url: `${server.origin}/corrupt` }), 'BAD_RESPONSE');
    await expectHttpError(client().request({ url: `${server.origin}/unknown-encoding` }), 'BAD_RESPONSE');
  });
});

describe('timeouts', () => {
  it('gives up on a server that accepts but never answers (total timeout)', async () => {
    const silent = await startSilentServer();
    try {
      const client = makeClient({ allowPrivateHosts: `127.0.0.1:${silent.port}`, timeoutMs: 300 });
      const started = performance.now();
      const error = await expectHttpError(client.request({ url: `${silent.origin}/` }), 'TIMEOUT');
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(error.message).toBe(`127.0.0.1:${silent.port} did not answer within 0.3 seconds.`);
      expect(silent.connections()).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it('gives up on a connection that never completes (connect timeout, TLS handshake never answered)', async () => {
    const silent = await startSilentServer();
    try {
      const client = makeClient({
        allowPrivateHosts: `127.0.0.1:${silent.port}`,
        connectTimeoutMs: 200,
        timeoutMs: 5_000,
      });
      const started = performance.now();
      const error = await expectHttpError(
        client.request({ url: `https://127.0.0.1:${silent.port}/` }),
        'TIMEOUT',
      );
      expect(performance.now() - started).toBeLessThan(1_500);
      expect(error.message).toBe(`Could not connect to 127.0.0.1:${silent.port} within 0.2 seconds.`);
    } finally {
      await silent.close();
    }
  });

  it('gives up on a body that trickles forever, and honours a per-request timeout', async () => {
    const trickle = await startHttpServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => response.write('.'), 20);
      response.on('close', () => clearInterval(timer));
    });
    try {
      const client = makeClient({ allowPrivateHosts: `127.0.0.1:${trickle.port}`, timeoutMs: 10_000 });
      const started = performance.now();
      await expectHttpError(client.request({ url: `${trickle.origin}/`, timeoutMs: 300 }), 'TIMEOUT');
      expect(performance.now() - started).toBeLessThan(1_500);
    } finally {
      await trickle.close();
    }
  });

  it('counts the timeout across redirect hops', async () => {
    const slowRedirects = await startHttpServer((request, response) => {
      setTimeout(() => response.writeHead(302, { location: `/next${request.url ?? ''}` }).end(), 120);
    });
    try {
      const client = makeClient({
        allowPrivateHosts: `127.0.0.1:${slowRedirects.port}`,
        timeoutMs: 300,
        maxRedirects: 10,
      });
      await expectHttpError(client.request({ url: `${slowRedirects.origin}/` }), 'TIMEOUT');
    } finally {
      await slowRedirects.close();
    }
  });
});
