import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKER_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const WORKER_MAIN = path.join(WORKER_ROOT, 'dist/main.js');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * The parse threads and the crash tests run the compiled worker (dist/). `turbo run test` builds it first;
 * a bare `vitest run` rebuilds it here when a source file is newer than the build.
 */
export function ensureWorkerBuilt(): void {
  const isFresh =
    existsSync(WORKER_MAIN) && statSync(WORKER_MAIN).mtimeMs >= newestMtime(path.join(WORKER_ROOT, 'src'));
  if (isFresh) return;
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: WORKER_ROOT, stdio: 'inherit' });
}
