// API_PROCESSES > 1: the built API (`node dist/main.js`, as production runs it) supervises that many
// processes sharing one port, replaces one that dies, and stops them all gracefully on SIGTERM.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, inject, it } from 'vitest';

const main = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/main.js');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Pids of the live children of `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return Number(ppid) === pid && state !== 'Z';
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function spawnApi(port: number): ChildProcess {
  return spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      DATABASE_URL: inject('databaseUrl'),
      QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
      API_PORT: String(port),
      API_PROCESSES: '2',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

describe('API_PROCESSES', () => {
  let api: ChildProcess | undefined;

  afterEach(() => {
    if (api?.exitCode === null) api.kill('SIGKILL');
    for (const pid of api?.pid ? childrenOf(api.pid) : []) process.kill(pid, 'SIGKILL');
  });

  it('serves one port from several processes, replaces one that dies and stops them all on SIGTERM', { timeout: 120_000 }, async () => {
    const port = await freePort();
    api = spawnApi(port);
    let ready = 0; // "GraphQL API ready" lines: one per process that listens
    api.stdout!.on('data', (chunk: Buffer) => {
      ready += chunk.toString().split('GraphQL API ready').length - 1;
    });
    const primary = api.pid!;
    const exited = new Promise<number | null>((resolve) => api!.once('exit', (code) => resolve(code)));
    const health = async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ health { ok } }"}',
        });
        return response.ok ? true : undefined;
      } catch {
        return undefined;
      }
    };

    // Both must be serving before one is killed (one that dies before it served stops everything).
    await waitFor('two API processes serving', () => (ready === 2 ? true : undefined), 60_000);
    const first = childrenOf(primary);
    expect(first).toHaveLength(2);
    for (let i = 0; i < 10; i += 1) expect(await health()).toBe(true);

    process.kill(first[0]!, 'SIGKILL');
    const replaced = await waitFor('a replacement process', () => {
      const now = childrenOf(primary);
      return now.length === 2 && !now.includes(first[0]!) ? now : undefined;
    });
    expect(replaced).toContain(first[1]);
    await waitFor('the replacement serving', () => (ready === 3 ? true : undefined), 60_000);
    const answers = await Promise.all(Array.from({ length: 10 }, health));
    expect(answers.every(Boolean)).toBe(true);

    api.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(childrenOf(primary)).toEqual([]);
  });

  it('stops with an error, instead of restarting in a loop, when its processes cannot serve', { timeout: 120_000 }, async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, resolve));
    try {
      api = spawnApi((taken.address() as net.AddressInfo).port);
      const code = await new Promise<number | null>((resolve) => api!.once('exit', (exitCode) => resolve(exitCode)));
      expect(code).toBe(1);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });
});
