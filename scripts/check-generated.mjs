// Regenerates every committed generated file (apps/api/schema.graphql, apps/web/src/gql) and fails when
// that changed anything: the committed copies must match the code they are generated from.
import { execFileSync } from 'node:child_process';
import { log, root, run } from './lib/util.mjs';

const generated = ['apps/api/schema.graphql', 'apps/web/src/gql'];
await run('turbo', ['run', 'build', '--filter=@tributary/api...', '--output-logs=errors-only']);
await run('npm', ['run', 'schema', '-w', '@tributary/api', '--silent'], { timeoutMs: 180_000 });
await run('npm', ['run', 'codegen', '-w', '@tributary/web', '--silent'], { timeoutMs: 180_000 });
const changed = execFileSync('git', ['status', '--porcelain', '--', ...generated], { cwd: root, encoding: 'utf8' }).trim();
if (changed) {
  log('test', `generated files were stale and have been regenerated; commit them:\n${changed}`);
  process.exit(1);
}
log('test', 'generated files are current');
