import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { conditionalFeed, createTcpProxy, input, largePodcastFeed, Origin, type TcpProxy } from './index.js';

describe('input', () => {
  it('reads the test inputs kept in the repository', () => {
    expect(input('rss/harbour-lights.xml').toString('utf8')).toMatch(/<rss/);
  });

  it('refuses paths that leave the inputs folder', () => {
    expect(() => input('../package.json')).toThrow(/Not an input path/);
  });

  it('builds the large podcast feed the same way every time', () => {
    const feed = largePodcastFeed();
    expect(feed.byteLength).toBeGreaterThan(1_000_000);
    expect(feed.equals(largePodcastFeed())).toBe(true);
  });
});

describe('Origin', () => {
  let origin: Origin;

  beforeAll(async () => {
    origin = await new Origin().start();
  });

  afterAll(() => origin.close());

  it('serves routes and inputs, logs requests and fails an unrouted request loudly', async () => {
    origin.feed('/feed.xml', () => '<rss/>').input('/recorded.xml', 'rss/harbour-lights.xml');
    const feed = await fetch(origin.url('/feed.xml'));
    expect(feed.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8');
    expect(await feed.text()).toBe('<rss/>');
    const recorded = await fetch(origin.url('/recorded.xml'));
    expect(Buffer.from(await recorded.arrayBuffer())).toEqual(input('rss/harbour-lights.xml'));
    expect((await fetch(origin.url('/nowhere'))).status).toBe(599);
    expect(origin.unexpected).toEqual(['/nowhere']);
    expect(origin.requestsTo('/feed.xml')).toHaveLength(1);
    origin.unexpected.length = 0;
  });

  it('answers 304 to a conditional request that matches the ETag', async () => {
    origin.route(
      '/conditional.xml',
      conditionalFeed(() => '<rss/>', { etag: () => '"v1"' }),
    );
    expect((await fetch(origin.url('/conditional.xml'))).status).toBe(200);
    expect(
      (await fetch(origin.url('/conditional.xml'), { headers: { 'if-none-match': '"v1"' } })).status,
    ).toBe(304);
  });

  it('hands unrouted requests to a fallback when one is set', async () => {
    origin.fallback((_request, response) => {
      response.writeHead(204).end();
    });
    expect((await fetch(origin.url('/anything'))).status).toBe(204);
    expect(origin.unexpected).toEqual([]);
  });
});

describe('createTcpProxy', () => {
  let echo: net.Server;
  let proxy: TcpProxy;

  const roundTrip = (port: number) =>
    new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: '127.0.0.1', port }, () => socket.write('ping'));
      socket.once('data', (data) => {
        resolve(data.toString());
        socket.destroy();
      });
      socket.once('error', reject);
    });

  beforeAll(async () => {
    echo = net.createServer((socket) => socket.pipe(socket));
    await new Promise<void>((resolve) => echo.listen(0, '127.0.0.1', resolve));
    proxy = await createTcpProxy({ host: '127.0.0.1', port: (echo.address() as net.AddressInfo).port });
  });

  afterAll(async () => {
    await proxy.close();
    await new Promise<void>((resolve) => echo.close(() => resolve()));
  });

  it('forwards, refuses while stopped, and forwards again on the same port after start', async () => {
    const port = proxy.port;
    expect(await roundTrip(port)).toBe('ping');
    await proxy.stop();
    await expect(roundTrip(port)).rejects.toThrow(/ECONNREFUSED/);
    await proxy.start();
    expect(proxy.port).toBe(port);
    expect(await roundTrip(port)).toBe('ping');
  });
});
