import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcpProxy, fixture, type TcpProxy } from './index.js';

describe('fixture', () => {
  it('reads the recorded responses beside the checkout', () => {
    expect(fixture('rss/sf_rssboard-sample-rss-2.xml').toString('utf8')).toMatch(/<rss/);
  });

  it('refuses paths that leave the fixtures folder', () => {
    expect(() => fixture('../DESIGN.md')).toThrow(/Not a fixture path/);
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
