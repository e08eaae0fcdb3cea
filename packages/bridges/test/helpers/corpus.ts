import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR } from '@tributary/test-support/corpus';

/**
 * The recorded corpus, for the corpus suite only (`*.corpus.test.ts`, `npm run test:corpus`); the
 * ordinary tests read the inputs of @tributary/test-support instead.
 */

/** Read a fixture for the test server (the bridges never read files). */
export { fixture as readFixture } from '@tributary/test-support/corpus';

/** `../shared/fixtures` beside the checkout, or `TRIBUTARY_FIXTURES`. */
export function fixturesDir(): string {
  if (!existsSync(FIXTURES_DIR))
    throw new Error(`Fixtures not found at ${FIXTURES_DIR}; set TRIBUTARY_FIXTURES.`);
  return FIXTURES_DIR;
}

export function listFixtures(): string[] {
  const root = fixturesDir();
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(path.relative(root, full).split(path.sep).join('/'));
    }
  };
  walk(root);
  return out.sort();
}
