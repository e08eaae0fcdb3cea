import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is packages/test-support/src/fixtures.ts, or its dist/ copy). */
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The recorded real responses of every platform: `../shared/fixtures` beside the checkout (where CI
 * puts them), or TRIBUTARY_FIXTURES.
 */
export const FIXTURES_DIR = process.env.TRIBUTARY_FIXTURES ?? path.resolve(repoRoot, '../shared/fixtures');

/** The bytes of one fixture, e.g. `fixture('rss/sf_real_bbc-news-world.xml')`. */
export function fixture(relativePath: string): Buffer {
  const file = path.resolve(FIXTURES_DIR, relativePath);
  if (!file.startsWith(FIXTURES_DIR + path.sep)) throw new Error(`Not a fixture path: ${relativePath}`);
  if (!existsSync(file)) throw new Error(`Fixture ${relativePath} not found under ${FIXTURES_DIR}; set TRIBUTARY_FIXTURES.`);
  return readFileSync(file);
}
