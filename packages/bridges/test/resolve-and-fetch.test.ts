import { input } from '@tributary/test-support';
import { resolveAndFetchChecks } from './checks/resolve-and-fetch.checks.js';

resolveAndFetchChecks(input, {
  rss: 'rss/harbour-lights.xml',
  atom: 'atom/orchard-log.xml',
  telegram: { channel: 'lantern_quay', page: 'telegram/channel.html' },
});
