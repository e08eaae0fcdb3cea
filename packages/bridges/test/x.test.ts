import { input, inputText } from '@tributary/test-support';
import { expect, it } from 'vitest';
import { xBridge } from '@tributary/bridges';
import { xChecks } from './checks/x.checks.js';

xChecks(
  input,
  {
    user: { username: 'QuayDevs', id: '3141592653', full: 'x/user-by-username.json', default: 'x/user-default.json', byId: ['x/user-default.json', 'x/user-by-id.json'] },
    protectedUser: { id: '2718281828', file: 'x/user-protected.json' },
    notFound: { username: 'QuayDevz', file: 'x/user-not-found-username.json', byId: 'x/user-not-found-id.json' },
    rateLimited: ['/xapi/2/users/by/username/QuayDevs', '/xapi/2/users/3141592653', '/xapi/2/users/3141592653/tweets'].map((path) => ({
      path,
      file: 'x/rate-limited.json',
      headers: () => ({ 'x-rate-limit-limit': '300', 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.floor(Date.now() / 1000) + 900) }),
    })),
    search: {
      media: 'x/search-media.json',
      video: { url: 'https://video.twimg.com/ext_tw_video/qd-launch-1280.mp4', durationSeconds: 42 },
      users: 'x/search-users.json',
      fields: 'x/search-tweet-fields.json',
      fieldsPublishedAt: '2026-01-24T17:19:07.000Z',
      fieldsForwardedFrom: { name: '@tidewriter', url: 'https://x.com/tidewriter/status/1777000000000000029' },
      default: 'x/search-default.json',
    },
    singlePosts: [
      ['x/tweet-default.json', 1],
      ['x/tweet-media.json', 1],
      ['x/tweet-place.json', 1],
      ['x/tweet-poll.json', 1],
      ['x/tweet-fields.json', 1],
      ['x/tweet-deleted.json', 0],
      ['x/tweets-one-deleted.json', 1],
    ],
    singleMedia: 'x/tweet-media.json',
  },
  ({ server, withToken, tweetsRef }) => {
    /** Serves an input at an API path, checking the bearer token and that fields were requested. */
    function serveApi(path: string, name: string): void {
      server.route(path, (url, request) => {
        expect(request.headers.authorization).toBe('Bearer test-token');
        expect(url.searchParams.get('user.fields') ?? url.searchParams.get('tweet.fields')).toBeTruthy();
        return { headers: { 'content-type': 'application/json' }, body: inputText(name) };
      });
    }

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
      server.file(input, '/xapi/2/users/by/username/someone', 'x/lighthouse-user.json');
      expect((await xBridge.resolve('x.com/someone', withToken())).key).toMatch(/^x:/);
      server.file(input, '/xapi/2/users/by/username/many', 'x/users-many.json');
      await expect(xBridge.resolve('x.com/many', withToken())).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
      for (const [name, count] of [['x/mentions.json', 3], ['x/single-tweet.json', 1]] as const) {
        server.file(input, '/xapi/2/users/900100/tweets', name);
        const result = await xBridge.fetch(tweetsRef('900100', 'Lighthouse'), null, withToken());
        expect(result.items).toHaveLength(count);
        expect(result.items[0]!.guid).toMatch(/^\d+$/);
      }
    });

    it('an origin speaking the web GraphQL API instead of v2 is a ParseError (not supported: needs logged-in cookies)', async () => {
      for (const name of ['x/graphql-user.json', 'x/graphql-user-about.json']) {
        server.file(input, '/xapi/2/users/by/username/QuayDevs', name);
        await expect(xBridge.resolve('x.com/QuayDevs', withToken()), name).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
      }
      server.file(input, '/xapi/2/users/1/tweets', 'x/graphql-tweets.json');
      await expect(xBridge.fetch(tweetsRef('1', 'QuayDevs'), null, withToken())).rejects.toMatchObject({ kind: 'parse', reason: 'bad-shape' });
    });
  },
);
