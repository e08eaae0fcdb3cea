import { input, inputText } from '@tributary/test-support';
import { verifyChecks } from './checks/verify.checks.js';

verifyChecks(input, {
  rss: { file: 'rss/harbour-lights.xml', description: 'Notes from the lighthouse keepers.', descriptionStart: 'Lamps', itemTitle: 'Lamp Room' },
  atom: { file: 'atom/orchard-log.xml', title: 'Orchard Log' },
  jsonFeed: 'jsonfeed/garden-notes.json',
  substack: {
    name: 'quillmere',
    feed: 'substack/quillmere-feed.xml',
    archive: () => JSON.parse(inputText('substack/quillmere-archive.json')) as { publishedBylines: { bio: string }[] }[],
    postTitle: 'the paper lantern',
    recentPosts: 5,
  },
  telegram: { channel: 'lantern_quay', page: 'telegram/channel.html', recentPosts: 4 },
  x: { username: 'QuayDevs', userId: '3141592653', user: 'x/user-by-username.json', tweets: 'x/search-users.json', bioWord: '#OpenHarbour' },
});
