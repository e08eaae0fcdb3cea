import { httpGet, isBridgeError, type HttpClient } from '@tributary/bridges';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createBridgeHttpClient,
  createGuardedHttpClient,
  HttpClientError,
  toBridgeError,
  type GuardedHttpClient,
  type HttpClientErrorCode,
} from '../../src/http/index.js';
import { createFakeResolver, startHttpServer, type LocalServer } from './local-servers.js';

describe('the guarded client through the bridges contract', () => {
  let server: LocalServer;
  let guarded: GuardedHttpClient;
  beforeAll(async () => {
    server = await startHttpServer((request, response) => {
      if (request.headers['if-none-match'] === '"e1"') response.writeHead(304).end();
      else response.writeHead(200, { etag: '"e1"', 'content-type': 'application/rss+xml' }).end('<rss/>');
    });
    guarded = createGuardedHttpClient({
      userAgent: 'Tributary/test (+http://localhost)',
      allowPrivateHosts: `feeds.test:${server.port}`,
      lookup: createFakeResolver({ 'feeds.test': '127.0.0.1', 'internal.test': '10.0.0.1' }),
    });
  });
  afterAll(async () => {
    await guarded.close();
    await server.close();
  });

  it('satisfies HttpClient as it is', () => {
    const client: HttpClient = guarded;
    expect(typeof client.request).toBe('function');
  });

  it('serves httpGet, conditional GET included', async () => {
    const client = createBridgeHttpClient(guarded);
    const url = `http://feeds.test:${server.port}/feed`;
    const first = await httpGet(client, url, { maxBodyBytes: 1024 });
    expect(Buffer.from(first.body).toString()).toBe('<rss/>');
    const second = await httpGet(client, url, {
      maxBodyBytes: 1024,
      validators: { etag: first.headers.etag ?? null },
    });
    expect(second.status).toBe(304);
  });

  it('keeps our message when the guard refuses', async () => {
    const client = createBridgeHttpClient(guarded);
    const error = await httpGet(client, `http://internal.test/feed`, { maxBodyBytes: 1024 }).catch(
      (e: unknown) => e,
    );
    expect(isBridgeError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'unreachable',
      reason: 'blocked-address',
      message: 'internal.test could not be reached: it has no public address that Tributary fetches from.',
    });
  });

  it.each<[HttpClientErrorCode, string]>([
    ['BAD_URL', 'unsupported'],
    ['UNSUPPORTED_SCHEME', 'unsupported'],
    ['BLOCKED_ADDRESS', 'unreachable'],
    ['DNS_FAILED', 'unreachable'],
    ['CONNECT_FAILED', 'unreachable'],
    ['TLS_FAILED', 'unreachable'],
    ['TIMEOUT', 'transient'],
    ['BAD_RESPONSE', 'transient'],
    ['ABORTED', 'transient'],
    ['TOO_MANY_REDIRECTS', 'permanent'],
    ['BODY_TOO_LARGE', 'parse'],
  ])('maps %s to a %s bridge error', (code, kind) => {
    const bridgeError = toBridgeError(new HttpClientError(code, 'words', { url: 'http://x.test/' }));
    expect(bridgeError).toMatchObject({ kind, message: 'words', url: 'http://x.test/' });
  });
});
