// Entry point of `npm start`, `npm test` and `npm run test:corpus`. Runs on whatever Node the machine has (it may be older than
// the stack needs): installs dependencies when they are missing or stale — which brings the pinned
// Node 24 from npm — and then hands over to scripts/<command>.mjs running on that Node.
'use strict';
const { spawnSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const command = process.argv[2];
if (!['start', 'test', 'test-corpus'].includes(command)) {
  console.error('usage: node scripts/bootstrap.cjs start|test|test-corpus [args]');
  process.exit(2);
}

function isInstalled() {
  const marker = path.join(root, 'node_modules', '.package-lock.json');
  const lock = path.join(root, 'package-lock.json');
  if (!fs.existsSync(path.join(root, 'node_modules', '.bin', 'node')) || !fs.existsSync(marker)) return false;
  return fs.statSync(marker).mtimeMs >= fs.statSync(lock).mtimeMs;
}

if (!isInstalled()) {
  console.log('[setup] installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('[setup] npm ci failed; see the output above.');
    process.exit(result.status ?? 1);
  }
}

const node = path.join(root, 'node_modules', '.bin', 'node');
const env = { ...process.env, PATH: `${path.join(root, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH}` };
const child = spawn(node, [path.join(__dirname, `${command}.mjs`), ...process.argv.slice(3)], {
  cwd: root,
  env,
  stdio: 'inherit',
});
// The child handles SIGINT/SIGTERM itself (it shares our terminal's process group); we only wait for it.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (signal !== 'SIGINT') child.kill(signal);
  });
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
