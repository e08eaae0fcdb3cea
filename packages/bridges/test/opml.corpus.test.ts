import { readFixture } from './helpers/corpus.js';
import { opmlChecks } from './checks/opml.checks.js';

opmlChecks(readFixture, {
  title: 'parseOpml on real exports',
  counts: [
    ['feedly_lmmx.opml', 389, 9, 0, 0],
    ['inoreader_echopi.opml', 17, 2, 0, 0], // two more are commented out
    ['netnewswire_DefaultFeeds.opml', 10, 1, 0, 0],
    ['netnewswire_Subs.opml', 207, 5, 0, 0],
    ['netnewswire_SubsNoTitleAttributes.opml', 207, 5, 0, 0],
    ['w3c_clean_subscriptionList.opml', 13, 1, 0, 0],
    // Odd but well-formed: "Feed 1" has no xmlUrl; feeds 2–5 share one address (one spelled xmlurl).
    ['w3c_errors_subscriptionListErrors1.opml', 1, 1, 3, 1],
  ],
  folders: { title: 'decodes &amp; in addresses and keeps Feedly folders', file: 'feedly_lmmx.opml', folder: 'Technology News' },
  noTitles: {
    title: 'falls back to text when NetNewsWire writes no title attributes',
    withTitles: 'netnewswire_Subs.opml',
    withoutTitles: 'netnewswire_SubsNoTitleAttributes.opml',
    xmlUrl: 'http://daringfireball.net/feeds/main',
    feedTitle: 'Daring Fireball',
  },
  directory: 'w3c_clean_directory.opml',
  missingUrl: 'w3c_errors_missingUrlAttribute.opml',
  notWellFormed: ['w3c_errors_notwellformed.opml', 'w3c_errors_notEncoded.opml'],
});
