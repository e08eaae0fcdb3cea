import { readFixture } from './helpers/corpus.js';
import { verifyChecks } from './checks/verify.checks.js';

verifyChecks(readFixture, {
  rss: { file: 'rss/sf_rssboard-sample-rss-2.xml', description: 'Liftoff to Space Exploration.', descriptionStart: 'Liftoff', itemTitle: 'Star City' },
  atom: { file: 'atom/sf_rfc4287-example.xml', title: 'Example Feed' },
  jsonFeed: 'jsonfeed/jsonfeed-spec-1.1-example-intro.json',
  substack: {
    name: 'obodugo',
    feed: 'substack/obodugo.substack.com_feed.xml',
    archive: () =>
      (
        JSON.parse(readFixture('substack/jakub-k-slys-substack-api/api_v1_profile_posts__profile_user_id=27968736&limit=50.json').toString()) as {
          posts: { publishedBylines: { bio: string }[] }[];
        }
      ).posts,
    postTitle: 'the eristic engine',
    recentPosts: 20,
  },
  telegram: { channel: 'topwar_official', page: 'telegram/any2feed/full.html', recentPosts: 12 },
  x: {
    username: 'TwitterDev',
    userId: '2244994945',
    user: 'x/twitterdev-postman/user-by-username__200-success-request-fields-for-user-and-expanded-pinned-tweet.json',
    tweets: 'x/twitterdev-postman/recent-search__200-success-request-tweet-fields-with-expanded-user-fields.json',
    bioWord: '#BlackLivesMatter',
  },
});
