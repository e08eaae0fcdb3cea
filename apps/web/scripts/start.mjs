#!/usr/bin/env node
// `next start|dev` on WEB_PORT (default 3000) without a shell, so it works the same everywhere and
// Ctrl-C / SIGTERM reach Next. Usage: node scripts/start.mjs start|dev
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const mode = process.argv[2] ?? 'start';
if (mode !== 'start' && mode !== 'dev') {
  console.error(`usage: node scripts/start.mjs start|dev (got "${mode}")`);
  process.exit(2);
}

const rawPort = process.env.WEB_PORT?.trim() || '3000';
const port = Number(rawPort);
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(
    `Invalid configuration of @tributary/web: WEB_PORT must be a port number (1-65535), got "${rawPort}"`,
  );
  process.exit(1);
}

// The app directory, wherever this is started from (npm -w, the root start script, by hand).
const appDir = fileURLToPath(new URL('..', import.meta.url));
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const child = spawn(process.execPath, [nextBin, mode, appDir, '--port', String(port)], {
  cwd: appDir,
  stdio: 'inherit',
});

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1);
});
