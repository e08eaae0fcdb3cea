import { input } from '@tributary/test-support';
import { opmlChecks } from './checks/opml.checks.js';

opmlChecks(input, {
  title: 'parseOpml on exports in the shapes readers write',
  counts: [
    ['reader-export.opml', 11, 3, 0, 0],
    ['commented.opml', 5, 2, 0, 0], // two more are commented out
    ['flat.opml', 6, 1, 0, 0],
    ['subscriptions.opml', 8, 3, 0, 0],
    ['subscriptions-no-titles.opml', 8, 3, 0, 0],
    ['clean-list.opml', 5, 1, 0, 0],
    // Odd but well-formed: "Feed 1" has no xmlUrl; feeds 2–5 share one address (one spelled xmlurl).
    ['odd-but-well-formed.opml', 1, 1, 3, 1],
  ],
  folders: { title: 'decodes &amp; in addresses and keeps folders', file: 'reader-export.opml', folder: 'Harbour Tech' },
  noTitles: {
    title: 'falls back to text when a reader writes no title attributes',
    withTitles: 'subscriptions.opml',
    withoutTitles: 'subscriptions-no-titles.opml',
    xmlUrl: 'http://fireside.example/feeds/main',
    feedTitle: 'Fireside Quay',
  },
  directory: 'directory.opml',
  missingUrl: 'missing-url.opml',
  notWellFormed: ['not-well-formed.opml', 'not-encoded.opml'],
});
