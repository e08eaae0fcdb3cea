import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The repository root (packages/bridges/test/helpers → ../../../..). */
export const repoRoot = path.resolve(here, '../../../..');

/** `../shared/fixtures` beside the checkout, or `TRIBUTARY_FIXTURES`. */
export function fixturesDir(): string {
  const dir = process.env.TRIBUTARY_FIXTURES ?? path.resolve(repoRoot, '../shared/fixtures');
  if (!existsSync(dir)) throw new Error(`Fixtures not found at ${dir}; set TRIBUTARY_FIXTURES.`);
  return dir;
}

/** Read a fixture for the test server (the bridges never read files). */
export function readFixture(relative: string): Buffer {
  return readFileSync(path.join(fixturesDir(), relative));
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
