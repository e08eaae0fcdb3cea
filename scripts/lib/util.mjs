import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const COLORS = { services: 35, api: 36, worker: 33, web: 32, setup: 34, test: 37, db: 35, fixtures: 90 };

export function paint(tag, text) {
  return useColor ? `\u001b[${COLORS[tag] ?? 37}m${text}\u001b[0m` : text;
}

export function log(tag, message) {
  console.log(`${paint(tag, `[${tag}]`.padEnd(9))} ${message}`);
}

/**
 * Runs a command to completion with inherited output; rejects with its exit code on failure, or when it
 * outlives `timeoutMs` (a process that does not exit is a bug worth failing on, not waiting for).
 */
export function run(command, args, { timeoutMs, ...options } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', ...options });
    const timer = timeoutMs
      ? setTimeout(() => {
          console.error(`${command} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s; stopping it`);
          child.kill('SIGKILL');
        }, timeoutMs)
      : undefined;
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(Object.assign(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}`), { code }));
    });
  });
}

/** Streams a child's lines to our stdout with a coloured `[tag]` prefix. */
export function prefixLines(tag, stream) {
  let buffer = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    buffer += chunk;
    const lines = buffer.split('\n');
    buffer = lines.pop() ?? '';
    for (const line of lines) console.log(`${paint(tag, `[${tag}]`.padEnd(9))} ${line}`);
  });
  stream.on('end', () => {
    if (buffer) console.log(`${paint(tag, `[${tag}]`.padEnd(9))} ${buffer}`);
  });
}

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
