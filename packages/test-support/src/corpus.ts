import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/test-support/src/corpus.ts, or its dist/ copy). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The recorded real responses of every platform, for the corpus suite only (`npm run test:corpus`,
 * `*.corpus.test.ts`): `../shared/fixtures` beside the checkout, or TRIBUTARY_FIXTURES. `npm test` never
 * reads them; its tests use the inputs in this package (inputs.ts).
 */
export const FIXTURES_DIR = process.env.TRIBUTARY_FIXTURES ?? path.resolve(repoRoot, '../shared/fixtures');

/** The bytes of one fixture, e.g. `fixture('rss/sf_real_bbc-news-world.xml')`. */
export function fixture(relativePath: string): Buffer {
  const file = path.resolve(FIXTURES_DIR, relativePath);
  if (!file.startsWith(FIXTURES_DIR + path.sep)) throw new Error(`Not a fixture path: ${relativePath}`);
  if (!existsSync(file)) throw new Error(`Fixture ${relativePath} not found under ${FIXTURES_DIR}; set TRIBUTARY_FIXTURES.`);
  return readFileSync(file);
}

/** Whether the recorded corpus is there (the corpus suite is skipped without it). */
export function corpusAvailable(): boolean {
  return existsSync(FIXTURES_DIR);
}
