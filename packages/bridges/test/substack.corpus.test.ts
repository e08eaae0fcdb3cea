import { describe, expect, it } from 'vitest';
import { readFixture } from './helpers/corpus.js';
import { substackChecks } from './checks/substack.checks.js';

const PROFILE_POSTS = 'substack/jakub-k-slys-substack-api/api_v1_profile_posts__profile_user_id=27968736&limit=50.json';

substackChecks(readFixture, {
  publication: {
    name: 'obodugo',
    feed: 'substack/obodugo.substack.com_feed.xml',
    post: 'the-eristic-engine',
    fetchTitle: 'reads the publication feed: 20 articles with covers, bylines and full HTML',
    title: 'Obodugo’s Substack',
    items: 20,
    firstItem: { title: 'the eristic engine', url: 'https://obodugo.substack.com/p/the-eristic-engine', author: 'OBODUGO' },
  },
  profile: {
    handle: 'jakubslys',
    file: 'substack/jakub-k-slys-substack-api/api_v1_user_jakubslys_public_profile.json',
    name: 'slys',
    domain: 'iam.slys.dev',
  },
  profileWithoutPublication: { id: '282291554', handle: 'jennyouyang', file: 'substack/jakub-k-slys-substack-api/api_v1_user_282291554_profile.json' },
  postById: { id: '167180194', file: 'substack/jakub-k-slys-substack-api/api_v1_posts_by-id_167180194.json', name: 'angelsant' },
  second: {
    name: 'corbinheist',
    feed: 'substack/corbinheist.substack.com_feed.xml',
    fetchTitle: 'corbinheist feed: subtitles as summaries',
    title: 'Corbin’s Substack',
    items: 4,
    firstItem: { title: 'Norge Test', author: 'Corbin' },
  },
  /** The archive endpoint returns a bare array of post objects: the profile/posts recording holds the same objects. */
  archive: () => (JSON.parse(readFixture(PROFILE_POSTS).toString()) as { posts: unknown[] }).posts,
  paidPost: {
    title: "Founders, Here's What You Need to Know About Releases in 2025. Plus the 267% Acceleration Trend.",
    url: 'https://karozieminski.substack.com/p/founders-heres-what-you-need-to-know',
  },
});

// Only the corpus holds this recording.
describe('resolve', () => {
  it('the authenticated handle/options endpoint is not used: it would need a session cookie', () => {
    const options = JSON.parse(readFixture('substack/jakub-k-slys-substack-api/api_v1_handle_options.json').toString()) as { potentialHandles: { handle: string }[] };
    // It only suggests handles for the signed-in user; resolution goes through public_profile instead.
    expect(options.potentialHandles[0]!.handle).toBe('jakubslys');
  });
});
