// `npm run test:corpus`: the extra step on the recorded real-world corpus beside the checkout —
// `../shared/fixtures` (or TRIBUTARY_FIXTURES) and `../shared/conformance` — which never belongs to
// `npm test`. Runs every `*.corpus.test.ts` (each workspace's vitest.corpus.config.ts), then the feed
// conformance harness and prints its table. Without the corpus it says so and exits 0 (nothing to run);
// with it, any failure exits non-zero.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log, root, run } from './lib/util.mjs';

const fixtures = process.env.TRIBUTARY_FIXTURES ?? path.resolve(root, '../shared/fixtures');
const conformance = process.env.TRIBUTARY_CONFORMANCE ?? path.resolve(root, '../shared/conformance');

if (!existsSync(fixtures)) {
  const shown = process.env.TRIBUTARY_FIXTURES ?? '../shared/fixtures';
  log('corpus', `skipped: ${shown} not found (the recorded corpus is not part of the repository; put it beside the checkout or set TRIBUTARY_FIXTURES)`);
  process.exit(0);
}

const env = { ...process.env, TRIBUTARY_FIXTURES: fixtures, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' };
const failures = [];
async function step(name, command, args, options = {}) {
  log('corpus', `▶ ${name}`);
  try {
    await run(command, args, { env, ...options });
  } catch {
    failures.push(name);
    log('corpus', `✗ ${name} failed`);
  }
}

// Every workspace with a corpus suite.
const { workspaces: patterns } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const workspaces = patterns.flatMap((pattern) =>
  pattern.endsWith('/*')
    ? readdirSync(path.join(root, pattern.slice(0, -2)), { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => `${pattern.slice(0, -2)}/${entry.name}`)
    : [pattern],
);
// The corpus suites import the workspace packages as built (a fresh checkout has no dist/ yet).
await step('build the packages the corpus suites use', 'turbo', ['run', 'build', '--filter=@tributary/bridges...', '--filter=@tributary/test-support...', '--output-logs=errors-only']);
const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
for (const dir of workspaces.filter((dir) => existsSync(path.join(root, dir, 'vitest.corpus.config.ts'))))
  await step(`corpus tests of ${dir}`, vitest, ['run', '-c', 'vitest.corpus.config.ts'], { cwd: path.join(root, dir) });

if (existsSync(path.join(conformance, 'run.mjs'))) {
  // The harness scores the built bridges (packages/bridges/dist) and needs its own packages.
  if (!existsSync(path.join(conformance, 'node_modules')))
    await step('install the conformance harness', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: conformance });
  const out = mkdtempSync(path.join(os.tmpdir(), 'tributary-conformance-'));
  await step('feed conformance harness', process.execPath, [path.join(conformance, 'run.mjs'), '--no-bench'], {
    env: { ...env, TRIBUTARY_BRIDGES: path.join(root, 'packages/bridges/dist/index.js'), CONFORMANCE_OUT: path.join(out, 'conformance-results.json') },
  });
  rmSync(out, { recursive: true, force: true });
} else {
  log('corpus', `no conformance harness at ${conformance}: scores not run`);
}

if (failures.length > 0) {
  console.log(`\nFailed corpus steps: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\ncorpus: all steps passed');
