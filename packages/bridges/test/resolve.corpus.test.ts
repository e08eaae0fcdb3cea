import { readFixture } from './helpers/corpus.js';
import { resolveChecks } from './checks/resolve.checks.js';

resolveChecks(readFixture, {
  rss: 'rss/sf_rssboard-sample-rss-2.xml',
  rssSiteUrl: 'http://liftoff.msfc.nasa.gov/',
  atom: 'atom/sf_rfc4287-example.xml',
  jsonFeed: 'jsonfeed/jsonfeed-spec-1.1-example-podcast.json',
  podcast: 'rss/rssparser_narro-podcast.rss',
});
