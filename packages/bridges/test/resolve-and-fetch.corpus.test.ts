import { readFixture } from './helpers/corpus.js';
import { resolveAndFetchChecks } from './checks/resolve-and-fetch.checks.js';

resolveAndFetchChecks(readFixture, {
  rss: 'rss/sf_rssboard-sample-rss-2.xml',
  atom: 'atom/sf_rfc4287-example.xml',
  telegram: { channel: 'topwar_official', page: 'telegram/any2feed/full.html' },
});
