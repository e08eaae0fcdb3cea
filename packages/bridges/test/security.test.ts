import { input, largePodcastFeed } from '@tributary/test-support';
import { securityChecks } from './checks/security.checks.js';

/** Not a file: built on demand (about 1.3 MB). */
const LARGE = 'generated/large-podcast.rss';

securityChecks(input, {
  generated: { [LARGE]: largePodcastFeed },
  refused: [
    ['hostile/entity-bomb.xml', 'entity-expansion'],
    ['hostile/entity-cycle.xml', 'entity-expansion'],
    ['hostile/entity-quadratic.xml', 'entity-expansion'],
    ['hostile/entity-not-a-feed.xml', 'not-a-feed'],
    ['hostile/external-entity-http.xml', 'not-a-feed'],
    ['hostile/external-entity-file.xml', 'not-a-feed'],
    ['hostile/xhtml-with-dtd.xml', 'html'],
  ],
  systemEntity: { file: 'hostile/system-entity-file.xml', fileTarget: 'shadow', http: 'hostile/system-entity-http.xml' },
  rdfExternalParameterEntity: 'hostile/rdf-external-parameter-entity.xml',
  internalEntity: { file: 'hostile/internal-entity.xml', guid: 'tag:harbour.example,2026-01-01:/log/' },
  illFormed: {
    ampersands: { file: 'hostile/corrupted-ampersands.xml', url: 'http://quay.example/find?berth=4&tide=low' },
    cdata: { file: 'hostile/incomplete-cdata.xml', title: 'the cdata never ends' },
    namespace: { file: 'hostile/undeclared-namespace.xml', description: 'Tides' },
  },
  empty: 'hostile/empty.xml',
  large: {
    title: 'a legitimate 1.3 MB podcast parses in well under a second',
    file: LARGE,
    sourceTitle: 'Harbourcast',
    firstItem: 'Harbourcast 730: Episode 730',
  },
  sanitize: {
    title: 'sanitizer inputs: script, onclick, kitchen sink',
    script: { file: 'hostile/sanitize-script.xml', html: 'harmless words' },
    onclick: { file: 'hostile/sanitize-onclick.xml', html: '<img src="http://images.harbour.example/quay.jpg" loading="lazy" />' },
    kitchenSink: { file: 'hostile/sanitize-kitchen-sink.xml', text: 'I will not run, but you can still read me' },
  },
});
