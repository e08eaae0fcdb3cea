// `npm test`: finds or starts PostgreSQL and Redis, then runs every check CI relies on — types, lint,
// migrations in sync with the schema, committed generated files up to date — and the whole test suite
// (unit, integration, browser), ending with one summary line.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { loadDotEnv } from './lib/env.mjs';
import { ensureServices } from './lib/services.mjs';
import { log, root, run } from './lib/util.mjs';

loadDotEnv();
// This machine (and many self-hosters) has no internet: no telemetry calls from the build tools.
process.env.NEXT_TELEMETRY_DISABLED ??= '1';
process.env.TURBO_TELEMETRY_DISABLED ??= '1';
const services = await ensureServices();
const env = { ...process.env, ...services.env, NODE_ENV: 'test', FORCE_COLOR: process.stdout.isTTY ? '1' : '0' };
const REPORT = '.vitest-report.json';
const failures = [];

async function step(name, command, args) {
  log('test', `▶ ${name}`);
  try {
    await run(command, args, { env });
  } catch {
    failures.push(name);
    log('test', `✗ ${name} failed`);
  }
}

const workspaces = listWorkspaces();
for (const dir of workspaces) rmSync(path.join(root, dir, REPORT), { force: true });

await step('build, typecheck and lint', 'turbo', ['run', 'build', 'typecheck', 'lint', '--continue', '--output-logs=errors-only']);
await step('migrations match prisma/schema.prisma', process.execPath, ['scripts/db.mjs', 'check']);
await step('committed generated files are current', process.execPath, ['scripts/check-generated.mjs']);
await step('unit, integration and browser tests', 'turbo', [
  'run', 'test', '--concurrency=1', '--continue', '--output-logs=full', '--',
  '--reporter=default', '--reporter=json', `--outputFile.json=${REPORT}`,
]);

let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaces) {
  const file = path.join(root, dir, REPORT);
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  rmSync(file, { force: true });
}
services.stop();

if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failures.length > 0 || failed > 0 || passed === 0 ? 1 : 0);

/** Every workspace folder of the root package.json (`apps/*` style globs expanded one level). */
function listWorkspaces() {
  const { workspaces: patterns } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
  return patterns.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [pattern];
    const parent = pattern.slice(0, -2);
    return readdirSync(path.join(root, parent), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => `${parent}/${entry.name}`);
  });
}
