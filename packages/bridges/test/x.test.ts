/** X: API v2 with a bearer token (inputs in the API v2 format), Nitter RSS, and the unconfigured case. */
import { inputText } from '@tributary/test-support';
import { describe, expect, it } from 'vitest';
import { apiCodeFor, resolveSource, TransientError, UnsupportedError, xBridge, type SourceRef } from '@tributary/bridges';
import { nitterRss } from './helpers/nitter.js';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();
const withToken = () => ctx({ xBearerToken: 'test-token' });

/** Serves an input at an API path, checking the bearer token and that fields were requested. */
function serveApi(path: string, name: string): void {
  server.route(path, (url, request) => {
    expect(request.headers.authorization).toBe('Bearer test-token');
    expect(url.searchParams.get('user.fields') ?? url.searchParams.get('tweet.fields')).toBeTruthy();
    return { headers: { 'content-type': 'application/json' }, body: inputText(name) };
  });
}

const tweetsRef = (id: string, username: string): SourceRef => ({ kind: 'X', key: `x:${username.toLowerCase()}`, fetchUrl: server.url(`/xapi/2/users/${id}/tweets`), siteUrl: `https://x.com/${username}` });

describe('not configured', () => {
  it('without a bearer token or Nitter origin: SOURCE_UNSUPPORTED explaining the configuration, and no request', async () => {
    for (const input of ['https://x.com/QuayDevs', 'twitter.com/QuayDevs']) {
      const error = await resolveSource(input, {}, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnsupportedError);
      expect(error).toMatchObject({ reason: 'x-not-configured', message: expect.stringContaining('X_BEARER_TOKEN') as unknown });
      expect(apiCodeFor(error as UnsupportedError)).toBe('SOURCE_UNSUPPORTED');
    }
    await expect(xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, ctx())).rejects.toMatchObject({ reason: 'x-not-configured' });
    await expect(xBridge.verify(tweetsRef('3141592653', 'QuayDevs'), 'code', ctx())).rejects.toMatchObject({ reason: 'x-not-configured' });
    expect(server.requests).toEqual([]);
  });
});

describe('API v2', () => {
  it('resolves x.com/name, twitter.com/name and @name to the user id, with the bio', async () => {
    server.input('/xapi/2/users/by/username/QuayDevs', 'x/user-by-username.json');
    const expected = { kind: 'X', key: 'x:quaydevs', fetchUrl: server.url('/xapi/2/users/3141592653/tweets'), siteUrl: 'https://x.com/QuayDevs' };
    expect(await resolveSource('https://x.com/QuayDevs', {}, withToken())).toEqual(expected);
    expect(await resolveSource('https://twitter.com/QuayDevs/status/1', {}, withToken())).toEqual(expected);
    expect(await resolveSource('@QuayDevs', { kindHint: 'X' }, withToken())).toEqual(expected);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer test-token');
  });

  it('default user payload and x.com/i/user/<id> links', async () => {
    server.input('/xapi/2/users/by/username/QuayDevs', 'x/user-default.json');
    expect((await xBridge.resolve('x.com/QuayDevs', withToken())).fetchUrl).toBe(server.url('/xapi/2/users/3141592653/tweets'));
    for (const name of ['x/user-default.json', 'x/user-by-id.json']) {
      server.input('/xapi/2/users/3141592653', name);
      expect(await xBridge.resolve('https://x.com/i/user/3141592653', withToken())).toMatchObject({ key: 'x:quaydevs' });
    }
    // A protected account: only public accounts can be followed.
    server.input('/xapi/2/users/2718281828', 'x/user-protected.json');
    await expect(xBridge.resolve('https://x.com/i/user/2718281828', withToken())).rejects.toMatchObject({ kind: 'unsupported', reason: 'x-protected' });
  });

  it('unknown users (HTTP 200 with errors) are NotFound', async () => {
    server.input('/xapi/2/users/by/username/QuayDevz', 'x/user-not-found-username.json');
    await expect(xBridge.resolve('x.com/QuayDevz', withToken())).rejects.toMatchObject({ kind: 'not-found', reason: 'x-user-not-found' });
    server.input('/xapi/2/users/1', 'x/user-not-found-id.json');
    await expect(xBridge.resolve('x.com/i/user/1', withToken())).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('429 is transient with the reset time from x-rate-limit-reset', async () => {
    const reset = Math.floor(Date.now() / 1000) + 900;
    const headers = { 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) };
    for (const path of ['/xapi/2/users/by/username/QuayDevs', '/xapi/2/users/3141592653', '/xapi/2/users/3141592653/tweets']) {
      server.input(path, 'x/rate-limited.json', { status: 429, contentType: 'text/plain', headers });
      const attempt = path.endsWith('/tweets')
        ? xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken())
        : xBridge.resolve(path.includes('username') ? 'x.com/QuayDevs' : 'x.com/i/user/3141592653', withToken());
      const error = (await attempt.catch((e: unknown) => e)) as TransientError;
      expect(error).toBeInstanceOf(TransientError);
      expect(error.retryAfter?.getTime()).toBe(reset * 1000);
      // One table (packages/jobs): a source's 429 is SOURCE_UNREACHABLE; RATE_LIMITED is Tributary's own limit.
      expect(apiCodeFor(error)).toBe('SOURCE_UNREACHABLE');
    }
  });

  it('user lookup, then the timeline with pagination and since_id', async () => {
    serveApi('/xapi/2/users/by/username/Lighthouse', 'x/lighthouse-user.json');
    const ref = await xBridge.resolve('https://twitter.com/Lighthouse', withToken());
    expect(ref).toEqual({ kind: 'X', key: 'x:lighthouse', fetchUrl: server.url('/xapi/2/users/900100/tweets'), siteUrl: 'https://x.com/Lighthouse' });
    serveApi('/xapi/2/users/900100/tweets', 'x/lighthouse-timeline.json');
    const result = await xBridge.fetch(ref, null, withToken());
    expect(result.items.map((item) => item.guid)).toEqual(['1888000000000000202', '1888000000000000101']);
    expect(result.items[0]).toMatchObject({
      url: 'https://x.com/Lighthouse/status/1888000000000000202',
      kind: 'post',
      title: null,
      summary: expect.stringMatching(/^beam check, all clear the lamp turns/) as unknown,
    });
    expect(result.items[0]!.contentHtml).toContain('href="https://lighthouse.example/beam"');
    expect(result.nextPage).toBe('lh-next-page-token-0001');
    expect(result.state.cursor).toBe('1888000000000000202');
    // The next poll asks only for newer posts; an older page uses the pagination token.
    serveApi('/xapi/2/users/900100/tweets', 'x/lighthouse-timeline-newer.json');
    await xBridge.fetch(ref, result.state, withToken());
    expect(new URL(server.requests.at(-1)!.url).searchParams.get('since_id')).toBe('1888000000000000202');
    serveApi('/xapi/2/users/900100/tweets', 'x/lighthouse-timeline-older.json');
    const older = await xBridge.fetch(ref, result.state, withToken(), { page: result.nextPage! });
    expect(new URL(server.requests.at(-1)!.url).searchParams.get('pagination_token')).toBe(result.nextPage);
    expect(older.state.cursor).toBe('1888000000000000202');
  });

  it('other answers: a user object is a user, a list of users is refused, mentions and a single post are timelines', async () => {
    server.input('/xapi/2/users/by/username/someone', 'x/lighthouse-user.json');
    expect((await xBridge.resolve('x.com/someone', withToken())).key).toMatch(/^x:/);
    server.input('/xapi/2/users/by/username/many', 'x/users-many.json');
    await expect(xBridge.resolve('x.com/many', withToken())).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
    for (const [name, count] of [['x/mentions.json', 3], ['x/single-tweet.json', 1]] as const) {
      server.input('/xapi/2/users/900100/tweets', name);
      const result = await xBridge.fetch(tweetsRef('900100', 'Lighthouse'), null, withToken());
      expect(result.items).toHaveLength(count);
      expect(result.items[0]!.guid).toMatch(/^\d+$/);
    }
  });

  it('media, metrics, authors and entities from expanded responses', async () => {
    server.input('/xapi/2/users/3141592653/tweets', 'x/search-media.json');
    const withMedia = await xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken());
    const media = withMedia.items.flatMap((item) => item.media);
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((entry) => /^https:\/\//.test(entry.url) && /^(image|video)\//.test(entry.type))).toBe(true);
    expect(media.some((entry) => entry.width && entry.height)).toBe(true);
    // The best MP4 variant is chosen, with the poster frame and duration.
    expect(media[1]).toMatchObject({ type: 'video/mp4', url: 'https://video.twimg.com/ext_tw_video/qd-launch-1280.mp4', durationSeconds: 42 });
    for (const item of withMedia.items) expect(item.contentHtml).not.toMatch(/https:\/\/t\.co\/\w+<\/a>$/);

    server.input('/xapi/2/users/3141592653/tweets', 'x/search-users.json');
    const withUsers = await xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken());
    expect(withUsers.items.every((item) => item.author && !item.author.startsWith('@'))).toBe(true);

    server.input('/xapi/2/users/3141592653/tweets', 'x/search-tweet-fields.json');
    const withMetrics = await xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken());
    expect(withMetrics.items[0]!.publishedAt?.toISOString()).toBe('2026-01-24T17:19:07.000Z');
    expect(withMetrics.items[0]!.forwardedFrom).toEqual({ name: '@tidewriter', url: 'https://x.com/tidewriter/status/1777000000000000029' });
    expect(withMetrics.items.some((item) => item.contentHtml.includes('href="https://x.com/'))).toBe(true);

    server.input('/xapi/2/users/3141592653/tweets', 'x/search-default.json');
    expect((await xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken())).items.length).toBeGreaterThan(0);
  });

  it('single-post payloads, deleted posts and partial errors', async () => {
    const cases: [string, number][] = [
      ['x/tweet-default.json', 1],
      ['x/tweet-media.json', 1],
      ['x/tweet-place.json', 1],
      ['x/tweet-poll.json', 1],
      ['x/tweet-fields.json', 1],
      ['x/tweet-deleted.json', 0],
      ['x/tweets-one-deleted.json', 1],
    ];
    for (const [name, count] of cases) {
      server.input('/xapi/2/users/3141592653/tweets', name);
      const result = await xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken());
      expect(result.items, name).toHaveLength(count);
    }
    server.input('/xapi/2/users/3141592653/tweets', 'x/tweet-media.json');
    const photo = (await xBridge.fetch(tweetsRef('3141592653', 'QuayDevs'), null, withToken())).items[0]!;
    expect(photo.media[0]?.type).toMatch(/^(image|video)\//);
  });

  it('an origin speaking the web GraphQL API instead of v2 is a ParseError (not supported: needs logged-in cookies)', async () => {
    for (const name of ['x/graphql-user.json', 'x/graphql-user-about.json']) {
      server.input('/xapi/2/users/by/username/QuayDevs', name);
      await expect(xBridge.resolve('x.com/QuayDevs', withToken()), name).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
    }
    server.input('/xapi/2/users/1/tweets', 'x/graphql-tweets.json');
    await expect(xBridge.fetch(tweetsRef('1', 'QuayDevs'), null, withToken())).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
  });

  it('a bad token is a permanent error', async () => {
    server.route('/xapi/2/users/by/username/QuayDevs', { status: 401, body: '{"title":"Unauthorized"}' });
    await expect(xBridge.resolve('x.com/QuayDevs', withToken())).rejects.toMatchObject({ kind: 'permanent', reason: 'x-auth' });
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
