import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiWorld, useWorld } from './support/api-world.js';
import { type TestUser } from './support/factories.js';
import { createAppPassword, seedSource } from './support/sync-client.js';

// newsboat (Debian package `newsboat`; .ci/run installs it) is a real, independent Google Reader client:
// its `urls-source "feedhq"` mode signs in with ClientLogin, lists subscriptions and reads each feed as
// Google Reader Atom, and marks read through edit-tag / mark-all-as-read.
const hasNewsboat = spawnSync('newsboat', ['-v'], { encoding: 'utf8' }).status === 0;
if (!hasNewsboat) {
  console.warn('sync-newsboat.spec.ts: SKIPPED — the `newsboat` binary is not installed (apt-get install -y newsboat).');
}

async function waitFor<T>(check: () => Promise<T | null | undefined | false>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!hasNewsboat)('newsboat against the Google Reader API', () => {
  const world = useWorld(() => startApiWorld());
  let dir: string;
  let reader: TestUser;
  let tides: Awaited<ReturnType<typeof seedSource>>;
  let maps: Awaited<ReturnType<typeof seedSource>>;
  let files: { config: string; urls: string; cache: string };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'tributary-newsboat-'));
    reader = await world.member();
    tides = await seedSource(world.db, { title: 'Tides', count: 4, user: reader, folder: 'Sea' });
    maps = await seedSource(world.db, { title: 'Maps', count: 3, user: reader });
    const { secret } = await createAppPassword(world, reader, 'newsboat');
    files = { config: path.join(dir, 'config'), urls: path.join(dir, 'urls'), cache: path.join(dir, 'cache.db') };
    writeFileSync(
      files.config,
      [
        'urls-source "feedhq"',
        `feedhq-url "${new URL(world.api.url).origin}/api/greader"`,
        `feedhq-login "${reader.email}"`,
        `feedhq-password "${secret}"`,
        'feedhq-min-items 100',
        // Its "special feeds" are fixed feedhq.org addresses, not ours.
        'feedhq-show-special-feeds no',
        'confirm-exit no',
        'show-read-feeds yes',
        '',
      ].join('\n'),
    );
    writeFileSync(files.urls, '');
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const args = () => ['-C', files.config, '-u', files.urls, '-c', files.cache];
  const env = () => ({ ...process.env, HOME: dir, TERM: 'xterm', LINES: '40', COLUMNS: '120' });

  /** Runs `newsboat -x <commands>` to completion (asynchronously: the API answers in this process). */
  function execute(...commands: string[]): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = spawn('newsboat', [...args(), '-x', ...commands], { env: env() });
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve(output) : reject(new Error(`newsboat exited ${code}: ${output}`))));
    });
  }

  const unreadIn = (output: string) => Number(/(\d+) unread articles?/.exec(output)?.[1] ?? NaN);

  it('signs in with an app password, reloads every subscription and sees what is unread', async () => {
    await execute('reload');
    expect(unreadIn(await execute('print-unread'))).toBe(7);
    const { lastUsedAt } = await world.db.appPassword.findFirstOrThrow({ where: { userId: reader.id } });
    expect(lastUsedAt).not.toBeNull();
  });

  it('sees what was read in Tributary after the next reload', async () => {
    const entry = await world.db.entry.findFirstOrThrow({ where: { sourceId: maps.id } });
    await world.as(reader, 'mutation($ids: [ID!]!) { markRead(entryIds: $ids) { id } }', { ids: [entry.id] });
    await execute('reload');
    expect(unreadIn(await execute('print-unread'))).toBe(6);
  });

  it('marks a feed read in newsboat, and Tributary has it read', async () => {
    // newsboat's interface in a pseudo-terminal (util-linux `script`): "A" marks the selected feed read,
    // which newsboat sends as mark-all-as-read; "q" quits.
    const log = path.join(dir, 'interactive.log');
    const command = ['newsboat', ...args(), '-l', '6', '-d', log].map((arg) => `'${arg}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: env(),
    });
    let screen = '';
    child.stdout.on('data', (chunk: Buffer) => (screen += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    try {
      await waitFor(() => Promise.resolve(screen.includes('Tides')), 'newsboat to show its feed list');
      child.stdin.write('A');
      const unreadTides = () =>
        world.db.entry.count({
          where: { sourceId: tides.id, states: { none: { userId: reader.id, readAt: { not: null } } } },
        });
      await waitFor(async () => (await unreadTides()) === 0, 'the read state to arrive in Tributary').catch((error: Error) => {
        const trace = readFileSync(log, 'utf8').split('\n').filter((line) => /mark|post_content|ERROR|key/i.test(line));
        throw new Error(`${error.message}\nnewsboat log:\n${trace.slice(-40).join('\n')}\nscreen:\n${screen.slice(-2000)}`);
      });
      child.stdin.write('q');
      await exited;
    } finally {
      child.kill();
    }
    // Only that feed: the other keeps its unread entries.
    const unreadMaps = await world.db.entry.count({
      where: { sourceId: maps.id, states: { none: { userId: reader.id, readAt: { not: null } } } },
    });
    expect(unreadMaps).toBe(2);
  });
});
