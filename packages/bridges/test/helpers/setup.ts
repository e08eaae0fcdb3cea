import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { type BridgeContext } from '@tributary/bridges';
import { createTestHttpClient } from './http-client.js';
import { FixtureServer } from './server.js';

/** Start one fixture server per test file; every test must leave no unexpected request behind. */
export function useFixtureServer(): { server: FixtureServer; ctx: (extra?: Partial<BridgeContext>) => BridgeContext; outbound: string[] } {
  const server = new FixtureServer();
  const outbound: string[] = [];
  const http = createTestHttpClient(() => server.origin, outbound);
  beforeAll(async () => {
    await server.start();
  });
  afterAll(async () => {
    await server.stop();
  });
  afterEach(() => {
    const unexpected = [...server.unexpected];
    const stray = [...outbound];
    server.reset();
    outbound.length = 0;
    expect(unexpected, 'requests to unmapped paths').toEqual([]);
    expect(stray, 'requests that tried to leave the test server').toEqual([]);
  });
  return {
    server,
    outbound,
    ctx: (extra = {}) => ({
      http,
      telegramBaseUrl: `${server.origin}/tg`,
      xApiBaseUrl: `${server.origin}/xapi`,
      substackUrlTemplate: `${server.origin}/pub/{name}`,
      substackApiBaseUrl: `${server.origin}/substack-api`,
      ...extra,
    }),
  };
}
