import { input } from '@tributary/test-support';
import { resolveChecks } from './checks/resolve.checks.js';

resolveChecks(input, {
  rss: 'rss/harbour-lights.xml',
  rssSiteUrl: 'http://harbour-lights.example/',
  atom: 'atom/orchard-log.xml',
  jsonFeed: 'jsonfeed/podcast.json',
  podcast: 'rss/podcast.xml',
});
