/** X: API v2 with a bearer token (recorded responses), Nitter RSS, and the unconfigured case. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { apiCodeFor, resolveSource, TransientError, UnsupportedError, xBridge, type SourceRef } from '@tributary/bridges';
import { loadCassette } from './helpers/cassette.js';
import { fixturesDir, readFixture } from './helpers/corpus.js';
import { nitterRss } from './helpers/nitter.js';
import { useFixtureServer } from './helpers/setup.js';

const { server, ctx } = useFixtureServer();
const withToken = () => ctx({ xBearerToken: 'test-token' });

function serveCassette(fixture: string): URL {
  const cassette = loadCassette(fixture);
  server.route(`/xapi${cassette.uri.pathname}`, (url, request) => {
    expect(request.headers.authorization).toBe('Bearer test-token');
    expect(url.searchParams.get('user.fields') ?? url.searchParams.get('tweet.fields')).toBeTruthy();
    return cassette.reply;
  });
  return cassette.uri;
}

/** Rate-limit headers of a saved 429 example in the official Postman collection. */
function postman429Headers(item: string): Record<string, string> {
  interface Collection { item: { name: string; item?: Collection['item']; response?: { code: number; header?: { key: string; value: string }[] }[] }[] }
  const collection = JSON.parse(readFileSync(`${fixturesDir()}/x/twitterdev-postman/twitter-api-v2.postman_collection.json`, 'utf8')) as Collection;
  const stack = [...collection.item];
  while (stack.length) {
    const entry = stack.pop()!;
    if (entry.item) stack.push(...entry.item);
    const response = entry.name === item ? entry.response?.find((candidate) => candidate.code === 429) : undefined;
    if (response) return Object.fromEntries((response.header ?? []).filter((h) => h.key.startsWith('x-rate-limit')).map((h) => [h.key, h.value]));
  }
  throw new Error(`no 429 example for ${item}`);
}

const tweetsRef = (id: string, username: string): SourceRef => ({ kind: 'X', key: `x:${username.toLowerCase()}`, fetchUrl: server.url(`/xapi/2/users/${id}/tweets`), siteUrl: `https://x.com/${username}` });

describe('not configured', () => {
  it('without a bearer token or Nitter origin: SOURCE_UNSUPPORTED explaining the configuration, and no request', async () => {
    for (const input of ['https://x.com/TwitterDev', 'twitter.com/TwitterDev']) {
      const error = await resolveSource(input, {}, ctx()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnsupportedError);
      expect(error).toMatchObject({ reason: 'x-not-configured', message: expect.stringContaining('X_BEARER_TOKEN') as unknown });
      expect(apiCodeFor(error as UnsupportedError)).toBe('SOURCE_UNSUPPORTED');
    }
    await expect(xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, ctx())).rejects.toMatchObject({ reason: 'x-not-configured' });
    await expect(xBridge.verify(tweetsRef('2244994945', 'TwitterDev'), 'code', ctx())).rejects.toMatchObject({ reason: 'x-not-configured' });
    expect(server.requests).toEqual([]);
  });
});

describe('API v2', () => {
  it('resolves x.com/name, twitter.com/name and @name to the user id, with the bio', async () => {
    server.fixture('/xapi/2/users/by/username/TwitterDev', 'x/twitterdev-postman/user-by-username__200-success-request-fields-for-user-and-expanded-pinned-tweet.json');
    const expected = { kind: 'X', key: 'x:twitterdev', fetchUrl: server.url('/xapi/2/users/2244994945/tweets'), siteUrl: 'https://x.com/TwitterDev' };
    expect(await resolveSource('https://x.com/TwitterDev', {}, withToken())).toEqual(expected);
    expect(await resolveSource('https://twitter.com/TwitterDev/status/1', {}, withToken())).toEqual(expected);
    expect(await resolveSource('@TwitterDev', { kindHint: 'X' }, withToken())).toEqual(expected);
    expect(server.requests[0]!.headers.authorization).toBe('Bearer test-token');
  });

  it('default user payload and x.com/i/user/<id> links', async () => {
    server.fixture('/xapi/2/users/by/username/TwitterDev', 'x/twitterdev-postman/user-by-username__200-success-default-payload.json');
    expect((await xBridge.resolve('x.com/TwitterDev', withToken())).fetchUrl).toBe(server.url('/xapi/2/users/2244994945/tweets'));
    for (const fixture of ['user-by-id__200-success-default-payload.json', 'user-by-id__200-success-request-fields-for-user-and-expanded-pinned-tweet.json']) {
      server.fixture('/xapi/2/users/2244994945', `x/twitterdev-postman/${fixture}`);
      expect(await xBridge.resolve('https://x.com/i/user/2244994945', withToken())).toMatchObject({ key: 'x:twitterdev' });
    }
    // @Clou is a protected account: only public accounts can be followed.
    server.fixture('/xapi/2/users/1273332037970202626', 'x/twitterdev-postman/user-by-id__user-by-id.json');
    await expect(xBridge.resolve('https://x.com/i/user/1273332037970202626', withToken())).rejects.toMatchObject({ kind: 'unsupported', reason: 'x-protected' });
  });

  it('unknown users (HTTP 200 with errors) are NotFound', async () => {
    server.fixture('/xapi/2/users/by/username/TwitterDec', 'x/twitterdev-postman/user-by-username__200-success-user-not-found.json');
    await expect(xBridge.resolve('x.com/TwitterDec', withToken())).rejects.toMatchObject({ kind: 'not-found', reason: 'x-user-not-found' });
    server.fixture('/xapi/2/users/1', 'x/twitterdev-postman/user-by-id__200-success-user-not-found.json');
    await expect(xBridge.resolve('x.com/i/user/1', withToken())).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('429 is transient with the reset time from x-rate-limit-reset', async () => {
    for (const [path, fixture, item] of [
      ['/xapi/2/users/by/username/TwitterDev', 'user-by-username__429-rate-limit-exceeded.json', 'User by Username'],
      ['/xapi/2/users/2244994945', 'user-by-id__429-rate-limit-exceeded.json', 'User by ID'],
      ['/xapi/2/users/2244994945/tweets', 'single-tweet__429-rate-limit-exceeded.json', 'Single Tweet'],
    ] as const) {
      const headers = postman429Headers(item);
      server.fixture(path, `x/twitterdev-postman/${fixture}`, { status: 429, contentType: 'text/plain', headers });
      const attempt =
        path.endsWith('/tweets')
          ? xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken())
          : xBridge.resolve(path.includes('username') ? 'x.com/TwitterDev' : 'x.com/i/user/2244994945', withToken());
      const error = (await attempt.catch((e: unknown) => e)) as TransientError;
      expect(error).toBeInstanceOf(TransientError);
      expect(error.retryAfter?.getTime()).toBe(Number(headers['x-rate-limit-reset']) * 1000);
      // One table (packages/jobs): a source's 429 is SOURCE_UNREACHABLE; RATE_LIMITED is Tributary's own limit.
      expect(apiCodeFor(error)).toBe('SOURCE_UNREACHABLE');
    }
  });

  it('replays tweepy cassettes: user lookup, then the timeline with pagination and since_id', async () => {
    serveCassette('x/tweepy-cassettes/test_client_get_user.yaml');
    const ref = await xBridge.resolve('https://twitter.com/Twitter', withToken());
    expect(ref).toEqual({ kind: 'X', key: 'x:twitter', fetchUrl: server.url('/xapi/2/users/783214/tweets'), siteUrl: 'https://x.com/Twitter' });
    serveCassette('x/tweepy-cassettes/test_client_get_users_tweets.yaml');
    const result = await xBridge.fetch(ref, null, withToken());
    expect(result.items.map((item) => item.guid)).toEqual(['1577730467436138524', '1565318587736285184']);
    expect(result.items[0]).toMatchObject({
      url: 'https://x.com/Twitter/status/1577730467436138524',
      kind: 'post',
      title: null,
      summary: expect.stringMatching(/^whoa, it works now everyone can mix GIFs/) as unknown,
    });
    expect(result.items[0]!.contentHtml).toContain('<p>whoa, it works</p>');
    expect(result.nextPage).toBe('7140dibdnow9c7btw4232poeq0wapgnwgwqwvuwn3peex');
    expect(result.state.cursor).toBe('1577730467436138524');
    // The next poll asks only for newer posts; an older page uses the pagination token.
    serveCassette('x/tweepy-cassettes/test_asyncclient_get_users_tweets.yaml');
    await xBridge.fetch(ref, result.state, withToken());
    expect(new URL(server.requests.at(-1)!.url).searchParams.get('since_id')).toBe('1577730467436138524');
    const older = await xBridge.fetch(ref, result.state, withToken(), { page: result.nextPage! });
    expect(new URL(server.requests.at(-1)!.url).searchParams.get('pagination_token')).toBe(result.nextPage);
    expect(older.state.cursor).toBe('1577730467436138524');
  });

  it('other recorded responses: /users/me is a user, mentions and search are timelines, a single tweet parses', async () => {
    const me = loadCassette('x/tweepy-cassettes/test_client_get_me.yaml');
    server.route('/xapi/2/users/by/username/someone', me.reply);
    expect((await xBridge.resolve('x.com/someone', withToken())).key).toMatch(/^x:/);
    const users = loadCassette('x/tweepy-cassettes/test_client_get_users.yaml');
    server.route('/xapi/2/users/by/username/many', users.reply);
    await expect(xBridge.resolve('x.com/many', withToken())).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
    for (const fixture of ['test_client_get_users_mentions.yaml', 'test_client_search_recent_tweets.yaml', 'test_client_get_tweet.yaml']) {
      server.route('/xapi/2/users/783214/tweets', loadCassette(`x/tweepy-cassettes/${fixture}`).reply);
      const result = await xBridge.fetch(tweetsRef('783214', 'Twitter'), null, withToken());
      const expectedCount = (JSON.parse(readFixture(`x/tweepy-cassettes/${fixture.replace('.yaml', '.response0.json')}`).toString()) as { data: unknown }).data;
      expect(result.items).toHaveLength(Array.isArray(expectedCount) ? expectedCount.length : 1);
      expect(result.items[0]!.guid).toMatch(/^\d+$/);
    }
  });

  it('decoded cassette bodies equal the derived response0.json files', () => {
    for (const name of ['test_client_get_user', 'test_client_get_users', 'test_client_get_me', 'test_client_get_users_tweets', 'test_asyncclient_get_users_tweets', 'test_client_get_users_mentions', 'test_client_get_tweet', 'test_client_search_recent_tweets']) {
      const cassette = loadCassette(`x/tweepy-cassettes/${name}.yaml`);
      expect(JSON.parse(String(cassette.reply.body))).toEqual(JSON.parse(readFixture(`x/tweepy-cassettes/${name}.response0.json`).toString()));
    }
  });

  it('media, metrics, authors and entities from expanded responses', async () => {
    server.fixture('/xapi/2/users/2244994945/tweets', 'x/twitterdev-postman/recent-search__200-success-request-expanded-media-fields.json');
    const withMedia = await xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken());
    const media = withMedia.items.flatMap((item) => item.media);
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((entry) => /^https:\/\//.test(entry.url) && /^(image|video)\//.test(entry.type))).toBe(true);
    expect(media.some((entry) => entry.width && entry.height)).toBe(true);
    for (const item of withMedia.items) expect(item.contentHtml).not.toMatch(/https:\/\/t\.co\/\w+<\/a>$/);

    server.fixture('/xapi/2/users/2244994945/tweets', 'x/twitterdev-postman/recent-search__200-success-request-tweet-fields-with-expanded-user-fields.json');
    const withUsers = await xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken());
    expect(withUsers.items.every((item) => item.author && !item.author.startsWith('@'))).toBe(true);

    server.fixture('/xapi/2/users/2244994945/tweets', 'x/twitterdev-postman/recent-search__200-success-request-tweet-fields.json');
    const withMetrics = await xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken());
    expect(withMetrics.items[0]!.publishedAt?.toISOString()).toBe('2020-06-24T17:19:07.000Z');
    expect(withMetrics.items[0]!.forwardedFrom).toEqual({ name: '@skipbolden', url: 'https://x.com/skipbolden/status/1275809336988557314' });
    expect(withMetrics.items.some((item) => item.contentHtml.includes('href="https://x.com/'))).toBe(true);

    server.fixture('/xapi/2/users/2244994945/tweets', 'x/twitterdev-postman/recent-search__200-success-recent-search-default-payload.json');
    expect((await xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken())).items.length).toBeGreaterThan(0);
  });

  it('single-post payloads, deleted posts and partial errors', async () => {
    const cases: [string, number][] = [
      ['single-tweet__200-success-default-payload-no-additonal-fields-requested.json', 1],
      ['single-tweet__200-success-request-media-fields.json', 1],
      ['single-tweet__200-success-request-place-fields.json', 1],
      ['single-tweet__200-success-request-poll-fields.json', 1],
      ['single-tweet__200-success-request-tweet-fields.json', 1],
      ['single-tweet__200-success-deleted-tweet.json', 0],
      ['multiple-tweets__200-success-1-deleted-1-valid-tweet.json', 1],
    ];
    for (const [fixture, count] of cases) {
      server.fixture('/xapi/2/users/2244994945/tweets', `x/twitterdev-postman/${fixture}`);
      const result = await xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken());
      expect(result.items, fixture).toHaveLength(count);
    }
    server.fixture('/xapi/2/users/2244994945/tweets', 'x/twitterdev-postman/single-tweet__200-success-request-media-fields.json');
    const photo = (await xBridge.fetch(tweetsRef('2244994945', 'TwitterDev'), null, withToken())).items[0]!;
    expect(photo.media[0]?.type).toMatch(/^(image|video)\//);
  });

  it('an origin speaking the web GraphQL API instead of v2 is a ParseError (not supported: needs logged-in cookies)', async () => {
    for (const fixture of ['raw_user_by_login.json', 'old_user_by_login_raw.json', 'raw_user_about.json']) {
      server.fixture('/xapi/2/users/by/username/XDevelopers', `x/twscrape-graphql/${fixture}`);
      await expect(xBridge.resolve('x.com/XDevelopers', withToken()), fixture).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
    }
    for (const fixture of ['raw_user_tweets.json', 'old_user_tweets_raw.json']) {
      server.fixture('/xapi/2/users/1/tweets', `x/twscrape-graphql/${fixture}`);
      await expect(xBridge.fetch(tweetsRef('1', 'XDevelopers'), null, withToken()), fixture).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
    }
    // __meta.json maps GraphQL operations to query ids: the fact that they rotate is why we do not use them.
    const meta = JSON.parse(readFixture('x/twscrape-graphql/__meta.json').toString()) as Record<string, unknown>;
    expect(Object.keys(meta)).toContain('user_tweets');
  });

  it('a bad token is a permanent error', async () => {
    server.route('/xapi/2/users/by/username/TwitterDev', { status: 401, body: '{"title":"Unauthorized"}' });
    await expect(xBridge.resolve('x.com/TwitterDev', withToken())).rejects.toMatchObject({ kind: 'permanent', reason: 'x-auth' });
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

