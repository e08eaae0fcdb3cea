import { readFixture } from './helpers/corpus.js';
import { securityChecks } from './checks/security.checks.js';

securityChecks(readFixture, {
  refused: [
    ['malicious/defusedxml_xmlbomb.xml', 'entity-expansion'],
    ['malicious/defusedxml_cyclic.xml', 'entity-expansion'],
    ['malicious/defusedxml_quadratic.xml', 'entity-expansion'],
    ['malicious/defusedxml_xmlbomb2.xml', 'not-a-feed'],
    ['malicious/defusedxml_external.xml', 'not-a-feed'],
    ['malicious/defusedxml_external_file.xml', 'not-a-feed'],
    ['malicious/defusedxml_dtd.xml', 'html'],
  ],
  systemEntity: { file: 'malicious/w3c_rss_system_entity_file.xml', fileTarget: 'boot.ini', http: 'malicious/w3c_rss_system_entity_http.xml' },
  rdfExternalParameterEntity: 'malicious/fp_rdf_doctype_external_param_entity.xml',
  internalEntity: { file: 'malicious/fp_rss_internal_entity_in_doctype.xml', guid: 'tag:example.com,2006-05-04:/blog/' },
  illFormed: {
    ampersands: { file: 'malicious/fp_illformed_corrupted_ampersands.xml', url: 'http://link/get?a=1&b=2' },
    cdata: { file: 'malicious/fp_illformed_incomplete_cdata.xml', title: 'can feedparser read this xml' },
    namespace: { file: 'malicious/fp_illformed_undeclared_namespace.xml', description: 'Foo' },
  },
  empty: 'malicious/gofeed_empty_feed.xml',
  large: {
    title: 'the legitimate 1.6 MB podcast parses in well under a second',
    file: 'malicious/rssparser_giantbomb-podcast-large-1.6MB.rss',
    sourceTitle: 'Giant Bombcast',
    firstItem: 'Giant Bombcast 603: Call of Tuesday',
  },
  sanitize: {
    title: 'feedparser sanitizer fixtures: script, onclick, kitchen sink',
    script: { file: 'malicious/fp_sanitize_entry_content_script.xml', html: 'safe description' },
    onclick: { file: 'malicious/fp_sanitize_entry_content_onclick.xml', html: '<img src="http://www.ragingplatypus.com/i/cam-full.jpg" loading="lazy" />' },
    kitchenSink: { file: 'malicious/fp_sanitize_entry_content_crazy.xml', text: 'I will execute here, too, if you mouse over me' },
  },
});
