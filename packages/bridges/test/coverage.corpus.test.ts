/** Every fixture file is exercised by some corpus test (or listed here with the reason it is not). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { listFixtures } from './helpers/corpus.js';

/** Files outside this package's scope, with the reason. */
const OUT_OF_SCOPE: Record<string, string> = {
  'SOURCES.md': 'provenance notes, not a response',
};

/**
 * Platforms whose recordings are in the fixtures but that have no bridge yet (issue #23 adds them); their
 * files become in scope, and must be used, in the change that adds the bridge.
 */
const PLATFORMS_WITHOUT_BRIDGE = new Set(['mastodon', 'bluesky', 'youtube']);

it('every fixture file is used by a bridge corpus test', () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const sources = readdirSync(here)
    .filter((name) => name.endsWith('.corpus.test.ts') && name !== 'coverage.corpus.test.ts')
    .map((name) => readFileSync(path.join(here, name), 'utf8'))
    .join('\n');
  const missing = listFixtures().filter((fixture) => {
    if (OUT_OF_SCOPE[fixture]) return false;
    if (PLATFORMS_WITHOUT_BRIDGE.has(fixture.split('/')[0] ?? '')) return false;
    const base = path.posix.basename(fixture);
    const stem = base.replace(/\.response0\.json$/, '').replace(/\.(yaml|json)$/, '');
    return !sources.includes(fixture) && !sources.includes(base) && !sources.includes(`'${stem}'`);
  });
  expect(missing).toEqual([]);
});
