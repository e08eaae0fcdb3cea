/** X against recorded responses: the TwitterDev Postman collection, tweepy cassettes and twscrape GraphQL payloads. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { xBridge } from '@tributary/bridges';
import { loadCassette } from './helpers/cassette.js';
import { fixturesDir, readFixture } from './helpers/corpus.js';
import { xChecks } from './checks/x.checks.js';

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

const POSTMAN = 'x/twitterdev-postman/';

xChecks(
  readFixture,
  {
    user: {
      username: 'TwitterDev',
      id: '2244994945',
      full: `${POSTMAN}user-by-username__200-success-request-fields-for-user-and-expanded-pinned-tweet.json`,
      default: `${POSTMAN}user-by-username__200-success-default-payload.json`,
      byId: [`${POSTMAN}user-by-id__200-success-default-payload.json`, `${POSTMAN}user-by-id__200-success-request-fields-for-user-and-expanded-pinned-tweet.json`],
    },
    // @Clou is a protected account.
    protectedUser: { id: '1273332037970202626', file: `${POSTMAN}user-by-id__user-by-id.json` },
    notFound: { username: 'TwitterDec', file: `${POSTMAN}user-by-username__200-success-user-not-found.json`, byId: `${POSTMAN}user-by-id__200-success-user-not-found.json` },
    rateLimited: [
      ['/xapi/2/users/by/username/TwitterDev', 'user-by-username__429-rate-limit-exceeded.json', 'User by Username'],
      ['/xapi/2/users/2244994945', 'user-by-id__429-rate-limit-exceeded.json', 'User by ID'],
      ['/xapi/2/users/2244994945/tweets', 'single-tweet__429-rate-limit-exceeded.json', 'Single Tweet'],
    ].map(([path, file, item]) => ({ path: path!, file: `${POSTMAN}${file!}`, headers: () => postman429Headers(item!) })),
    search: {
      media: `${POSTMAN}recent-search__200-success-request-expanded-media-fields.json`,
      users: `${POSTMAN}recent-search__200-success-request-tweet-fields-with-expanded-user-fields.json`,
      fields: `${POSTMAN}recent-search__200-success-request-tweet-fields.json`,
      fieldsPublishedAt: '2020-06-24T17:19:07.000Z',
      fieldsForwardedFrom: { name: '@skipbolden', url: 'https://x.com/skipbolden/status/1275809336988557314' },
      default: `${POSTMAN}recent-search__200-success-recent-search-default-payload.json`,
    },
    singlePosts: (
      [
        ['single-tweet__200-success-default-payload-no-additonal-fields-requested.json', 1],
        ['single-tweet__200-success-request-media-fields.json', 1],
        ['single-tweet__200-success-request-place-fields.json', 1],
        ['single-tweet__200-success-request-poll-fields.json', 1],
        ['single-tweet__200-success-request-tweet-fields.json', 1],
        ['single-tweet__200-success-deleted-tweet.json', 0],
        ['multiple-tweets__200-success-1-deleted-1-valid-tweet.json', 1],
      ] as [string, number][]
    ).map(([file, count]) => [`${POSTMAN}${file}`, count]),
    singleMedia: `${POSTMAN}single-tweet__200-success-request-media-fields.json`,
  },
  ({ server, withToken, tweetsRef }) => {
    function serveCassette(fixture: string): URL {
      const cassette = loadCassette(fixture);
      server.route(`/xapi${cassette.uri.pathname}`, (url, request) => {
        expect(request.headers.authorization).toBe('Bearer test-token');
        expect(url.searchParams.get('user.fields') ?? url.searchParams.get('tweet.fields')).toBeTruthy();
        return cassette.reply;
      });
      return cassette.uri;
    }

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

    it('an origin speaking the web GraphQL API instead of v2 is a ParseError (not supported: needs logged-in cookies)', async () => {
      for (const fixture of ['raw_user_by_login.json', 'old_user_by_login_raw.json', 'raw_user_about.json']) {
        server.file(readFixture, '/xapi/2/users/by/username/XDevelopers', `x/twscrape-graphql/${fixture}`);
        await expect(xBridge.resolve('x.com/XDevelopers', withToken()), fixture).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
      }
      for (const fixture of ['raw_user_tweets.json', 'old_user_tweets_raw.json']) {
        server.file(readFixture, '/xapi/2/users/1/tweets', `x/twscrape-graphql/${fixture}`);
        await expect(xBridge.fetch(tweetsRef('1', 'XDevelopers'), null, withToken()), fixture).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
      }
      // __meta.json maps GraphQL operations to query ids: the fact that they rotate is why we do not use them.
      const meta = JSON.parse(readFixture('x/twscrape-graphql/__meta.json').toString()) as Record<string, unknown>;
      expect(Object.keys(meta)).toContain('user_tweets');
    });
  },
);
