import { input, inputText } from '@tributary/test-support';
import { substackChecks } from './checks/substack.checks.js';

substackChecks(input, {
  publication: {
    name: 'quillmere',
    feed: 'substack/quillmere-feed.xml',
    post: 'the-paper-lantern',
    fetchTitle: 'reads the publication feed: articles with covers, bylines and full HTML',
    title: 'Quillmere’s Substack',
    items: 5,
    firstItem: { title: 'the paper lantern', url: 'https://quillmere.substack.com/p/the-paper-lantern', author: 'WREN HALLOWAY' },
  },
  profile: { handle: 'wrenhalloway', file: 'substack/public-profile.json', name: 'quillmere', domain: 'letters.quillmere.example' },
  profileWithoutPublication: { id: '555001', handle: 'fernquist', file: 'substack/profile-no-publication.json' },
  postById: { id: '770011', file: 'substack/post-by-id.json', name: 'saltmarsh' },
  second: {
    name: 'tidewater',
    feed: 'substack/tidewater-feed.xml',
    fetchTitle: 'a second publication: subtitles as summaries',
    title: 'Marin’s Substack',
    items: 3,
    firstItem: { title: 'Tidewater Test', author: 'Marin', summary: 'Checking that the post arrives.' },
  },
  /** The archive endpoint answers a bare array of post objects. */
  archive: () => JSON.parse(inputText('substack/quillmere-archive.json')) as unknown[],
  paidPost: {
    title: "Keepers, Here's What Changed at the Quay This Spring. Plus the 40% Lantern Trend.",
    url: 'https://quillmere.substack.com/p/harbour-letter-15',
  },
});
