/** X: API v2 with a bearer token, Nitter RSS, and the unconfigured case. */
import { describe, expect, it } from 'vitest';
import { apiCodeFor, resolveSource, TransientError, UnsupportedError, xBridge, type BridgeContext, type SourceRef } from '@tributary/bridges';
import { nitterRss } from '../helpers/nitter.js';
import { useFixtureServer } from '../helpers/setup.js';
import { type FixtureServer } from '../helpers/server.js';
import { type Reader } from './reader.js';

export interface XEnv {
  server: FixtureServer;
  ctx: (extra?: Partial<BridgeContext>) => BridgeContext;
  withToken: () => BridgeContext;
  tweetsRef: (id: string, username: string) => SourceRef;
}

export interface XCases {
  /** A public user `username` (id `id`): the full and the default user payloads, and user-by-id payloads. */
  user: { username: string; id: string; full: string; default: string; byId: string[] };
  protectedUser: { id: string; file: string };
  notFound: { username: string; file: string; byId: string };
  /** 429 answers at each API path, with their rate-limit headers (x-rate-limit-reset among them). */
  rateLimited: { path: string; file: string; headers: () => Record<string, string> }[];
  /** Timelines: with media (and, if given, the best MP4 variant at media[1]), users, tweet fields, the default payload. */
  search: {
    media: string;
    video?: { url: string; durationSeconds: number };
    users: string;
    fields: string;
    fieldsPublishedAt: string;
    fieldsForwardedFrom: { name: string; url: string };
    default: string;
  };
  /** [file, posts] for single-post payloads, deleted posts and partial errors; `media` has a photo or video. */
  singlePosts: [string, number][];
  singleMedia: string;
}

/**
 * The X checks. `apiV2` registers, inside describe('API v2') after the 429 test, what only one input
 * set can check (the two record timelines, other answers and GraphQL payloads differently).
 */
export function xChecks(read: Reader, cases: XCases, apiV2: (env: XEnv) => void): void {
  const { server, ctx } = useFixtureServer();
  const withToken = () => ctx({ xBearerToken: 'test-token' });
  const tweetsRef = (id: string, username: string): SourceRef => ({ kind: 'X', key: `x:${username.toLowerCase()}`, fetchUrl: server.url(`/xapi/2/users/${id}/tweets`), siteUrl: `https://x.com/${username}` });
  const { username, id } = cases.user;
  const key = `x:${username.toLowerCase()}`;

  describe('not configured', () => {
    it('without a bearer token or Nitter origin: SOURCE_UNSUPPORTED explaining the configuration, and no request', async () => {
      for (const input of [`https://x.com/${username}`, `twitter.com/${username}`]) {
        const error = await resolveSource(input, {}, ctx()).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(UnsupportedError);
        expect(error).toMatchObject({ reason: 'x-not-configured', message: expect.stringContaining('X_BEARER_TOKEN') as unknown });
        expect(apiCodeFor(error as UnsupportedError)).toBe('SOURCE_UNSUPPORTED');
      }
      await expect(xBridge.fetch(tweetsRef(id, username), null, ctx())).rejects.toMatchObject({ reason: 'x-not-configured' });
      await expect(xBridge.verify(tweetsRef(id, username), 'code', ctx())).rejects.toMatchObject({ reason: 'x-not-configured' });
      expect(server.requests).toEqual([]);
    });
  });

  describe('API v2', () => {
    it('resolves x.com/name, twitter.com/name and @name to the user id, with the bio', async () => {
      server.file(read, `/xapi/2/users/by/username/${username}`, cases.user.full);
      const expected = { kind: 'X', key, fetchUrl: server.url(`/xapi/2/users/${id}/tweets`), siteUrl: `https://x.com/${username}` };
      expect(await resolveSource(`https://x.com/${username}`, {}, withToken())).toEqual(expected);
      expect(await resolveSource(`https://twitter.com/${username}/status/1`, {}, withToken())).toEqual(expected);
      expect(await resolveSource(`@${username}`, { kindHint: 'X' }, withToken())).toEqual(expected);
      expect(server.requests[0]!.headers.authorization).toBe('Bearer test-token');
    });

    it('default user payload and x.com/i/user/<id> links', async () => {
      server.file(read, `/xapi/2/users/by/username/${username}`, cases.user.default);
      expect((await xBridge.resolve(`x.com/${username}`, withToken())).fetchUrl).toBe(server.url(`/xapi/2/users/${id}/tweets`));
      for (const name of cases.user.byId) {
        server.file(read, `/xapi/2/users/${id}`, name);
        expect(await xBridge.resolve(`https://x.com/i/user/${id}`, withToken())).toMatchObject({ key });
      }
      // A protected account: only public accounts can be followed.
      server.file(read, `/xapi/2/users/${cases.protectedUser.id}`, cases.protectedUser.file);
      await expect(xBridge.resolve(`https://x.com/i/user/${cases.protectedUser.id}`, withToken())).rejects.toMatchObject({ kind: 'unsupported', reason: 'x-protected' });
    });

    it('unknown users (HTTP 200 with errors) are NotFound', async () => {
      server.file(read, `/xapi/2/users/by/username/${cases.notFound.username}`, cases.notFound.file);
      await expect(xBridge.resolve(`x.com/${cases.notFound.username}`, withToken())).rejects.toMatchObject({ kind: 'not-found', reason: 'x-user-not-found' });
      server.file(read, '/xapi/2/users/1', cases.notFound.byId);
      await expect(xBridge.resolve('x.com/i/user/1', withToken())).rejects.toMatchObject({ kind: 'not-found' });
    });

    it('429 is transient with the reset time from x-rate-limit-reset', async () => {
      for (const { path, file, headers: headersOf } of cases.rateLimited) {
        const headers = headersOf();
        server.file(read, path, file, { status: 429, contentType: 'text/plain', headers });
        const attempt = path.endsWith('/tweets')
          ? xBridge.fetch(tweetsRef(id, username), null, withToken())
          : xBridge.resolve(path.includes('username') ? `x.com/${username}` : `x.com/i/user/${id}`, withToken());
        const error = (await attempt.catch((e: unknown) => e)) as TransientError;
        expect(error).toBeInstanceOf(TransientError);
        expect(error.retryAfter?.getTime()).toBe(Number(headers['x-rate-limit-reset']) * 1000);
        // One table (packages/jobs): a source's 429 is SOURCE_UNREACHABLE; RATE_LIMITED is Tributary's own limit.
        expect(apiCodeFor(error)).toBe('SOURCE_UNREACHABLE');
      }
    });

    apiV2({ server, ctx, withToken, tweetsRef });

    it('media, metrics, authors and entities from expanded responses', async () => {
      const search = cases.search;
      server.file(read, `/xapi/2/users/${id}/tweets`, search.media);
      const withMedia = await xBridge.fetch(tweetsRef(id, username), null, withToken());
      const media = withMedia.items.flatMap((item) => item.media);
      expect(media.length).toBeGreaterThan(0);
      expect(media.every((entry) => /^https:\/\//.test(entry.url) && /^(image|video)\//.test(entry.type))).toBe(true);
      expect(media.some((entry) => entry.width && entry.height)).toBe(true);
      // The best MP4 variant is chosen, with the poster frame and duration.
      if (search.video) expect(media[1]).toMatchObject({ type: 'video/mp4', ...search.video });
      for (const item of withMedia.items) expect(item.contentHtml).not.toMatch(/https:\/\/t\.co\/\w+<\/a>$/);

      server.file(read, `/xapi/2/users/${id}/tweets`, search.users);
      const withUsers = await xBridge.fetch(tweetsRef(id, username), null, withToken());
      expect(withUsers.items.every((item) => item.author && !item.author.startsWith('@'))).toBe(true);

      server.file(read, `/xapi/2/users/${id}/tweets`, search.fields);
      const withMetrics = await xBridge.fetch(tweetsRef(id, username), null, withToken());
      expect(withMetrics.items[0]!.publishedAt?.toISOString()).toBe(search.fieldsPublishedAt);
      expect(withMetrics.items[0]!.forwardedFrom).toEqual(search.fieldsForwardedFrom);
      expect(withMetrics.items.some((item) => item.contentHtml.includes('href="https://x.com/'))).toBe(true);

      server.file(read, `/xapi/2/users/${id}/tweets`, search.default);
      expect((await xBridge.fetch(tweetsRef(id, username), null, withToken())).items.length).toBeGreaterThan(0);
    });

    it('single-post payloads, deleted posts and partial errors', async () => {
      for (const [name, count] of cases.singlePosts) {
        server.file(read, `/xapi/2/users/${id}/tweets`, name);
        const result = await xBridge.fetch(tweetsRef(id, username), null, withToken());
        expect(result.items, name).toHaveLength(count);
      }
      server.file(read, `/xapi/2/users/${id}/tweets`, cases.singleMedia);
      const photo = (await xBridge.fetch(tweetsRef(id, username), null, withToken())).items[0]!;
      expect(photo.media[0]?.type).toMatch(/^(image|video)\//);
    });

    it('a bad token is a permanent error', async () => {
      server.route(`/xapi/2/users/by/username/${username}`, { status: 401, body: '{"title":"Unauthorized"}' });
      await expect(xBridge.resolve(`x.com/${username}`, withToken())).rejects.toMatchObject({ kind: 'permanent', reason: 'x-auth' });
    });
  });

  describe('Nitter', () => {
    it('resolves and fetches posts from a configured Nitter origin', async () => {
      server.route('/nitter/TwitterDev/rss', () => ({ headers: { 'content-type': 'application/rss+xml' }, body: nitterRss(server.origin) }));
      const nitter = ctx({ nitterBaseUrl: server.url('/nitter') });
      const ref = await resolveSource('https://x.com/TwitterDev', {}, nitter);
      expect(ref).toEqual({ kind: 'X', key: 'x:twitterdev', fetchUrl: server.url('/nitter/TwitterDev/rss'), siteUrl: 'https://x.com/TwitterDev' });
      const result = await xBridge.fetch(ref, null, nitter);
      expect(result.items[0]).toMatchObject({ kind: 'post', author: '@TwitterDev', title: 'Pinned: Hello developers' });
      expect(result.hints.ttlSeconds).toBe(2400);
    });
  });
}
